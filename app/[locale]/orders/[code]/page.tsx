import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { VerifyOrderForm } from "@/components/orders/verify-order-form";
import { formatDateTime } from "@/lib/format";
import { formatVnd } from "@/lib/money";
import { normalizeOrderCode } from "@/lib/order-code";
import { cancelOrderAction, verifyOrderAction } from "@/server/orders/actions";
import { hasOrderAccess, ORDER_ACCESS_COOKIE } from "@/server/orders/order-access";
import { getOrderForBuyer } from "@/server/orders/queries";

export const metadata: Metadata = { robots: { index: false } };

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<{ placed?: string; notice?: string }>;
}) {
  const { locale, code: rawCode } = await params;
  const { placed, notice } = await searchParams;
  setRequestLocale(locale);
  const code = normalizeOrderCode(decodeURIComponent(rawCode));
  if (!code) notFound();
  const t = await getTranslations({ locale, namespace: "orders.order" });

  // Without proof of the buyer's email or phone, the page shows only the form: not even whether the order exists.
  if (!hasOrderAccess((await cookies()).get(ORDER_ACCESS_COOKIE)?.value, code)) {
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-bold text-brand-800">{t("verifyTitle", { code })}</h1>
        <p>{t("verifyIntro")}</p>
        <VerifyOrderForm action={verifyOrderAction} code={code} locale={locale} labels={{ contact: t("contact"), verify: t("verify") }} />
      </section>
    );
  }
  const order = await getOrderForBuyer(code);
  if (!order) notFound();
  const money = (n: number) => formatVnd(n, locale);

  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">{t("title", { code: order.code })}</h1>
      {placed ? (
        <p role="status" className="rounded bg-brand-50 p-3 font-semibold">
          {t("placed")}
        </p>
      ) : null}
      {notice === "cancelled" || notice === "cannotCancel" ? (
        <p role="status" className="rounded bg-slate-100 p-3 font-semibold">
          {t(notice)}
        </p>
      ) : null}
      <p>
        {t("payment")}: <strong>{t(`paymentStatus.${order.paymentStatus}`)}</strong>
        {order.expiresAt ? <span className="block text-sm text-slate-700">{t("expiresAt", { time: formatDateTime(order.expiresAt, locale) })}</span> : null}
      </p>
      {order.transfer ? (
        <section aria-labelledby="transfer" className="max-w-md rounded border border-slate-200 p-4">
          <h2 id="transfer" className="text-lg font-semibold">
            {t("transferTitle")}
          </h2>
          <p className="text-sm">{t("transferIntro")}</p>
          {/* Generated on our server from the payload below; no user text reaches the SVG markup. */}
          <div className="mx-auto my-3 w-56" role="img" aria-label={t("transferTitle")} dangerouslySetInnerHTML={{ __html: order.transfer.svg }} />
          <p className="text-sm">{t("transferAccount", { account: order.transfer.accountName ? `${order.transfer.accountNumber} · ${order.transfer.accountName}` : order.transfer.accountNumber, bin: order.transfer.bankBin })}</p>
          <p className="text-sm">{t("transferNote", { note: order.transfer.note })}</p>
          <p className="font-semibold">{money(order.totalVnd)}</p>
        </section>
      ) : null}
      {order.parts.map((part, index) => (
        <section key={index} className="rounded border border-slate-200 p-4" aria-label={t("producerPart", { name: part.producerName })}>
          <h2 className="flex flex-wrap justify-between gap-2 text-lg font-semibold">
            <span>{t("producerPart", { name: part.producerName })}</span>
            <span data-testid="part-status" className="rounded bg-slate-100 px-2 text-base">
              {t(`status.${part.status}`)}
            </span>
          </h2>
          <ul className="mt-2 text-sm">
            {part.items.map((item, i) => (
              <li key={i} className="flex justify-between gap-2">
                <span>
                  {item.name} ({item.unit}) × {item.quantity}
                </span>
                <span>{money(item.lineTotalVnd)}</span>
              </li>
            ))}
            <li className="flex justify-between gap-2 text-slate-700">
              <span>{t("shipping")}</span>
              <span>{money(part.shippingVnd)}</span>
            </li>
          </ul>
        </section>
      ))}
      <dl className="grid max-w-md grid-cols-2 gap-1">
        <dt className="font-bold">{t("total")}</dt>
        <dd className="text-right font-bold">{money(order.totalVnd)}</dd>
        <dt>{t("deliverTo")}</dt>
        <dd className="text-right">
          {order.customerName}, {order.address}
        </dd>
      </dl>
      {order.cancellable ? (
        <form action={cancelOrderAction}>
          <input type="hidden" name="code" value={order.code} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="rounded border border-red-800 px-4 py-2 font-semibold text-red-800 hover:bg-red-50">
            {t("cancel")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
