import { notFound, searchParamsOf } from "@/server/infra/api";
import { route } from "@/server/infra/http";
import { getProgrammeFigures } from "@/server/programme/cached";
import { programmeFiguresCsv } from "@/server/programme/export";
import { ZProgrammeQuery } from "@/server/programme/openapi";

// Outside app/[locale]: the locale proxy leaves paths with a file extension alone.
export const GET = route(async (request: Request) => {
  const query = ZProgrammeQuery.parse(searchParamsOf(request));
  const figures = await getProgrammeFigures(query.programme ?? null);
  if (!figures) notFound("programme");
  return new Response(programmeFiguresCsv(figures), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="ocop-${figures.programme.slug}-${figures.asOf}.csv"`,
      "Cache-Control": "public, max-age=300",
    },
  });
});
