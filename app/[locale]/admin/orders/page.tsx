import { getTranslations, setRequestLocale } from "next-intl/server";
import { dayOf } from "@/lib/clock";
import { formatDay } from "@/lib/format";
import { formatVnd } from "@/lib/money";
import { can } from "@/server/auth/permissions";
import { requirePageAccess } from "@/server/auth/session";
import { markOrderPaidAction } from "@/server/orders/actions";
import { listOrdersForOfficer, totalsByProducerAndMonth } from "@/server/orders/queries";

/** Officers see every order read-only; the one thing they may do is record a transfer as received. */
export default async function AdminOrdersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ notice?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("order.viewAll", locale, "/admin/orders");
  const [orders, totals] = await Promise.all([listOrdersForOfficer(viewer), totalsByProducerAndMonth(viewer)]);
  const { notice } = await searchParams;
  const t = await getTranslations({ locale, namespace: "orders.admin" });
  const tOrder = await getTranslations({ locale, namespace: "orders.order" });
  const tCheckout = await getTranslations({ locale, namespace: "orders.checkout" });
  const tStudio = await getTranslations({ locale, namespace: "orders.studio" });
  const tErrors = await getTranslations({ locale, namespace: "errors" });
  const money = (n: number) => formatVnd(n, locale);
  const noticeText = notice === "markedPaid" ? tStudio("markedPaid") : notice && tErrors.has(notice) ? tErrors(notice) : null;

  return (
    <section className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {noticeText ? (
        <p role="status" className="rounded bg-slate-100 p-3 font-semibold">
          {noticeText}
        </p>
      ) : null}
      <section aria-labelledby="totals" className="space-y-2">
        <h2 id="totals" className="text-lg font-semibold">
          {t("totals")}
        </h2>
        {totals.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1">{t("month")}</th>
                <th scope="col">{t("producer")}</th>
                <th scope="col" className="text-right">{t("orders")}</th>
                <th scope="col" className="text-right">{t("revenue")}</th>
              </tr>
            </thead>
            <tbody>
              {totals.map((row) => (
                <tr key={`${row.month}-${row.producerName}`} className="border-b border-slate-200">
                  <td className="py-1">{row.month}</td>
                  <td>{row.producerName}</td>
                  <td className="text-right">{row.orders}</td>
                  <td className="text-right">{money(row.revenueVnd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="recent" className="space-y-2">
        <h2 id="recent" className="text-lg font-semibold">
          {t("recent")}
        </h2>
        {orders.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1">{t("code")}</th>
                <th scope="col">{t("date")}</th>
                <th scope="col">{t("producer")}</th>
                <th scope="col">{t("method")}</th>
                <th scope="col">{t("payment")}</th>
                <th scope="col" className="text-right">{t("total")}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id} className="border-b border-slate-200">
                  <td className="py-1 font-mono">{order.code}</td>
                  <td>{formatDay(dayOf(order.createdAt), locale)}</td>
                  <td>{order.producers.join(", ")}</td>
                  <td>{tCheckout(order.paymentMethod)}</td>
                  <td>
                    {tOrder(`paymentStatus.${order.paymentStatus}`)}
                    {order.paymentStatus === "PENDING" && order.paymentMethod !== "STRIPE" && can(viewer, "payment.markPaid") ? (
                      <form action={markOrderPaidAction} className="inline">
                        <input type="hidden" name="orderId" value={order.id} />
                        <input type="hidden" name="back" value="/admin/orders" />
                        <input type="hidden" name="locale" value={locale} />
                        <button type="submit" className="ml-2 text-brand-800 underline">
                          {t("markPaid")}
                        </button>
                      </form>
                    ) : null}
                  </td>
                  <td className="text-right">{money(order.totalVnd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
