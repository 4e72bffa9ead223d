import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { readEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { generateOrderCode, normalizeOrderCode } from "@/lib/order-code";
import { canMoveSubOrder } from "@/lib/order-status";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { db } from "@/server/infra/db";
import { isCardPaymentEnabled } from "@/server/payments/stripe-client";
import { createCheckoutSession } from "@/server/payments/stripe-checkout";
import { choosePayee } from "@/server/payments/vietqr";
import { mergeLines } from "./cart-cookie";
import { notifyBuyer } from "./mail";
import { priceOrder } from "./pricing";
import { ZCheckout, ZSubOrderStatusUpdate } from "./schemas";
import { withRetry } from "@/server/infra/retry";
import { cancelSubOrdersAndRelease, reserveStock } from "./stock";

type Tx = Prisma.TransactionClient;

const TX = { maxWait: 15_000, timeout: 20_000 } as const;
/** Stripe accepts a Checkout Session lifetime of 30 minutes to 24 hours. */
const STRIPE_MIN_MS = 31 * 60_000;
const STRIPE_MAX_MS = 23 * 3_600_000;
/** Our own expiry waits a little past the session's, so a payment completing at the last second still lands. */
const STRIPE_GRACE_MS = 5 * 60_000;

export interface PlacedOrder {
  id: string;
  code: string;
  paymentMethod: "COD" | "VIETQR" | "STRIPE";
  totalVnd: number;
  /** Where to send the buyer to pay by card. */
  checkoutUrl: string | null;
}

/**
 * Places an order: prices and availability come from the database only; stock is reserved and the
 * order with one sub-order per producer is written in one transaction, or nothing is.
 */
export async function placeOrder(input: unknown, { now = new Date() }: { now?: Date } = {}): Promise<PlacedOrder> {
  const data = ZCheckout.parse(input);
  const env = readEnv();
  const lines = mergeLines(data.items);
  if (data.paymentMethod === "STRIPE" && !isCardPaymentEnabled()) throw new AppError("VALIDATION", "card payment is not available", { paymentMethod: "paymentUnavailable" });

  const ttlMs = env.UNPAID_ORDER_TTL_MINUTES * 60_000;
  const sessionExpiresAt = new Date(now.getTime() + Math.min(STRIPE_MAX_MS, Math.max(STRIPE_MIN_MS, ttlMs)));
  const expiresAt =
    data.paymentMethod === "COD" ? null : data.paymentMethod === "STRIPE" ? new Date(sessionExpiresAt.getTime() + STRIPE_GRACE_MS) : new Date(now.getTime() + ttlMs);

  const order = await withRetry(() =>
    db.$transaction(async (tx) => {
      await reserveStock(tx, lines, data.locale);
      // Read after reserving: the rows are now locked by this transaction, so these prices are the ones charged.
      const products = await tx.product.findMany({
        where: { id: { in: lines.map((l) => l.productId) } },
        select: { id: true, nameVi: true, nameEn: true, unit: true, unitEn: true, priceVnd: true, producer: { select: { id: true, bankBin: true, bankAccount: true, bankAccountName: true } } },
      });
      const byId = new Map(products.map((p) => [p.id, p]));
      const priced = priceOrder(
        lines.map((line) => {
          const product = byId.get(line.productId)!;
          return { ...line, producerId: product.producer.id, unitPriceVnd: product.priceVnd };
        }),
        env.SHIPPING_FEE_VND,
      );
      if (priced.totalVnd !== data.expectedTotalVnd) {
        throw new AppError("CONFLICT", "the total changed since the buyer saw it", { reason: "PRICE_CHANGED", totalVnd: priced.totalVnd });
      }
      if (data.paymentMethod === "VIETQR") {
        const producers = [...new Map(products.map((p) => [p.producer.id, p.producer])).values()];
        if (!choosePayee(producers)) throw new AppError("VALIDATION", "no account to transfer to", { paymentMethod: "paymentUnavailable" });
      }
      const english = data.locale === "en";
      return tx.order.create({
        data: {
          code: generateOrderCode(),
          customerName: data.customerName,
          phone: data.phone,
          email: data.email,
          addressLine: data.addressLine,
          province: data.province,
          commune: data.commune,
          note: data.note,
          locale: data.locale,
          paymentMethod: data.paymentMethod,
          subtotalVnd: priced.subtotalVnd,
          shippingVnd: priced.shippingVnd,
          totalVnd: priced.totalVnd,
          expiresAt,
          subOrders: {
            create: priced.groups.map((group) => ({
              producerId: group.producerId,
              subtotalVnd: group.subtotalVnd,
              shippingVnd: group.shippingVnd,
              items: {
                create: group.lines.map((line) => {
                  const product = byId.get(line.productId)!;
                  return {
                    productId: line.productId,
                    productName: (english && product.nameEn) || product.nameVi,
                    unit: (english && product.unitEn) || product.unit,
                    unitPriceVnd: line.unitPriceVnd,
                    quantity: line.quantity,
                    lineTotalVnd: line.lineTotalVnd,
                  };
                }),
              },
            })),
          },
        },
        select: { id: true, code: true, paymentMethod: true, totalVnd: true, email: true, customerName: true, locale: true },
      });
    }, TX),
  );

  let checkoutUrl: string | null = null;
  if (order.paymentMethod === "STRIPE") {
    try {
      const session = await createCheckoutSession(order.id, sessionExpiresAt);
      checkoutUrl = session.url;
    } catch (error) {
      // No session means no way to pay: give the stock back rather than hold it until expiry.
      await releaseUnpaidOrder(order.id, "CANCELLED", new Date());
      throw error;
    }
  }
  await notifyBuyer("placed", order);
  return { id: order.id, code: order.code, paymentMethod: order.paymentMethod, totalVnd: order.totalVnd, checkoutUrl };
}

/**
 * Ends an unpaid order (expired, failed or abandoned payment): payment status set, every part
 * cancelled, stock released. Guarded on PENDING so that repeated or late calls change nothing.
 */
export async function releaseUnpaidOrder(orderId: string, status: "EXPIRED" | "CANCELLED", now: Date): Promise<boolean> {
  return withRetry(() => db.$transaction((tx) => releaseUnpaidOrderIn(tx, orderId, status, now), TX));
}

export async function releaseUnpaidOrderIn(
  tx: Tx,
  orderId: string,
  status: "EXPIRED" | "CANCELLED",
  now: Date,
): Promise<boolean> {
  const { count } = await tx.order.updateMany({ where: { id: orderId, paymentStatus: "PENDING" }, data: { paymentStatus: status, expiresAt: null } });
  if (count === 0) return false;
  const open = await tx.subOrder.findMany({ where: { orderId, status: { not: "CANCELLED" } }, select: { id: true } });
  await cancelSubOrdersAndRelease(tx, open.map((s) => s.id), now);
  return true;
}

/**
 * Expires every unpaid transfer/card order whose time is up and releases its stock. Rows are
 * claimed with SKIP LOCKED, so several instances (or a checkout running it opportunistically) never
 * process the same order twice and never wait on each other.
 */
export async function expireUnpaidOrders(now: Date = new Date()): Promise<number> {
  return db.$transaction((tx) => expireUnpaidOrdersIn(tx, now), TX);
}

async function expireUnpaidOrdersIn(tx: Tx, now: Date): Promise<number> {
  const due = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM orders
    WHERE "paymentStatus" = 'PENDING' AND "paymentMethod" IN ('VIETQR', 'STRIPE') AND "expiresAt" < ${now}
    ORDER BY "expiresAt" LIMIT 200
    FOR UPDATE SKIP LOCKED`;
  let expired = 0;
  for (const { id } of due) if (await releaseUnpaidOrderIn(tx, id, "EXPIRED", now)) expired++;
  return expired;
}

/** The buyer cancels (proof of contact is checked by the caller): possible while no part has shipped. */
export async function cancelOrderByBuyer(code: string, now: Date = new Date()): Promise<void> {
  const canonical = normalizeOrderCode(code);
  if (!canonical) throw new AppError("NOT_FOUND");
  await withRetry(() =>
    db.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM orders WHERE code = ${canonical} FOR UPDATE`;
      if (!locked) throw new AppError("NOT_FOUND");
      const parts = await tx.subOrder.findMany({ where: { orderId: locked.id }, select: { id: true, status: true } });
      if (parts.some((p) => p.status === "SHIPPED" || p.status === "DELIVERED")) throw new AppError("CONFLICT", "already shipped", { reason: "SHIPPED" });
      await cancelSubOrdersAndRelease(tx, parts.filter((p) => p.status !== "CANCELLED").map((p) => p.id), now);
      // A paid card order stays PAID: the refund is made by an officer in Stripe's dashboard.
      await tx.order.updateMany({ where: { id: locked.id, paymentStatus: "PENDING" }, data: { paymentStatus: "CANCELLED", expiresAt: null } });
    }, TX),
  );
}

/** A producer moves its own part of an order along; cancelling puts the stock back. */
export async function updateSubOrderStatus(viewer: Viewer | null, input: unknown, now: Date = new Date()): Promise<void> {
  const data = ZSubOrderStatusUpdate.parse(input);
  authorize(viewer, "order.fulfilOwn");
  const shipped = await withRetry(() =>
    db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ id: string; orderId: string; producerId: string; status: string }[]>`
        SELECT id, "orderId", "producerId", status::text FROM sub_orders WHERE id = ${data.subOrderId} FOR UPDATE`;
      if (!row) throw new AppError("NOT_FOUND");
      authorize(viewer, "order.fulfilOwn", { producerId: row.producerId });
      const from = row.status as Parameters<typeof canMoveSubOrder>[0];
      if (!canMoveSubOrder(from, data.status)) throw new AppError("CONFLICT", `cannot move from ${from} to ${data.status}`);
      if (data.status === "CANCELLED") {
        await cancelSubOrdersAndRelease(tx, [row.id], now);
        const remaining = await tx.subOrder.count({ where: { orderId: row.orderId, status: { not: "CANCELLED" } } });
        if (remaining === 0) await tx.order.updateMany({ where: { id: row.orderId, paymentStatus: "PENDING" }, data: { paymentStatus: "CANCELLED", expiresAt: null } });
        return null;
      }
      const updated = await tx.subOrder.update({
        where: { id: row.id },
        data: {
          status: data.status,
          ...(data.status === "SHIPPED" ? { shippedAt: now } : {}),
          ...(data.status === "DELIVERED" ? { deliveredAt: now } : {}),
        },
        select: { producer: { select: { name: true } }, order: { select: { code: true, email: true, customerName: true, totalVnd: true, locale: true } } },
      });
      return data.status === "SHIPPED" ? updated : null;
    }, TX),
  );
  if (shipped) await notifyBuyer("shipped", shipped.order, { producerName: shipped.producer.name });
}

/**
 * The payee records a bank transfer (or cash) as received. An officer may do it for any order; a
 * producer only for an order whose money goes to its own account. Card orders are paid by Stripe's
 * webhook only.
 */
export async function markOrderPaid(viewer: Viewer | null, orderId: string, now: Date = new Date()): Promise<void> {
  authorize(viewer, "payment.markPaid");
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true, code: true, email: true, customerName: true, totalVnd: true, locale: true, paymentMethod: true, paymentStatus: true,
      subOrders: { select: { producer: { select: { id: true, bankBin: true, bankAccount: true, bankAccountName: true } } } },
    },
  });
  if (!order) throw new AppError("NOT_FOUND");
  if (viewer.role === "PRODUCER") {
    const payee = choosePayee(order.subOrders.map((s) => s.producer));
    authorize(viewer, "payment.markPaid", { producerId: payee?.producerId ?? null });
  }
  if (order.paymentMethod === "STRIPE") throw new AppError("CONFLICT", "card payments are confirmed by Stripe only");
  const paid = await db.$transaction(async (tx) => {
    const { count } = await tx.order.updateMany({ where: { id: order.id, paymentStatus: "PENDING" }, data: { paymentStatus: "PAID", paidAt: now, expiresAt: null } });
    if (count === 0) return false;
    await tx.payment.create({
      data: { orderId: order.id, method: order.paymentMethod, status: "PAID", amountVnd: order.totalVnd, paidAt: now, markedById: viewer.userId },
    });
    if (viewer.role === "ADMIN") {
      await recordAudit(tx, viewer, { action: "order.markPaid", entityType: "Order", entityId: order.id, before: { paymentStatus: "PENDING" }, after: { paymentStatus: "PAID" } });
    }
    return true;
  }, TX);
  if (!paid) throw new AppError("CONFLICT", "the order is not awaiting payment");
  await notifyBuyer("paid", order);
}
