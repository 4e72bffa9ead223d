import { apiJson, notFound, preflight, searchParamsOf } from "@/server/infra/api";
import { route } from "@/server/infra/http";
import { getProgrammeFigures } from "@/server/programme/cached";
import { ZProgrammeQuery } from "@/server/programme/openapi";

/** A programme's targets and figures as open data (the same numbers as its page). */
export const GET = route(
  async (request: Request) => {
    const query = ZProgrammeQuery.parse(searchParamsOf(request));
    const figures = await getProgrammeFigures(query.programme ?? null);
    if (!figures) notFound("programme");
    return apiJson(figures);
  },
  { open: true },
);
export const OPTIONS = preflight;
