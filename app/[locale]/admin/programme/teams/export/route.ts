import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { formatDay } from "@/lib/format";
import { parseListQuery } from "@/lib/list-query";
import { getViewer } from "@/server/auth/session";
import { csvDownload, inBatches } from "@/server/infra/csv-download";
import { route } from "@/server/infra/http";
import { exportCommuneTeams, getProgrammeContext, TEAM_LIST } from "@/server/programme/queries";

/** The communes and their OCOP teams as CSV: the same query and order as the page, every commune. */
export const GET = route(async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const query = parseListQuery(TEAM_LIST, Object.fromEntries(new URL(request.url).searchParams));
  const context = await getProgrammeContext(viewer, query.filters.programme ?? null);
  if (!context) throw new AppError("NOT_FOUND");
  const read = await exportCommuneTeams(viewer, context, query);
  const t = await getTranslations({ locale, namespace: "programme.records" });
  async function* rows() {
    for await (const batch of inBatches(read)) {
      yield batch.map((row) => ({
        commune: row.name,
        establishedOn: row.team ? formatDay(row.team.establishedOn, locale) : "",
        decisionNumber: row.team?.decisionNumber ?? "",
        members: row.team?.members ?? "",
      }));
    }
  }
  const columns = [
    { key: "commune", header: t("commune") },
    { key: "establishedOn", header: t("teams.establishedOn") },
    { key: "decisionNumber", header: t("teams.decisionNumber") },
    { key: "members", header: t("teams.members") },
  ] as const;
  return csvDownload(`teams-${context.programme.slug}`, columns, rows());
});
