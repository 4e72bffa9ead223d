import "server-only";
import { localizedHref } from "@/i18n/localized-href";
import { readEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { db } from "@/server/infra/db";
import { getStripe } from "./stripe-client";

/**
 * One Checkout Session per order. VND is zero-decimal, so amounts are whole đồng as stored. The
 * session carries the order id (client_reference_id and metadata) for the webhook to find it.
 */
export async function createCheckoutSession(orderId: string, expiresAt: Date): Promise<{ id: string; url: string }> {
  const stripe = getStripe();
  if (!stripe) throw new AppError("VALIDATION", "card payment is not available", { paymentMethod: "paymentUnavailable" });
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { id: true, code: true, email: true, locale: true, subOrders: { select: { shippingVnd: true, items: { select: { productName: true, unitPriceVnd: true, quantity: true } } } } },
  });
  const base = readEnv().PUBLIC_BASE_URL;
  const orderUrl = `${base}${localizedHref(`/orders/${order.code}`, order.locale)}`;
  const shippingVnd = order.subOrders.reduce((sum, s) => sum + s.shippingVnd, 0);
  const lineItems = order.subOrders.flatMap((s) =>
    s.items.map((item) => ({ quantity: item.quantity, price_data: { currency: "vnd", unit_amount: item.unitPriceVnd, product_data: { name: item.productName } } })),
  );
  if (shippingVnd > 0) {
    lineItems.push({ quantity: 1, price_data: { currency: "vnd", unit_amount: shippingVnd, product_data: { name: order.locale === "en" ? "Delivery" : "Phí giao hàng" } } });
  }
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      line_items: lineItems,
      client_reference_id: order.id,
      metadata: { orderId: order.id, orderCode: order.code },
      customer_email: order.email ?? undefined,
      locale: order.locale === "en" ? "en" : "vi",
      expires_at: Math.floor(expiresAt.getTime() / 1000),
      success_url: `${orderUrl}?paid=1`,
      cancel_url: orderUrl,
    },
    { idempotencyKey: `checkout-${order.id}` },
  );
  if (!session.url) throw new AppError("INTERNAL", "Stripe returned a session without a URL");
  await db.order.update({ where: { id: order.id }, data: { stripeSessionId: session.id } });
  return { id: session.id, url: session.url };
}
