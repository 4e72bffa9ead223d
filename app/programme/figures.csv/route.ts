import { route } from "@/server/infra/http";
import { getProgrammeFigures } from "@/server/programme/cached";
import { programmeFiguresCsv } from "@/server/programme/export";

// Outside app/[locale]: the locale proxy leaves paths with a file extension alone.
export const GET = route(async () => {
  const figures = await getProgrammeFigures();
  return new Response(programmeFiguresCsv(figures), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="ocop-programme-${figures.asOf}.csv"`,
      "Cache-Control": "public, max-age=300",
    },
  });
});
