import "server-only";
import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { now as clockNow } from "@/lib/clock";
import { readEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { db } from "@/server/infra/db";
import { getStripe } from "@/server/payments/stripe-client";
import { notifyBuyer } from "./mail";
import { markCardOrderPaidIn, releaseUnpaidOrderIn } from "./mutations";
import { invalidateStock, type StockChange } from "./stock";

type Tx = Prisma.TransactionClient;
type Outcome = "processed" | "duplicate" | "ignored";
interface Effect {
  paidOrderId?: string;
  stockChanges?: StockChange[];
}

/** Verifies the signature over the exact bytes received; anything else is refused before parsing. */
export function verifyStripeEvent(rawBody: string, signature: string | null): Stripe.Event {
  const stripe = getStripe();
  const secret = readEnv().STRIPE_WEBHOOK_SECRET;
  if (!stripe || !secret) throw new AppError("NOT_FOUND", "card payment is not configured");
  if (!signature) throw new AppError("VALIDATION", "missing Stripe-Signature header");
  try {
    return stripe.webhooks.constructEvent(rawBody, signature, secret);
  } catch {
    throw new AppError("VALIDATION", "invalid Stripe signature");
  }
}

function orderIdOf(session: Stripe.Checkout.Session): string | null {
  return session.metadata?.orderId ?? session.client_reference_id ?? null;
}

async function payFromSession(tx: Tx, session: Stripe.Checkout.Session, now: Date): Promise<Effect> {
  const orderId = orderIdOf(session);
  if (!orderId) return {};
  const order = await tx.order.findUnique({ where: { id: orderId }, select: { id: true, totalVnd: true } });
  // A session for another amount is not this order's payment: never mark it paid.
  if (!order || session.amount_total !== order.totalVnd) return {};
  const { count } = await tx.order.updateMany({ where: { id: order.id, paymentStatus: "PENDING" }, data: { paymentStatus: "PAID", paidAt: now, expiresAt: null } });
  if (count === 0) {
    // Money taken for an order no longer awaiting it (already paid, or expired and its stock released): an officer must look.
    const current = await tx.order.findUnique({ where: { id: order.id }, select: { paymentStatus: true } });
    if (current?.paymentStatus !== "PAID") console.error(`Stripe payment for order ${order.id} in state ${current?.paymentStatus}: refund or re-reserve by hand`);
    return {};
  }
  const providerRef = typeof session.payment_intent === "string" ? session.payment_intent : session.id;
  await tx.payment.create({ data: { orderId: order.id, method: "STRIPE", status: "PAID", amountVnd: order.totalVnd, providerRef, paidAt: now } });
  await markCardOrderPaidIn(tx, order.id, now);
  return { paidOrderId: order.id };
}

/** One handler per event type. Each change is guarded on the order still awaiting payment, so order of arrival does not matter. */
const HANDLERS: Partial<Record<Stripe.Event["type"], (tx: Tx, event: Stripe.Event, now: Date) => Promise<Effect>>> = {
  "checkout.session.completed": async (tx, event, now) => {
    const session = event.data.object as Stripe.Checkout.Session;
    // Delayed methods complete the session unpaid; async_payment_succeeded pays them later.
    return session.payment_status === "paid" ? payFromSession(tx, session, now) : {};
  },
  "checkout.session.async_payment_succeeded": (tx, event, now) => payFromSession(tx, event.data.object as Stripe.Checkout.Session, now),
  "checkout.session.async_payment_failed": async (tx, event, now) => {
    const orderId = orderIdOf(event.data.object as Stripe.Checkout.Session);
    return { stockChanges: orderId ? ((await releaseUnpaidOrderIn(tx, orderId, "CANCELLED", now)) ?? []) : [] };
  },
  "checkout.session.expired": async (tx, event, now) => {
    const orderId = orderIdOf(event.data.object as Stripe.Checkout.Session);
    return { stockChanges: orderId ? ((await releaseUnpaidOrderIn(tx, orderId, "EXPIRED", now)) ?? []) : [] };
  },
};

/**
 * Applies a verified event exactly once: its id is stored in the same transaction as its effect, so
 * a redelivery (even concurrent, on another instance) finds the id and changes nothing.
 */
export async function handleStripeEvent(event: Stripe.Event, now: Date = clockNow()): Promise<Outcome> {
  const handler = HANDLERS[event.type];
  const result = await db.$transaction(
    async (tx): Promise<{ outcome: Outcome; effect: Effect }> => {
      const { count } = await tx.webhookEvent.createMany({ data: [{ id: event.id, provider: "stripe", type: event.type }], skipDuplicates: true });
      if (count === 0) return { outcome: "duplicate", effect: {} };
      if (!handler) return { outcome: "ignored", effect: {} };
      return { outcome: "processed", effect: await handler(tx, event, now) };
    },
    { maxWait: 15_000, timeout: 20_000 },
  );
  await invalidateStock(result.effect.stockChanges ?? []);
  if (result.effect.paidOrderId) {
    const order = await db.order.findUnique({ where: { id: result.effect.paidOrderId }, select: { code: true, email: true, totalVnd: true, locale: true } });
    if (order) await notifyBuyer("paid", order);
  }
  return result.outcome;
}
