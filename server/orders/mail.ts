import "server-only";
import { localizedHref } from "@/i18n/localized-href";
import { createTranslator } from "next-intl";
import { readEnv } from "@/lib/env";
import { formatVnd } from "@/lib/money";
import { sendMail } from "@/server/infra/mail/send-mail";
import viOrders from "@/messages/vi/orders.json";
import enOrders from "@/messages/en/orders.json";

export type OrderMailKind = "placed" | "paid" | "shipped";

interface MailOrder {
  code: string;
  email: string;
  customerName: string;
  totalVnd: number;
  locale: string;
}

/**
 * Tells the buyer, in the language they ordered in. A mail failure never undoes an order that is
 * already committed: it is logged, and the order page shows the same facts.
 */
export async function notifyBuyer(kind: OrderMailKind, order: MailOrder, extra: { producerName?: string } = {}): Promise<void> {
  const locale = order.locale === "en" ? "en" : "vi";
  const t = createTranslator({ locale, messages: { orders: locale === "en" ? enOrders : viOrders }, namespace: "orders.mail" });
  const link = `${readEnv().PUBLIC_BASE_URL}${localizedHref(`/orders/${order.code}`, locale)}`;
  const values = { code: order.code, name: order.customerName, total: formatVnd(order.totalVnd, locale), producer: extra.producerName ?? "", link };
  try {
    await sendMail({ to: order.email, subject: t(`${kind}.subject`, values), text: t(`${kind}.body`, values) });
  } catch (error) {
    console.error(`order mail ${kind} for ${order.code} failed`, error);
  }
}
