import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PartHistory } from "@/components/orders/part-history";
import { VerifyOrderForm } from "@/components/orders/verify-order-form";
import { CopyButton } from "@/components/ui/copy-button";
import { Link } from "@/i18n/navigation";
import { englishName, inLocale } from "@/lib/vocabulary";
import { localizedHref } from "@/i18n/localized-href";
import { readEnv } from "@/lib/env";
import { formatDateTime, formatVnd } from "@/lib/format";
import { normalizeOrderCode } from "@/lib/order-code";
import { cancelOrderAction, reportTransferAction, verifyOrderAction } from "@/server/orders/actions";
import { hasOrderAccess, ORDER_ACCESS_COOKIE } from "@/server/orders/order-access";
import { getOrderForBuyer, type BuyerPartView } from "@/server/orders/queries";

export const metadata: Metadata = { robots: { index: false } };

const NOTICES = ["cancelled", "cannotCancel", "transferReported", "transferNotExpected"] as const;

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<{ placed?: string; notice?: string; confirm?: string }>;
}) {
  const { locale, code: rawCode } = await params;
  const { placed, notice, confirm } = await searchParams;
  setRequestLocale(locale);
  const code = normalizeOrderCode(decodeURIComponent(rawCode));
  if (!code) notFound();
  const t = await getTranslations({ locale, namespace: "orders" });

  // Without proof of the buyer's email or phone, the page shows only the form: not even whether the order exists.
  if (!hasOrderAccess((await cookies()).get(ORDER_ACCESS_COOKIE)?.value, code)) {
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-bold text-brand-800">{t("order.verifyTitle", { code })}</h1>
        <p>{t("order.verifyIntro")}</p>
        <VerifyOrderForm action={verifyOrderAction} code={code} locale={locale} labels={{ code: t("order.code"), codeHint: t("order.codeHint"), contact: t("order.contact"), verify: t("order.verify") }} />
      </section>
    );
  }
  const order = await getOrderForBuyer(code);
  if (!order) notFound();
  const money = (n: number) => formatVnd(n, locale);
  const time = (d: Date) => formatDateTime(d, locale);
  const noticeKey = NOTICES.find((n) => n === notice);
  const confirming = confirm === "cancel" && order.cancellable;

  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-800">{t("order.title", { code: order.code })}</h1>
        <p className="text-sm text-slate-700">{t("order.placedAt", { time: time(order.createdAt) })}</p>
      </div>
      {placed ? (
        <div role="status" className="rounded bg-brand-50 p-3">
          <p className="font-semibold">{t("order.placed")}</p>
          <p>{order.paymentMethod === "COD" ? t("order.placedCod", { hours: readEnv().COD_CONFIRM_HOURS }) : order.paymentMethod === "VIETQR" ? t("order.placedTransfer") : null}</p>
        </div>
      ) : null}
      {noticeKey ? (
        <p role="status" className="rounded bg-slate-100 p-3 font-semibold">
          {noticeKey === "transferReported" ? t("order.reportHelp") : t(`order.${noticeKey}`)}
        </p>
      ) : null}
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("order.method")}</dt>
        <dd data-testid="payment-method">{t(`method.${order.paymentMethod}`)}</dd>
        <dt className="font-semibold">{t("order.payment")}</dt>
        <dd data-testid="payment-status">{t(`order.paymentStatus.${order.paymentStatus}`)}</dd>
        <dt className="font-semibold">{t("order.deliverTo")}</dt>
        <dd>
          {order.customerName}, {order.phone}
          <span className="block">{order.address}</span>
        </dd>
        {order.note ? (
          <>
            <dt className="font-semibold">{t("order.note")}</dt>
            <dd className="whitespace-pre-line">{order.note}</dd>
          </>
        ) : null}
      </dl>
      {order.parts.map((part, index) => (
        <OrderPart key={part.id} part={part} index={index} code={order.code} locale={locale} paymentMethod={order.paymentMethod} />
      ))}
      <dl className="grid max-w-md grid-cols-2 gap-1">
        <dt>{t("order.subtotal")}</dt>
        <dd className="text-right">{money(order.subtotalVnd)}</dd>
        <dt>{t("order.shipping")}</dt>
        <dd className="text-right">{money(order.shippingVnd)}</dd>
        <dt className="font-bold">{t("order.total")}</dt>
        <dd className="text-right font-bold">{money(order.totalVnd)}</dd>
      </dl>
      {confirming ? (
        <section aria-labelledby="cancel-confirm" className="max-w-xl rounded border-2 border-red-800 p-4" role="alertdialog" aria-describedby="cancel-confirm-text">
          <h2 id="cancel-confirm" className="text-lg font-bold text-red-900">
            {t("order.cancelConfirmTitle", { code: order.code })}
          </h2>
          <p id="cancel-confirm-text" className="my-2">
            {t("order.cancelConfirmText")}
          </p>
          <div className="flex flex-wrap gap-3">
            <form action={cancelOrderAction}>
              <input type="hidden" name="code" value={order.code} />
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="min-h-11 rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">
                {t("order.cancelYes")}
              </button>
            </form>
            <Link href={`/orders/${order.code}`} className="inline-flex min-h-11 items-center rounded border border-slate-500 px-4 py-2 font-semibold">
              {t("order.cancelNo")}
            </Link>
          </div>
        </section>
      ) : order.cancellable ? (
        // Cancelling is a second step (this link, then a confirmation), never one tap under the thank-you message.
        <Link href={`/orders/${order.code}?confirm=cancel`} className="inline-block rounded border border-red-800 px-4 py-2 font-semibold text-red-800 hover:bg-red-50">
          {t("order.cancel")}
        </Link>
      ) : null}
      <p>
        <Link href="/orders" className="text-brand-800 underline">
          {t("order.lookupAnother")}
        </Link>
      </p>
    </section>
  );
}

async function OrderPart({ part, index, code, locale, paymentMethod }: { part: BuyerPartView; index: number; code: string; locale: string; paymentMethod: "COD" | "VIETQR" | "STRIPE" }) {
  const t = await getTranslations({ locale, namespace: "orders" });
  const money = (n: number) => formatVnd(n, locale);
  const time = (d: Date) => formatDateTime(d, locale);
  const headingId = `part-${index}`;
  const transfer = part.transfer;
  return (
    <section className="rounded border border-slate-200 p-4" aria-labelledby={headingId} data-testid="order-part">
      <h2 id={headingId} className="flex flex-wrap justify-between gap-2 text-lg font-semibold">
        <span>{t("order.producerPart", { name: inLocale(locale, part.producerName, englishName) })}</span>
        <span data-testid="part-status" className="rounded bg-slate-100 px-2 text-base">
          {t(`order.status.${part.status}`)}
        </span>
      </h2>
      <p className="text-sm">
        {t("order.payment")}: <span data-testid="part-payment">{t(`order.paymentStatus.${part.paymentStatus}`)}</span>
        {part.cancelReason ? <span className="block">{t("order.cancelledBecause", { reason: t(`cancelReason.${part.cancelReason}`) })}</span> : null}
        {part.trackingNumber ? <span className="block">{t("order.tracking", { carrier: part.carrier ?? "—", number: part.trackingNumber })}</span> : null}
      </p>
      {(part.producerPhone || part.producerEmail) ? (
        <p className="text-sm">
          {t("order.producerContact")}:{" "}
          {part.producerPhone ? (
            <a href={`tel:${part.producerPhone.replace(/[^\d+]/g, "")}`} className="font-semibold text-brand-800 underline">
              {part.producerPhone}
            </a>
          ) : null}
          {part.producerPhone && part.producerEmail ? " · " : null}
          {part.producerEmail ? (
            <a href={`mailto:${part.producerEmail}`} className="font-semibold text-brand-800 underline">
              {part.producerEmail}
            </a>
          ) : null}
        </p>
      ) : null}
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
          <span>{t("order.shipping")}</span>
          <span>{money(part.shippingVnd)}</span>
        </li>
        <li className="flex justify-between gap-2 font-semibold">
          <span>{t("order.partTotal")}</span>
          <span>{money(part.subtotalVnd + part.shippingVnd)}</span>
        </li>
      </ul>
      {paymentMethod === "COD" && part.status === "PLACED" && part.expiresAt ? <p className="mt-2 text-sm">{t("order.confirmBy", { time: time(part.expiresAt) })}</p> : null}
      {transfer ? (
        // A block within the part's region (not a landmark of its own: every transfer part has one).
        <div className="mt-3 max-w-md rounded border border-brand-700 p-4" data-testid="transfer">
          <h3 id={`transfer-${index}`} className="text-base font-semibold">
            {t("order.transferTitle")}
          </h3>
          <p className="text-sm">{t("order.transferIntro")}</p>
          {/* Generated on our server from the payload; no user text reaches the SVG markup. */}
          <div
            className="mx-auto my-3 w-56"
            role="img"
            aria-label={t("order.qrAlt", { amount: money(transfer.amountVnd), bank: transfer.bankName })}
            dangerouslySetInnerHTML={{ __html: transfer.svg }}
          />
          <p>
            <a
              href={localizedHref(`/orders/${code}/qr/${part.id}`, locale)}
              download={`vietqr-${transfer.note}.png`}
              className="inline-flex min-h-11 items-center rounded border border-brand-700 px-3 font-semibold text-brand-800"
            >
              {t("order.saveQr")}
            </a>
          </p>
          <dl className="mt-3 grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-2 text-sm">
            <dt className="font-semibold">{t("order.bank")}</dt>
            <dd data-testid="transfer-bank">{transfer.bankName}</dd>
            <dt className="font-semibold">{t("order.accountNumber")}</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <span className="font-mono" data-testid="transfer-account">{transfer.accountNumber}</span>
              <CopyButton value={transfer.accountNumber} text={t("order.copy")} copiedLabel={t("order.copied")} label={t("order.copyNamed", { what: t("order.accountNumber") })} />
            </dd>
            {transfer.accountName ? (
              <>
                <dt className="font-semibold">{t("order.accountName")}</dt>
                <dd>{transfer.accountName}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{t("order.amount")}</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <span data-testid="transfer-amount">{money(transfer.amountVnd)}</span>
              <CopyButton value={String(transfer.amountVnd)} text={t("order.copy")} copiedLabel={t("order.copied")} label={t("order.copyNamed", { what: t("order.amount") })} />
            </dd>
            <dt className="font-semibold">{t("order.transferNote")}</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <span className="font-mono" data-testid="transfer-note">{transfer.note}</span>
              <CopyButton value={transfer.note} text={t("order.copy")} copiedLabel={t("order.copied")} label={t("order.copyNamed", { what: t("order.transferNote") })} />
            </dd>
          </dl>
          {transfer.toDistrict ? <p className="mt-2 text-sm text-slate-700">{t("order.toDistrict")}</p> : null}
          {transfer.reportedAt ? (
            <p className="mt-3 font-semibold text-brand-800" data-testid="transfer-reported">{t("order.transferReported", { time: time(transfer.reportedAt) })}</p>
          ) : (
            <>
              {part.expiresAt ? <p className="mt-3 text-sm font-semibold" data-testid="transfer-deadline">{t("order.deadline", { time: time(part.expiresAt) })}</p> : null}
              <form action={reportTransferAction} className="mt-3">
                <input type="hidden" name="code" value={code} />
                <input type="hidden" name="subOrderId" value={part.id} />
                <input type="hidden" name="locale" value={locale} />
                <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800" aria-describedby={`report-help-${index}`}>
                  {t("order.reportTransfer")}
                </button>
                <p id={`report-help-${index}`} className="mt-1 text-sm text-slate-700">
                  {t("order.reportHelp")}
                </p>
              </form>
            </>
          )}
        </div>
      ) : null}
      <PartHistory events={part.events} locale={locale} headingId={`history-${index}`} />
    </section>
  );
}
