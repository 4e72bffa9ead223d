import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CANCEL_CHOICES, SubOrderFacts } from "@/components/orders/sub-order-facts";
import { Link } from "@/i18n/navigation";
import { isAppError } from "@/lib/errors";
import { requirePageAccess } from "@/server/auth/session";
import { fulfilSubOrderAction, markSubOrderPaidAction } from "@/server/orders/actions";
import { getSubOrderForProducer } from "@/server/orders/queries";
import { optionalMessage } from "@/i18n/optional-message";

const NOTICES = ["statusSaved", "markedPaid", "reasonRequired"] as const;

/** The producer's page for its part of an order: the facts, the steps allowed now (lib/order-status.ts) and the history. */
export default async function StudioOrderPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ notice?: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("order.fulfilOwn", locale, `/studio/orders/${id}`);
  const order = await getSubOrderForProducer(viewer, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { notice } = await searchParams;
  const [t, tErrors] = await Promise.all([getTranslations({ locale, namespace: "orders" }), getTranslations({ locale, namespace: "errors" })]);
  const known = NOTICES.find((n) => n === notice);
  const noticeText = known ? t(`studio.${known}`) : optionalMessage(tErrors, notice);
  const hidden = (
    <>
      <input type="hidden" name="subOrderId" value={order.id} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );
  const button = "min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";
  const input = "mt-1 w-full rounded border border-slate-500 px-2 py-1";
  const simple = order.actions.filter((a) => a === "CONFIRM" || a === "PACK" || a === "DELIVER" || a === "RETURN");

  return (
    <section className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("studio.detailTitle", { code: order.code })}</h1>
        <Link href={`/studio/orders/${order.id}/packing-slip`} className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800">
          {t("studio.packingSlip")}
        </Link>
      </div>
      {noticeText ? (
        <p role="status" className="rounded bg-slate-100 p-3 font-semibold">
          {noticeText}
        </p>
      ) : null}
      <SubOrderFacts order={order} locale={locale} />
      <section aria-labelledby="actions-heading" className="space-y-3 rounded border border-slate-200 p-4">
        <h2 id="actions-heading" className="text-lg font-semibold">
          {t("studio.actions")}
        </h2>
        {order.actions.length === 0 ? <p>{t("studio.noActions")}</p> : null}
        <div className="flex flex-wrap gap-3">
          {simple.map((action) => (
            <form key={action} action={fulfilSubOrderAction}>
              {hidden}
              <input type="hidden" name="action" value={action} />
              <button type="submit" className={button}>
                {t(`actionLabel.${action}`)}
              </button>
            </form>
          ))}
          {order.actions.includes("MARK_PAID") ? (
            <form action={markSubOrderPaidAction}>
              {hidden}
              <input type="hidden" name="back" value={`/studio/orders/${order.id}`} />
              <button type="submit" className={button}>
                {t("actionLabel.MARK_PAID")}
              </button>
            </form>
          ) : null}
        </div>
        {order.actions.includes("SHIP") ? (
          <form action={fulfilSubOrderAction} className="grid max-w-xl gap-2 sm:grid-cols-2">
            {hidden}
            <input type="hidden" name="action" value="SHIP" />
            <label className="text-sm font-semibold">
              {t("studio.carrier")}
              <input name="carrier" maxLength={60} defaultValue={order.carrier ?? ""} list="carriers" className={input} />
            </label>
            <label className="text-sm font-semibold">
              {t("studio.trackingNumber")}
              <input name="trackingNumber" maxLength={60} defaultValue={order.trackingNumber ?? ""} autoCapitalize="characters" className={input} />
            </label>
            <datalist id="carriers">
              {["Vietnam Post (VNPost)", "Viettel Post", "Giao Hàng Nhanh", "Giao Hàng Tiết Kiệm", "J&T Express", "Tự giao"].map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
            <div className="sm:col-span-2">
              <button type="submit" className={button}>
                {t("actionLabel.SHIP")}
              </button>
            </div>
          </form>
        ) : null}
        {order.actions.includes("FAIL_DELIVERY") ? (
          <form action={fulfilSubOrderAction} className="max-w-xl space-y-2">
            {hidden}
            <input type="hidden" name="action" value="FAIL_DELIVERY" />
            <label className="block text-sm font-semibold">
              {t("studio.noteToBuyer")}
              <input name="note" maxLength={300} className={input} />
            </label>
            <button type="submit" className="min-h-11 rounded border border-red-800 px-4 py-2 font-semibold text-red-800">
              {t("actionLabel.FAIL_DELIVERY")}
            </button>
          </form>
        ) : null}
        {order.actions.includes("CANCEL") ? (
          <form action={fulfilSubOrderAction} className="max-w-xl space-y-2 border-t border-slate-200 pt-3">
            {hidden}
            <input type="hidden" name="action" value="CANCEL" />
            <label className="block text-sm font-semibold">
              {t("studio.cancelReason")}
              <select name="cancelReason" required defaultValue="" className={input}>
                <option value="">{t("studio.chooseReason")}</option>
                {CANCEL_CHOICES.map((reason) => (
                  <option key={reason} value={reason}>
                    {t(`cancelReason.${reason}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="block text-sm font-semibold">
              {t("studio.noteToBuyer")}
              <input name="note" maxLength={300} className={input} />
            </label>
            <button type="submit" className="min-h-11 rounded border border-red-800 px-4 py-2 font-semibold text-red-800">
              {t("actionLabel.CANCEL")}
            </button>
          </form>
        ) : null}
      </section>
    </section>
  );
}
