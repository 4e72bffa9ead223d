import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { isAppError } from "@/lib/errors";
import { formatVnd } from "@/lib/money";
import { nextSubOrderStatuses } from "@/lib/order-status";
import { requirePageAccess } from "@/server/auth/session";
import { markOrderPaidAction, updateSubOrderStatusAction } from "@/server/orders/actions";
import { getSubOrderForProducer } from "@/server/orders/queries";

export default async function StudioOrderPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ notice?: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("order.fulfilOwn", locale, `/studio/orders/${id}`);
  const order = await getSubOrderForProducer(viewer, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { notice } = await searchParams;
  const t = await getTranslations({ locale, namespace: "orders.studio" });
  const tOrder = await getTranslations({ locale, namespace: "orders.order" });
  const tErrors = await getTranslations({ locale, namespace: "errors" });
  const next = nextSubOrderStatuses(order.status);
  const noticeText = notice === "statusSaved" || notice === "markedPaid" ? t(notice) : notice && tErrors.has(notice) ? tErrors(notice) : null;
  const money = (n: number) => formatVnd(n, locale);

  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-bold">{t("detailTitle", { code: order.code })}</h1>
      {noticeText ? (
        <p role="status" className="rounded bg-slate-100 p-3 font-semibold">
          {noticeText}
        </p>
      ) : null}
      <dl className="grid max-w-xl grid-cols-[10rem_1fr] gap-1">
        <dt className="font-semibold">{t("status")}</dt>
        <dd data-testid="sub-order-status">{tOrder(`status.${order.status}`)}</dd>
        <dt className="font-semibold">{t("payment")}</dt>
        <dd>{tOrder(`paymentStatus.${order.paymentStatus}`)}</dd>
        <dt className="font-semibold">{t("customer")}</dt>
        <dd>{order.customerName}</dd>
        <dt className="font-semibold">{t("phone")}</dt>
        <dd>{order.phone}</dd>
        <dt className="font-semibold">{t("address")}</dt>
        <dd>{order.address}</dd>
        {order.note ? (
          <>
            <dt className="font-semibold">{t("note")}</dt>
            <dd>{order.note}</dd>
          </>
        ) : null}
      </dl>
      <table className="w-full max-w-xl text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1">{t("product")}</th>
            <th scope="col">{t("quantity")}</th>
            <th scope="col" className="text-right">{t("amount")}</th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((item, i) => (
            <tr key={i} className="border-b border-slate-200">
              <td className="py-1">
                {item.name} ({item.unit})
              </td>
              <td>{item.quantity}</td>
              <td className="text-right">{money(item.lineTotalVnd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {next.length > 0 ? (
        <form action={updateSubOrderStatusAction} className="flex items-end gap-2">
          <input type="hidden" name="subOrderId" value={order.id} />
          <input type="hidden" name="locale" value={locale} />
          <label className="flex flex-col text-sm font-semibold">
            {t("newStatus")}
            <select name="status" className="mt-1 rounded border border-slate-400 px-2 py-1">
              {next.map((s) => (
                <option key={s} value={s}>
                  {tOrder(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800">
            {t("changeStatus")}
          </button>
        </form>
      ) : null}
      {order.canMarkPaid ? (
        <form action={markOrderPaidAction}>
          <input type="hidden" name="orderId" value={order.orderId} />
          <input type="hidden" name="back" value={`/studio/orders/${order.id}`} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="rounded border border-brand-700 px-4 py-1.5 font-semibold text-brand-800">
            {t("markPaid")}
          </button>
        </form>
      ) : null}
      <Link href={`/studio/orders/${order.id}/packing-slip`} className="inline-block font-semibold text-brand-800 underline">
        {t("packingSlip")}
      </Link>
    </section>
  );
}
