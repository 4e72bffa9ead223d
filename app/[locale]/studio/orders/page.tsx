import { getTranslations, setRequestLocale } from "next-intl/server";
import { localizedHref } from "@/i18n/localized-href";
import { Link } from "@/i18n/navigation";
import { formatVnd } from "@/lib/money";
import { SUB_ORDER_FLOW, type SubOrderStatus } from "@/lib/order-status";
import { requirePageAccess } from "@/server/auth/session";
import { listSubOrdersForProducer } from "@/server/orders/queries";

const STATUSES: SubOrderStatus[] = [...SUB_ORDER_FLOW, "CANCELLED"];

export default async function StudioOrdersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ status?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("order.fulfilOwn", locale, "/studio/orders");
  const { status: rawStatus } = await searchParams;
  const status = STATUSES.find((s) => s === rawStatus);
  const rows = await listSubOrdersForProducer(viewer, { status });
  const t = await getTranslations({ locale, namespace: "orders.studio" });
  const tStatus = await getTranslations({ locale, namespace: "orders.order" });
  const date = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", { dateStyle: "short", timeZone: "Asia/Ho_Chi_Minh" });

  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <a href={localizedHref("/studio/orders/export", locale)} className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800" download>
          {t("export")}
        </a>
      </div>
      <form method="get" className="flex items-end gap-2">
        <label className="flex flex-col text-sm font-semibold">
          {t("filter")}
          <select name="status" defaultValue={status ?? ""} className="mt-1 rounded border border-slate-400 px-2 py-1">
            <option value="">{t("all")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {tStatus(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-400 px-3 py-1">
          {t("apply")}
        </button>
      </form>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2">{t("code")}</th>
              <th scope="col">{t("date")}</th>
              <th scope="col">{t("customer")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("payment")}</th>
              <th scope="col" className="text-right">{t("amount")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-200">
                <td className="py-2">
                  <Link href={`/studio/orders/${row.id}`} className="font-semibold text-brand-800 underline">
                    {row.code}
                  </Link>
                </td>
                <td>{date.format(row.createdAt)}</td>
                <td>{row.customerName}</td>
                <td>{tStatus(`status.${row.status}`)}</td>
                <td>{tStatus(`paymentStatus.${row.paymentStatus}`)}</td>
                <td className="text-right">{formatVnd(row.subtotalVnd, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
