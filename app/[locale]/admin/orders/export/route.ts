import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { parseListQuery } from "@/lib/list-query";
import { getViewer } from "@/server/auth/session";
import { csvDownload, inBatches } from "@/server/infra/csv-download";
import { route } from "@/server/infra/http";
import { officerOrderRowsForExport, ORDER_LIST } from "@/server/orders/queries";

const COLUMNS = ["code", "date", "producer", "commune", "status", "paymentMethod", "paymentStatus", "customer", "phone", "email", "address", "goods", "shipping", "orderTotal", "carrier", "trackingNumber"] as const;

/**
 * The officers' orders list as CSV: the same filters and order as the page, every row (one per
 * producer's part), labels in the page's language and phones written as text (="0912…") so Excel
 * keeps the leading 0, as in the producers' own order CSV. Money in whole VND.
 */
export const GET = route(async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const query = parseListQuery(ORDER_LIST, Object.fromEntries(new URL(request.url).searchParams));
  const read = await officerOrderRowsForExport(viewer, query);
  const t = await getTranslations({ locale, namespace: "orders" });
  async function* rows() {
    for await (const batch of inBatches(read)) {
      yield batch.map((r) => ({
        code: r.code,
        date: formatDateTime(r.createdAt, locale),
        producer: r.producerName,
        commune: r.commune,
        status: t(`order.status.${r.status}`),
        paymentMethod: t(`method.${r.paymentMethod}`),
        paymentStatus: t(`order.paymentStatus.${r.paymentStatus}`),
        customer: r.customerName,
        phone: { excelText: r.phone },
        email: r.email ?? "",
        address: r.address,
        goods: r.subtotalVnd,
        shipping: r.shippingVnd,
        orderTotal: r.totalVnd,
        carrier: r.carrier ?? "",
        trackingNumber: r.trackingNumber ?? "",
      }));
    }
  }
  return csvDownload("don-hang", COLUMNS.map((key) => ({ key, header: t(`csv.${key}`) })), rows());
});
