import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { formatDay } from "@/lib/format";
import { parseListQuery } from "@/lib/list-query";
import { getViewer } from "@/server/auth/session";
import { csvDownload, inBatches } from "@/server/infra/csv-download";
import { route } from "@/server/infra/http";
import { exportStallSupports, getProgrammeContext, STALL_LIST } from "@/server/programme/queries";

/** The stall support list as CSV: the same query and order as the page, every row, headers as the page's columns. */
export const GET = route(async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const query = parseListQuery(STALL_LIST, Object.fromEntries(new URL(request.url).searchParams));
  const context = await getProgrammeContext(viewer, query.filters.programme ?? null);
  if (!context) throw new AppError("NOT_FOUND");
  const read = await exportStallSupports(viewer, context.scope, query);
  const t = await getTranslations({ locale, namespace: "programme.records" });
  async function* rows() {
    for await (const batch of inBatches(read)) {
      yield batch.map((row) => ({
        producer: row.producerName,
        commune: row.communeName,
        supportedOn: formatDay(row.supportedOn, locale),
        place: row.place,
        amountVnd: row.amountVnd,
        reference: row.reference,
      }));
    }
  }
  const columns = [
    { key: "producer", header: t("producer") },
    { key: "commune", header: t("commune") },
    { key: "supportedOn", header: t("stalls.supportedOn") },
    { key: "place", header: t("stalls.place") },
    { key: "amountVnd", header: t("stalls.amountVnd") },
    { key: "reference", header: t("stalls.reference") },
  ] as const;
  return csvDownload(`stalls-${context.programme.slug}`, columns, rows());
});
