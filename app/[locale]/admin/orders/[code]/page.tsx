import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SubOrderFacts } from "@/components/orders/sub-order-facts";
import { Link } from "@/i18n/navigation";
import { isAppError } from "@/lib/errors";
import { formatVnd } from "@/lib/format";
import { requirePageAccess } from "@/server/auth/session";
import { markSubOrderPaidAction } from "@/server/orders/actions";
import { getOrderForOfficer } from "@/server/orders/queries";
import { optionalMessage } from "@/i18n/optional-message";

/** One order for an officer: every part with its facts and history; the officer may record money received (audited). */
export default async function AdminOrderPage({ params, searchParams }: { params: Promise<{ locale: string; code: string }>; searchParams: Promise<{ notice?: string }> }) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("order.viewAll", locale, `/admin/orders/${code}`);
  const order = await getOrderForOfficer(viewer, decodeURIComponent(code)).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { notice } = await searchParams;
  const [t, tErrors] = await Promise.all([getTranslations({ locale, namespace: "orders" }), getTranslations({ locale, namespace: "errors" })]);
  const noticeText = notice === "markedPaid" ? t("admin.markedPaid") : optionalMessage(tErrors, notice);
  return (
    <section className="space-y-6">
      <Link href="/admin/orders" className="text-brand-800 underline">
        {t("admin.back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("admin.detailTitle", { code: order.code })}</h1>
      {noticeText ? (
        <p role="status" className="rounded bg-slate-100 p-3 font-semibold">
          {noticeText}
        </p>
      ) : null}
      <p>
        {t(`method.${order.paymentMethod}`)} · {t(`order.paymentStatus.${order.paymentStatus}`)} · <strong>{formatVnd(order.totalVnd, locale)}</strong>
      </p>
      {order.parts.map((part, i) => (
        <section key={part.id} aria-labelledby={`part-${i}`} className="space-y-3 rounded border border-slate-200 p-4">
          <h2 id={`part-${i}`} className="text-lg font-semibold">
            {t("order.producerPart", { name: part.producerName })}
          </h2>
          <SubOrderFacts order={part} locale={locale} historyLevel={3} />
          {part.actions.includes("MARK_PAID") ? (
            <form action={markSubOrderPaidAction}>
              <input type="hidden" name="subOrderId" value={part.id} />
              <input type="hidden" name="back" value={`/admin/orders/${order.code}`} />
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white">
                {t("admin.markPaid")}
              </button>
            </form>
          ) : null}
        </section>
      ))}
    </section>
  );
}
