import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { formatDay } from "@/lib/format";
import { parseListQuery } from "@/lib/list-query";
import { getViewer } from "@/server/auth/session";
import { csvDownload, inBatches } from "@/server/infra/csv-download";
import { route } from "@/server/infra/http";
import { exportOcopStaff, getProgrammeContext, STAFF_LIST } from "@/server/programme/queries";

/** The OCOP officers list as CSV: the same query and order as the page, every row. */
export const GET = route(async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const query = parseListQuery(STAFF_LIST, Object.fromEntries(new URL(request.url).searchParams));
  const context = await getProgrammeContext(viewer, query.filters.programme ?? null);
  if (!context) throw new AppError("NOT_FOUND");
  const read = await exportOcopStaff(viewer, context.scope, query);
  const t = await getTranslations({ locale, namespace: "programme.records.staff" });
  const day = (d: string | null) => (d ? formatDay(d, locale) : "");
  async function* rows() {
    for await (const batch of inBatches(read)) {
      yield batch.map((row) => ({
        name: row.name,
        position: row.position,
        region: row.regionName,
        servingFrom: day(row.servingFrom),
        servingUntil: day(row.servingUntil),
        trainedOn: day(row.trainedOn),
        training: row.training,
      }));
    }
  }
  const columns = (["name", "position", "region", "servingFrom", "servingUntil", "trainedOn", "training"] as const).map((key) => ({ key, header: t(key) }));
  return csvDownload(`staff-${context.programme.slug}`, columns, rows());
});
