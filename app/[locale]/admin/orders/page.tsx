import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { parseDay, startOfDay, addDays } from "@/lib/clock";
import { formatDateTime } from "@/lib/format";
import { formatVnd } from "@/lib/money";
import { SUB_ORDER_STATUSES, type PaymentStatus } from "@/lib/order-status";
import { requirePageAccess } from "@/server/auth/session";
import { listOrdersForOfficer, totalsByProducerAndMonth } from "@/server/orders/queries";

const PAYMENT_STATUSES: readonly PaymentStatus[] = ["PENDING", "PAID", "EXPIRED", "CANCELLED", "REFUNDED"];

type Search = { q?: string; status?: string; payment?: string; from?: string; to?: string; page?: string };

/** Every order, searched and filtered on the server, a page of 25 at a time (national scale). */
export default async function AdminOrdersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("order.viewAll", locale, "/admin/orders");
  const search = await searchParams;
  const q = (search.q ?? "").slice(0, 100);
  const status = SUB_ORDER_STATUSES.find((s) => s === search.status);
  const paymentStatus = PAYMENT_STATUSES.find((s) => s === search.payment);
  const fromDay = search.from ? parseDay(search.from) : null;
  const toDay = search.to ? parseDay(search.to) : null;
  const page = Math.min(10_000, Math.max(1, Number.parseInt(search.page ?? "1", 10) || 1));
  const [list, totals, t] = await Promise.all([
    listOrdersForOfficer(viewer, {
      q,
      status,
      paymentStatus,
      from: fromDay ? startOfDay(fromDay) : undefined,
      to: toDay ? startOfDay(addDays(toDay, 1)) : undefined,
      page,
    }),
    totalsByProducerAndMonth(viewer, { limit: 24 }),
    getTranslations({ locale, namespace: "orders" }),
  ]);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const money = (n: number) => formatVnd(n, locale);
  const kept = { ...(q ? { q } : {}), ...(status ? { status } : {}), ...(paymentStatus ? { payment: paymentStatus } : {}), ...(fromDay ? { from: fromDay } : {}), ...(toDay ? { to: toDay } : {}) };
  const pageHref = (n: number) => ({ pathname: "/admin/orders", query: { ...kept, ...(n > 1 ? { page: String(n) } : {}) } });
  const input = "mt-1 w-full rounded border border-slate-500 px-2 py-1";

  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{t("admin.title")}</h1>
      <form method="get" className="grid gap-3 rounded border border-slate-200 p-3 sm:grid-cols-2 lg:grid-cols-6" role="search">
        <label className="text-sm font-semibold sm:col-span-2">
          {t("admin.search")}
          <input name="q" type="search" defaultValue={q} maxLength={100} className={input} />
        </label>
        <label className="text-sm font-semibold">
          {t("admin.status")}
          <select name="status" defaultValue={status ?? ""} className={input}>
            <option value="">{t("admin.anyStatus")}</option>
            {SUB_ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`order.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          {t("admin.paymentFilter")}
          <select name="payment" defaultValue={paymentStatus ?? ""} className={input}>
            <option value="">{t("admin.anyPayment")}</option>
            {PAYMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`order.paymentStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          {t("admin.from")}
          <input name="from" type="date" defaultValue={fromDay ?? ""} className={input} />
        </label>
        <label className="text-sm font-semibold">
          {t("admin.to")}
          <input name="to" type="date" defaultValue={toDay ?? ""} className={input} />
        </label>
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-6">
          <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white">
            {t("admin.apply")}
          </button>
          <Link href="/admin/orders" className="underline">
            {t("admin.reset")}
          </Link>
        </div>
      </form>
      <p className="text-sm text-slate-700" data-testid="orders-found">
        {t("admin.found", { count: list.total })}
      </p>
      {list.rows.length === 0 ? (
        <p>{t("admin.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1">{t("admin.code")}</th>
                <th scope="col">{t("admin.date")}</th>
                <th scope="col">{t("admin.customer")}</th>
                <th scope="col">{t("admin.parts")}</th>
                <th scope="col">{t("admin.method")}</th>
                <th scope="col">{t("admin.payment")}</th>
                <th scope="col" className="text-right">{t("admin.total")}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((order) => (
                <tr key={order.id} className="border-b border-slate-200 align-top">
                  <td className="py-1">
                    <Link href={`/admin/orders/${order.code}`} className="font-mono font-semibold text-brand-800 underline">
                      {order.code}
                    </Link>
                  </td>
                  <td>{formatDateTime(order.createdAt, locale)}</td>
                  <td>
                    {order.customerName}
                    <span className="block text-slate-700">{order.phone}</span>
                  </td>
                  <td>
                    <ul>
                      {order.parts.map((part, i) => (
                        <li key={i}>
                          {part.producerName}: {t(`order.status.${part.status}`)}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{t(`method.${order.paymentMethod}`)}</td>
                  <td>{t(`order.paymentStatus.${order.paymentStatus}`)}</td>
                  <td className="text-right">{money(order.totalVnd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label={t("studio.page", { page: list.page, pages })} className="flex items-center gap-4">
          {list.page > 1 ? <Link href={pageHref(list.page - 1)} className="underline">{t("studio.previous")}</Link> : null}
          <span>{t("studio.page", { page: list.page, pages })}</span>
          {list.page < pages ? <Link href={pageHref(list.page + 1)} className="underline">{t("studio.next")}</Link> : null}
        </nav>
      ) : null}
      <section aria-labelledby="totals" className="space-y-2">
        <h2 id="totals" className="text-lg font-semibold">
          {t("admin.totals")}
        </h2>
        {totals.length === 0 ? (
          <p>{t("admin.empty")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1">{t("admin.month")}</th>
                <th scope="col">{t("admin.producer")}</th>
                <th scope="col" className="text-right">{t("admin.orders")}</th>
                <th scope="col" className="text-right">{t("admin.revenue")}</th>
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
    </section>
  );
}
