import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { SUB_ORDER_STATUSES } from "@/lib/order-status";
import { getViewer } from "@/server/auth/session";
import { csvDownload, inBatches } from "@/server/infra/csv-download";
import { route } from "@/server/infra/http";
import { exportRowsForProducer } from "@/server/orders/queries";

const KEYS = ["code", "date", "status", "paymentMethod", "paymentStatus", "customer", "phone", "address", "product", "unit", "quantity", "unitPrice", "lineTotal", "shipping", "toCollect", "carrier", "trackingNumber", "note"] as const;

/**
 * The producer's own order lines as CSV for Excel: labels and values in the page's language, the
 * list's status filter honoured, phone numbers written as text (="0912…") so Excel keeps the leading 0.
 * Streamed batch by batch like the officers' exports: every line of a busy year, never cut at a limit.
 */
export const GET = route(async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const wanted = new URL(request.url).searchParams.get("status");
  const status = SUB_ORDER_STATUSES.find((s) => s === wanted);
  const read = await exportRowsForProducer(viewer, { status });
  const t = await getTranslations({ locale, namespace: "orders" });
  async function* rows() {
    for await (const batch of inBatches(read)) {
      yield batch.map((r) => ({
        ...r,
        date: formatDateTime(r.createdAt, locale),
        status: t(`order.status.${r.status}`),
        paymentMethod: t(`method.${r.paymentMethod}`),
        paymentStatus: t(`order.paymentStatus.${r.paymentStatus}`),
        phone: { excelText: r.phone },
      }));
    }
  }
  return csvDownload(status ? `don-hang-${status.toLowerCase()}` : "don-hang", KEYS.map((key) => ({ key, header: t(`csv.${key}`) })), rows());
});
