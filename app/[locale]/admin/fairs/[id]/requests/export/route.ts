import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { parseListQuery } from "@/lib/list-query";
import { getViewer } from "@/server/auth/session";
import { BOOTH_REQUEST_LIST, requestRowsForExport } from "@/server/fairs/queries";
import { csvDownload, inBatches } from "@/server/infra/csv-download";
import { route } from "@/server/infra/http";

const COLUMNS = ["arrived", "producer", "status", "boothCount", "booths", "phone", "email", "products", "needs", "note", "reason"] as const;

/**
 * A fair's booth requests as CSV: the same search, filter and order as the page, every row, labels in
 * the page's language, phones written as text (="0912…") so a spreadsheet keeps the leading 0.
 */
export const GET = route(async (request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) => {
  const { locale, id } = await params;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const query = parseListQuery(BOOTH_REQUEST_LIST, Object.fromEntries(new URL(request.url).searchParams));
  const { fair, read } = await requestRowsForExport(viewer, id, query);
  const [t, tStatus, tStudio] = await Promise.all([
    getTranslations({ locale, namespace: "fairs.csv" }),
    getTranslations({ locale, namespace: "fairs.status" }),
    getTranslations({ locale, namespace: "fairs.studio" }),
  ]);
  async function* rows() {
    for await (const batch of inBatches(read)) {
      yield batch.map((r) => ({
        arrived: formatDateTime(r.createdAt, locale),
        producer: r.producer.name,
        status: tStatus(r.status),
        boothCount: r.boothCount,
        booths: r.booths.join(" "),
        phone: r.producer.phone ? { excelText: r.producer.phone } : "",
        email: r.producer.email ?? "",
        products: r.productNames.join("; "),
        needs: [r.needsPower && tStudio("needsPower"), r.needsRefrigeration && tStudio("needsRefrigeration"), r.needsWater && tStudio("needsWater")].filter(Boolean).join("; "),
        note: r.note,
        reason: r.decisionReason ?? "",
      }));
    }
  }
  return csvDownload(`yeu-cau-gian-hang-${fair.slug}`, COLUMNS.map((key) => ({ key, header: t(key) })), rows());
});
