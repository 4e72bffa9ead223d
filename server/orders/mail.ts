import "server-only";
import { createTranslator } from "next-intl";
import { localizedHref } from "@/i18n/localized-href";
import { readEnv } from "@/lib/env";
import { formatVnd } from "@/lib/format";
import { sendMail } from "@/server/infra/mail/send-mail";
import viOrders from "@/messages/vi/orders.json";
import enOrders from "@/messages/en/orders.json";

/** A step the buyer is told about, one mail each. */
export type BuyerMailKind = "placed" | "confirmed" | "packed" | "shipped" | "delivered" | "deliveryFailed" | "returned" | "cancelled" | "paid" | "expired";
export type ProducerMailKind = "newOrder" | "transferReported";

export interface MailOrder {
  code: string;
  email: string | null;
  totalVnd: number;
  locale: string;
}

function translator(locale: "vi" | "en") {
  return createTranslator({ locale, messages: { orders: locale === "en" ? enOrders : viOrders }, namespace: "orders" });
}

/**
 * Tells the buyer, in the language they ordered in, when they gave an email (it is optional).
 * Bounded on purpose: a mail carries only what we generated — the code, amounts, the producer's
 * registered name, the carrier and tracking number, a reason chosen from a list — never text typed by
 * whoever placed the order (name, address, note), so the checkout cannot be used to mail a stranger
 * one's own words. A mail failure never undoes an order that is already committed: it is logged, and
 * the order page shows the same facts.
 */
export async function notifyBuyer(
  kind: BuyerMailKind,
  order: MailOrder,
  extra: { producerName?: string; amountVnd?: number; carrier?: string | null; trackingNumber?: string | null; reason?: string | null } = {},
): Promise<void> {
  if (!order.email) return;
  const locale = order.locale === "en" ? "en" : "vi";
  const t = translator(locale);
  const link = `${readEnv().PUBLIC_BASE_URL}${localizedHref(`/orders/${order.code}`, locale)}`;
  const tracking = extra.trackingNumber ? t("mail.tracking", { carrier: extra.carrier || "—", number: extra.trackingNumber }) : "";
  const reason = extra.reason ? t(`cancelReason.${extra.reason}` as "cancelReason.OTHER") : "";
  const values = {
    code: order.code,
    total: formatVnd(extra.amountVnd ?? order.totalVnd, locale),
    producer: extra.producerName ?? "",
    link,
    tracking,
    reason,
  };
  try {
    await sendMail({ to: order.email, subject: t(`mail.${kind}.subject`, values), text: t(`mail.${kind}.body`, values) });
  } catch (error) {
    console.error(`order mail ${kind} for ${order.code} failed`, error);
  }
}

/** Tells a producer about its part of an order, in Vietnamese, when it has an email on file. */
export async function notifyProducer(kind: ProducerMailKind, to: string | null, values: { code: string; amountVnd: number; subOrderId: string }): Promise<void> {
  if (!to) return;
  const t = translator("vi");
  const link = `${readEnv().PUBLIC_BASE_URL}${localizedHref(`/studio/orders/${values.subOrderId}`, "vi")}`;
  const data = { code: values.code, total: formatVnd(values.amountVnd, "vi"), link };
  try {
    await sendMail({ to, subject: t(`producerMail.${kind}.subject`, data), text: t(`producerMail.${kind}.body`, data) });
  } catch (error) {
    console.error(`producer mail ${kind} for ${values.code} failed`, error);
  }
}
