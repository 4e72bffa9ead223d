import { getTranslations } from "next-intl/server";
import { formatDateTime, formatVnd } from "@/lib/format";
import type { FulfilmentAction, PaymentMethod, PaymentStatus, SubOrderStatus } from "@/lib/order-status";
import { PRODUCER_CANCEL_REASONS } from "@/lib/order-status";
import { PartHistory, type PartEventView } from "./part-history";

export interface SubOrderFactsView {
  id: string;
  code: string;
  createdAt: Date;
  producerName: string;
  customerName: string;
  phone: string;
  email: string | null;
  address: string;
  note: string;
  status: SubOrderStatus;
  paymentMethod: PaymentMethod;
  paymentStatus: PaymentStatus;
  subtotalVnd: number;
  shippingVnd: number;
  amountToCollectVnd: number;
  transferNote: string | null;
  transferReported: boolean;
  payee: { bankName: string; accountNumber: string; accountName: string | null; toDistrict: boolean } | null;
  carrier: string | null;
  trackingNumber: string | null;
  expiresAt: Date | null;
  items: { name: string; unit: string; unitPriceVnd: number; quantity: number; lineTotalVnd: number }[];
  events: PartEventView[];
  actions: FulfilmentAction[];
  awaitingTransfer: boolean;
}

/** One part of an order as the producer (and an officer) works on it: who, what, money, history. */
export async function SubOrderFacts({ order, locale, historyLevel = 2 }: { order: SubOrderFactsView; locale: string; historyLevel?: 2 | 3 }) {
  const t = await getTranslations({ locale, namespace: "orders" });
  const money = (n: number) => formatVnd(n, locale);
  const tel = order.phone.replace(/[^\d+]/g, "");
  return (
    <>
      <dl className="grid max-w-2xl grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t("studio.placedAt")}</dt>
        <dd>{formatDateTime(order.createdAt, locale)}</dd>
        <dt className="font-semibold">{t("studio.status")}</dt>
        <dd data-testid="sub-order-status">{t(`order.status.${order.status}`)}</dd>
        <dt className="font-semibold">{t("studio.method")}</dt>
        <dd data-testid="sub-order-method">{t(`method.${order.paymentMethod}`)}</dd>
        <dt className="font-semibold">{t("studio.payment")}</dt>
        <dd data-testid="sub-order-payment">{t(`order.paymentStatus.${order.paymentStatus}`)}</dd>
        {order.paymentMethod === "COD" ? (
          <>
            <dt className="font-semibold">{t("studio.toCollect")}</dt>
            <dd>
              <span className="text-lg font-bold" data-testid="amount-to-collect">
                {money(order.amountToCollectVnd)}
              </span>
              {order.amountToCollectVnd > 0 ? <span className="block text-sm text-slate-700">{t("studio.toCollectHelp", { goods: money(order.subtotalVnd), shipping: money(order.shippingVnd) })}</span> : null}
            </dd>
          </>
        ) : null}
        {order.transferNote ? (
          <>
            <dt className="font-semibold">{t("studio.transferNote")}</dt>
            <dd className="font-mono font-bold" data-testid="transfer-note">
              {order.transferNote} · {money(order.subtotalVnd + order.shippingVnd)}
            </dd>
          </>
        ) : null}
        {order.payee ? (
          <>
            <dt className="font-semibold">{t("studio.payee")}</dt>
            <dd>
              {order.payee.bankName} · <span className="font-mono">{order.payee.accountNumber}</span>
              {order.payee.accountName ? ` · ${order.payee.accountName}` : ""}
              {order.payee.toDistrict ? <span className="block text-sm text-slate-700">{t("studio.payeeDistrict")}</span> : null}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("studio.customer")}</dt>
        <dd>{order.customerName}</dd>
        <dt className="font-semibold">{t("studio.phone")}</dt>
        <dd>
          <a href={`tel:${tel}`} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline" aria-label={t("studio.call", { phone: order.phone })}>
            {order.phone}
          </a>
        </dd>
        {order.email ? (
          <>
            <dt className="font-semibold">{t("studio.email")}</dt>
            <dd>{order.email}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("studio.address")}</dt>
        <dd>{order.address}</dd>
        {order.note ? (
          <>
            <dt className="font-semibold">{t("studio.note")}</dt>
            <dd className="whitespace-pre-line">{order.note}</dd>
          </>
        ) : null}
        {order.trackingNumber ? (
          <>
            <dt className="font-semibold">{t("studio.trackingNumber")}</dt>
            <dd>{t("order.tracking", { carrier: order.carrier ?? "—", number: order.trackingNumber })}</dd>
          </>
        ) : null}
      </dl>
      {order.transferReported && order.paymentStatus === "PENDING" ? (
        <p className="rounded border border-amber-700 bg-amber-50 p-3 font-semibold text-amber-900">{t("studio.transferReported", { note: order.transferNote ?? "" })}</p>
      ) : null}
      {order.awaitingTransfer ? <p className="rounded bg-slate-100 p-3">{t("studio.awaitingTransfer")}</p> : null}
      {order.expiresAt ? (
        <p className="text-sm">{t("studio.expiresAt", { time: formatDateTime(order.expiresAt, locale), what: order.paymentMethod === "COD" ? t("studio.expiresConfirm") : t("studio.expiresPay") })}</p>
      ) : null}
      <div className="overflow-x-auto">
        <table className="w-full max-w-2xl text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1">{t("studio.product")}</th>
              <th scope="col">{t("studio.quantity")}</th>
              <th scope="col" className="text-right">{t("studio.amount")}</th>
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
            <tr>
              <td className="py-1" colSpan={2}>
                {t("order.shipping")}
              </td>
              <td className="text-right">{money(order.shippingVnd)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <PartHistory events={order.events} locale={locale} headingId={`part-history-${order.id}`} level={historyLevel} />
    </>
  );
}

/** The reasons a producer may give, for the cancel form. */
export const CANCEL_CHOICES = PRODUCER_CANCEL_REASONS;
