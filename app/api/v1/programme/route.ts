import { route } from "@/server/infra/http";
import { getProgrammeFigures } from "@/server/programme/cached";

/** The programme's targets and live figures as open data (same numbers as /programme). */
export const GET = route(
  async () => {
    const figures = await getProgrammeFigures();
    return Response.json(figures, { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
  },
  { open: true },
);
