import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { formatDay } from "@/lib/format";
import { parseListQuery } from "@/lib/list-query";
import { getViewer } from "@/server/auth/session";
import { csvDownload, inBatches } from "@/server/infra/csv-download";
import { route } from "@/server/infra/http";
import { PRODUCER_LIST, producerRowsForExport } from "@/server/producers/admin-queries";

const COLUMNS = ["name", "legalForm", "commune", "area", "status", "suspendedReason", "products", "accounts", "representative", "phone", "email", "registeredOn"] as const;

/** The producers list as CSV: the same filters and order as the page, every row (not only the page's). */
export const GET = route(async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const query = parseListQuery(PRODUCER_LIST, Object.fromEntries(new URL(request.url).searchParams));
  const read = await producerRowsForExport(viewer, query);
  const [t, tForms] = await Promise.all([getTranslations({ locale, namespace: "admin.producers" }), getTranslations({ locale, namespace: "common.legalForms" })]);
  async function* rows() {
    for await (const batch of inBatches(read)) {
      yield batch.map((p) => ({ ...p, legalForm: tForms(p.legalForm), status: t(`status.${p.status}`), phone: p.phone ? { excelText: p.phone } : null, registeredOn: formatDay(p.registeredOn, locale) }));
    }
  }
  return csvDownload("chu-the", COLUMNS.map((key) => ({ key, header: t(`columns.${key}`) })), rows());
});
