import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localizedHref } from "@/i18n/localized-href";
import { formatDateTime, formatVnd } from "@/lib/format";
import { SUB_ORDER_STATUSES } from "@/lib/order-status";
import { requirePageAccess } from "@/server/auth/session";
import { listSubOrdersForProducer } from "@/server/orders/queries";

export default async function StudioOrdersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ status?: string; page?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("order.fulfilOwn", locale, "/studio/orders");
  const { status: rawStatus, page: rawPage } = await searchParams;
  const status = SUB_ORDER_STATUSES.find((s) => s === rawStatus);
  const requested = Math.min(10_000, Math.max(1, Number.parseInt(rawPage ?? "1", 10) || 1));
  const list = await listSubOrdersForProducer(viewer, { status, page: requested });
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const t = await getTranslations({ locale, namespace: "orders" });
  const query = (page: number) => ({ pathname: "/studio/orders", query: { ...(status ? { status } : {}), ...(page > 1 ? { page: String(page) } : {}) } });
  const exportHref = localizedHref({ pathname: "/studio/orders/export", query: status ? { status } : {} }, locale);

  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("studio.title")}</h1>
        <a href={exportHref} className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800" download>
          {status ? t("studio.exportFiltered") : t("studio.export")}
        </a>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm font-semibold">
          {t("studio.filter")}
          <select name="status" defaultValue={status ?? ""} className="mt-1 rounded border border-slate-500 px-2 py-1">
            <option value="">{t("studio.all")}</option>
            {SUB_ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`order.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-500 px-3 py-1">
          {t("studio.apply")}
        </button>
      </form>
      <p className="text-sm text-slate-700">{t("studio.count", { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <p>{t("studio.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2">{t("studio.code")}</th>
                <th scope="col">{t("studio.date")}</th>
                <th scope="col">{t("studio.customer")}</th>
                <th scope="col">{t("studio.status")}</th>
                <th scope="col">{t("studio.method")}</th>
                <th scope="col">{t("studio.payment")}</th>
                <th scope="col" className="text-right">{t("studio.amount")}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-200">
                  <td className="py-2">
                    <Link href={`/studio/orders/${row.id}`} className="font-mono font-semibold text-brand-800 underline">
                      {row.code}
                    </Link>
                  </td>
                  <td>{formatDateTime(row.createdAt, locale)}</td>
                  <td>{row.customerName}</td>
                  <td>{t(`order.status.${row.status}`)}</td>
                  <td>{t(`method.${row.paymentMethod}`)}</td>
                  <td>
                    {t(`order.paymentStatus.${row.paymentStatus}`)}
                    {row.transferReported && row.paymentStatus === "PENDING" ? <span className="block text-xs font-semibold text-amber-900">{t("order.event.TRANSFER_REPORTED")}</span> : null}
                  </td>
                  <td className="text-right">{formatVnd(row.subtotalVnd, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label={t("studio.page", { page: list.page, pages })} className="flex items-center gap-4">
          {list.page > 1 ? <Link href={query(list.page - 1)} className="underline">{t("studio.previous")}</Link> : null}
          <span>{t("studio.page", { page: list.page, pages })}</span>
          {list.page < pages ? <Link href={query(list.page + 1)} className="underline">{t("studio.next")}</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
