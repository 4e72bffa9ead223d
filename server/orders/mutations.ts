import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { nowMs } from "@/lib/clock";
import { provinceByCode } from "@/lib/delivery-estimate";
import { readEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { generateOrderCode, normalizeOrderCode } from "@/lib/order-code";
import { ACTION_TARGET, canDo, isClosed, orderPaymentStatus, transferReceiptSkip, type CancelReason, type FulfilmentAction, type PaymentStatus, type SubOrderStatus } from "@/lib/order-status";
import { parsePhone } from "@/lib/phone";
import { shippingRuleOf } from "@/lib/shipping";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { assertInScope, authorizeList } from "@/server/auth/scope";
import { db } from "@/server/infra/db";
import { isCardPaymentEnabled } from "@/server/payments/stripe-client";
import { createCheckoutSession } from "@/server/payments/stripe-checkout";
import { districtPayee, producerPayee, transferNoteFor } from "@/server/payments/vietqr";
import { communeOfProvince } from "@/server/regions/address";
import { mergeLines } from "./cart-cookie";
import { notifyBuyer, notifyProducer, type BuyerMailKind } from "./mail";
import { priceOrder } from "./pricing";
import { MAX_LINE_QUANTITY, ZCheckout, ZFulfilment } from "./schemas";
import { withRetry } from "@/server/infra/retry";
import { invalidateStock, reserveStock, restock, type StockChange } from "./stock";

type Tx = Prisma.TransactionClient;
type Actor = "BUYER" | "PRODUCER" | "OFFICER" | "SYSTEM";

const TX = { maxWait: 15_000, timeout: 20_000 } as const;
/** Placing waits longer for a connection: at a rush every checkout queues for the same product rows. */
const PLACE_TX = { maxWait: 30_000, timeout: 30_000 } as const;
/** Stripe accepts a Checkout Session lifetime of 30 minutes to 24 hours. */
const STRIPE_MIN_MS = 31 * 60_000;
const STRIPE_MAX_MS = 23 * 3_600_000;
/** Our own expiry waits a little past the session's, so a payment completing at the last second still lands. */
const STRIPE_GRACE_MS = 5 * 60_000;

const clockNow = () => new Date(nowMs());

export interface PlacedOrder {
  id: string;
  code: string;
  paymentMethod: "COD" | "VIETQR" | "STRIPE";
  totalVnd: number;
  /** Where to send the buyer to pay by card. */
  checkoutUrl: string | null;
}

async function recordEvent(tx: Tx, subOrderId: string, kind: string, actor: Actor, options: { userId?: string | null; detail?: Record<string, unknown>; at?: Date } = {}) {
  await tx.subOrderEvent.create({
    data: {
      subOrderId,
      kind,
      actor,
      userId: options.userId ?? null,
      detail: options.detail ? (JSON.parse(JSON.stringify(options.detail)) as Prisma.InputJsonValue) : undefined,
      ...(options.at ? { createdAt: options.at } : {}),
    },
  });
}

/** Keeps the order's payment state equal to what its parts say (lib/order-status.ts). */
async function refreshOrderPayment(tx: Tx, orderId: string, now: Date): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { paymentMethod: true, paymentStatus: true, subOrders: { select: { status: true, paymentStatus: true, cancelReason: true } } },
  });
  const next = orderPaymentStatus(order.paymentMethod, order.paymentStatus, order.subOrders);
  if (next !== order.paymentStatus) {
    await tx.order.update({ where: { id: orderId }, data: { paymentStatus: next, ...(next === "PAID" ? { paidAt: now } : {}), ...(next !== "PENDING" ? { expiresAt: null } : {}) } });
  }
}

/** The buyer's phone and email as comparable keys; one advisory lock per buyer serialises their checkouts. */
async function lockBuyer(tx: Tx, phoneDigits: string, email: string | null): Promise<void> {
  for (const key of [`order-buyer:${phoneDigits}`, ...(email ? [`order-buyer:${email}`] : [])].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
  }
}

/**
 * What a buyer already holds: orders with a part still awaiting the producer's confirmation or a
 * payment (such parts carry an expiry), and the units of each product in them.
 */
async function openHoldings(tx: Tx, phoneDigits: string, email: string | null) {
  const contact: Prisma.OrderWhereInput = email ? { OR: [{ phoneDigits }, { email }] } : { phoneDigits };
  const open = await tx.subOrder.findMany({
    where: { expiresAt: { not: null }, status: { in: ["PLACED", "CONFIRMED", "PACKED"] }, order: contact },
    select: { orderId: true, items: { select: { productId: true, quantity: true } } },
  });
  const units = new Map<string, number>();
  for (const part of open) for (const item of part.items) units.set(item.productId, (units.get(item.productId) ?? 0) + item.quantity);
  return { orders: new Set(open.map((p) => p.orderId)).size, units };
}

/**
 * Places an order: prices and availability come from the database only; stock is reserved and the
 * order with one part per producer is written in one transaction, or nothing is. Each part fixes its
 * payee now (a later bank change never redirects money owed) and, unless paid by card, carries its own
 * expiry: a transfer not made within UNPAID_ORDER_TTL_MINUTES, or a cash order its producer has not
 * confirmed within COD_CONFIRM_HOURS, gives its stock back.
 */
export async function placeOrder(input: unknown, { now = clockNow() }: { now?: Date } = {}): Promise<PlacedOrder> {
  const data = ZCheckout.parse(input);
  const env = readEnv();
  const phone = parsePhone(data.phone);
  if (!phone) throw new AppError("VALIDATION", "phone", { phone: "phone" });
  const province = provinceByCode(data.provinceCode)!;
  const commune = await communeOfProvince(data.provinceCode, data.communeId);
  if (commune === "REQUIRED") throw new AppError("VALIDATION", "commune", { communeId: "required" });
  if (!commune && !data.commune) throw new AppError("VALIDATION", "commune", { commune: "required" });
  const lines = mergeLines(data.items);
  if (data.paymentMethod === "STRIPE" && !isCardPaymentEnabled()) throw new AppError("VALIDATION", "card payment is not available", { paymentMethod: "paymentUnavailable" });

  const ttlMs = env.UNPAID_ORDER_TTL_MINUTES * 60_000;
  const sessionExpiresAt = new Date(now.getTime() + Math.min(STRIPE_MAX_MS, Math.max(STRIPE_MIN_MS, ttlMs)));
  const orderExpiresAt = data.paymentMethod === "STRIPE" ? new Date(sessionExpiresAt.getTime() + STRIPE_GRACE_MS) : null;
  const partExpiresAt =
    data.paymentMethod === "VIETQR" ? new Date(now.getTime() + ttlMs) : data.paymentMethod === "COD" ? new Date(now.getTime() + env.COD_CONFIRM_HOURS * 3_600_000) : null;

  const placed = await withRetry(() =>
    db.$transaction(async (tx) => {
      await lockBuyer(tx, phone.digits, data.email);
      const held = await openHoldings(tx, phone.digits, data.email);
      if (held.orders >= env.ORDER_MAX_OPEN_PER_CONTACT) throw new AppError("RATE_LIMITED", "too many open orders for this buyer", { reason: "OPEN_ORDERS", limit: env.ORDER_MAX_OPEN_PER_CONTACT });
      for (const line of lines) {
        if ((held.units.get(line.productId) ?? 0) + line.quantity > MAX_LINE_QUANTITY) {
          throw new AppError("RATE_LIMITED", "too many units of one product for this buyer", { reason: "UNITS_PER_BUYER", productId: line.productId, limit: MAX_LINE_QUANTITY });
        }
      }
      await reserveStock(tx, lines, data.locale);
      // Read after reserving: the rows are now locked by this transaction, so these prices are the ones charged.
      const products = await tx.product.findMany({
        where: { id: { in: lines.map((l) => l.productId) } },
        select: {
          id: true, slug: true, nameVi: true, nameEn: true, unit: true, unitEn: true, priceVnd: true, weightGrams: true, ageRestricted: true,
          producer: { select: { id: true, name: true, email: true, bankBin: true, bankAccount: true, bankAccountName: true, shippingFlatVnd: true, shippingPerKgVnd: true, shippingFreeAboveVnd: true } },
        },
      });
      const byId = new Map(products.map((p) => [p.id, p]));
      if (products.some((p) => p.ageRestricted) && !data.adultConfirmed) throw new AppError("VALIDATION", "adults only", { adultConfirmed: "adultRequired" });
      const producers = new Map(products.map((p) => [p.producer.id, p.producer]));
      const priced = priceOrder(
        lines.map((line) => {
          const product = byId.get(line.productId)!;
          return { ...line, producerId: product.producer.id, unitPriceVnd: product.priceVnd, weightGrams: product.weightGrams ?? 0 };
        }),
        (producerId) => shippingRuleOf(producers.get(producerId)!, env.SHIPPING_FEE_VND),
      );
      if (priced.totalVnd !== data.expectedTotalVnd) {
        throw new AppError("CONFLICT", "the total changed since the buyer saw it", { reason: "PRICE_CHANGED", totalVnd: priced.totalVnd });
      }
      const payees = new Map(priced.groups.map((g) => [g.producerId, producerPayee(producers.get(g.producerId)!) ?? districtPayee()]));
      if (data.paymentMethod === "VIETQR" && [...payees.values()].some((p) => !p)) {
        throw new AppError("VALIDATION", "no account to transfer to", { paymentMethod: "paymentUnavailable" });
      }
      const english = data.locale === "en";
      const code = generateOrderCode();
      // One nested write (order, parts, items, first history entries): the product rows stay locked as briefly as possible.
      const order = await tx.order.create({
        data: {
          code,
          customerName: data.customerName,
          phone: phone.display,
          phoneDigits: phone.digits,
          email: data.email,
          addressLine: data.addressLine,
          province: province.fullName,
          provinceCode: province.code,
          commune: commune ? commune.name : data.commune,
          regionId: commune?.id ?? null,
          note: data.note,
          locale: data.locale,
          adultConfirmed: data.adultConfirmed,
          paymentMethod: data.paymentMethod,
          subtotalVnd: priced.subtotalVnd,
          shippingVnd: priced.shippingVnd,
          totalVnd: priced.totalVnd,
          expiresAt: orderExpiresAt,
          // On the app's clock, like the stock movements a product's history lists beside them.
          createdAt: now,
          subOrders: {
            create: priced.groups.map((group, index) => {
              const payee = data.paymentMethod === "VIETQR" ? payees.get(group.producerId)! : null;
              return {
                producerId: group.producerId,
                subtotalVnd: group.subtotalVnd,
                shippingVnd: group.shippingVnd,
                expiresAt: partExpiresAt,
                createdAt: now,
                payeeBankBin: payee?.bankBin ?? null,
                payeeAccount: payee?.accountNumber ?? null,
                payeeAccountName: payee?.accountName ?? null,
                payeeIsDistrict: payee ? payee.producerId === null : false,
                transferNote: payee ? transferNoteFor(code, index, priced.groups.length) : null,
                events: { create: { kind: "PLACED", actor: "BUYER" as const, createdAt: now } },
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
              };
            }),
          },
        },
        select: { id: true, code: true, paymentMethod: true, totalVnd: true, email: true, locale: true, subOrders: { select: { id: true, producerId: true, subtotalVnd: true, shippingVnd: true } } },
      });
      const parts = order.subOrders.map((p) => ({ id: p.id, producerId: p.producerId, amountVnd: p.subtotalVnd + p.shippingVnd }));
      return { order, parts, producerEmails: new Map([...producers.values()].map((p) => [p.id, p.email])) };
    }, PLACE_TX),
  );

  await invalidateStock(lines.map((l) => ({ productId: l.productId, delta: -l.quantity })));
  const { order } = placed;
  let checkoutUrl: string | null = null;
  if (order.paymentMethod === "STRIPE") {
    try {
      const session = await createCheckoutSession(order.id, sessionExpiresAt);
      checkoutUrl = session.url;
    } catch (error) {
      // No session means no way to pay: give the stock back rather than hold it until expiry.
      await releaseUnpaidOrder(order.id, "CANCELLED", clockNow());
      throw error;
    }
  }
  await notifyBuyer("placed", order);
  for (const part of placed.parts) {
    await notifyProducer("newOrder", placed.producerEmails.get(part.producerId) ?? null, { code: order.code, amountVnd: part.amountVnd, subOrderId: part.id });
  }
  return { id: order.id, code: order.code, paymentMethod: order.paymentMethod, totalVnd: order.totalVnd, checkoutUrl };
}

/** Closes parts that are still open (cancel, expiry), puts their stock back and records why. */
async function cancelParts(
  tx: Tx,
  partIds: readonly string[],
  reason: CancelReason,
  actor: Actor,
  now: Date,
  options: { userId?: string | null; note?: string; paymentStatus?: "CANCELLED" | "EXPIRED" } = {},
): Promise<StockChange[]> {
  if (partIds.length === 0) return [];
  const { count } = await tx.subOrder.updateMany({
    where: { id: { in: [...partIds] }, status: { in: ["PLACED", "CONFIRMED", "PACKED"] } },
    data: { status: "CANCELLED", cancelledAt: now, cancelReason: reason, cancelNote: options.note || null, expiresAt: null },
  });
  if (count !== partIds.length) throw new AppError("CONFLICT", "a part of the order has already shipped or been cancelled");
  // A part already paid stays PAID (an officer refunds it); an unpaid one is no longer owed.
  await tx.subOrder.updateMany({ where: { id: { in: [...partIds] }, paymentStatus: "PENDING" }, data: { paymentStatus: options.paymentStatus ?? "CANCELLED" } });
  // The note is the producer's word to the buyer ("Ghi chú cho người mua"): the history shows it to both.
  const detail = options.note ? { reason, note: options.note } : { reason };
  for (const id of partIds) await recordEvent(tx, id, "CANCELLED", actor, { userId: options.userId, detail, at: now });
  return restock(tx, partIds);
}

/**
 * Ends an unpaid card order (expired, failed or abandoned payment): payment status set, every part
 * cancelled, stock released. Guarded on PENDING so that repeated or late calls change nothing.
 */
async function releaseUnpaidOrder(orderId: string, status: "EXPIRED" | "CANCELLED", now: Date): Promise<boolean> {
  const changes = await withRetry(() => db.$transaction((tx) => releaseUnpaidOrderIn(tx, orderId, status, now), TX));
  await invalidateStock(changes ?? []);
  return changes !== null;
}

export async function releaseUnpaidOrderIn(tx: Tx, orderId: string, status: "EXPIRED" | "CANCELLED", now: Date): Promise<StockChange[] | null> {
  const { count } = await tx.order.updateMany({ where: { id: orderId, paymentStatus: "PENDING" }, data: { paymentStatus: status, expiresAt: null } });
  if (count === 0) return null;
  const open = await tx.subOrder.findMany({ where: { orderId, status: { in: ["PLACED", "CONFIRMED", "PACKED"] } }, select: { id: true } });
  return cancelParts(tx, open.map((s) => s.id), status === "EXPIRED" ? "UNPAID_EXPIRED" : "OTHER", "SYSTEM", now, { paymentStatus: status });
}

/**
 * Expires what is due: unpaid card orders (as a whole), and parts whose expiry passed — a transfer not
 * made in time, a cash order its producer never confirmed. Rows are claimed with SKIP LOCKED, so several
 * instances (or a checkout running it opportunistically) never process the same one twice. The
 * scheduled job "expire-unpaid-orders" (server/infra/jobs/registry.ts) runs it every minute.
 */
export async function expireUnpaidOrders(now: Date = clockNow()): Promise<number> {
  const result = await db.$transaction((tx) => expireDue(tx, now), TX);
  await afterExpiry(result);
  return result.count;
}

/** What follows a committed expiry: cached pages of the products expire, buyers are told. */
async function afterExpiry(result: { changes: StockChange[]; expiredParts: string[] }): Promise<void> {
  await invalidateStock(result.changes);
  await mailExpired(result.expiredParts);
}

async function expireDue(tx: Tx, now: Date) {
  const changes: StockChange[] = [];
  let count = 0;
  const dueOrders = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM orders
    WHERE "paymentStatus" = 'PENDING' AND "paymentMethod" = 'STRIPE' AND "expiresAt" < ${now}
    ORDER BY "expiresAt" LIMIT 200
    FOR UPDATE SKIP LOCKED`;
  for (const { id } of dueOrders) {
    const released = await releaseUnpaidOrderIn(tx, id, "EXPIRED", now);
    if (released) {
      changes.push(...released);
      count++;
    }
  }
  const dueParts = await tx.$queryRaw<{ id: string; orderId: string }[]>`
    SELECT s.id, s."orderId" FROM sub_orders s
    WHERE s.status IN ('PLACED', 'CONFIRMED', 'PACKED') AND s."paymentStatus" = 'PENDING' AND s."expiresAt" < ${now}
    ORDER BY s."expiresAt" LIMIT 500
    FOR UPDATE SKIP LOCKED`;
  const expiredParts: string[] = [];
  for (const part of dueParts) {
    const method = await tx.order.findUniqueOrThrow({ where: { id: part.orderId }, select: { paymentMethod: true } });
    const reason: CancelReason = method.paymentMethod === "COD" ? "UNCONFIRMED_EXPIRED" : "UNPAID_EXPIRED";
    changes.push(...(await cancelParts(tx, [part.id], reason, "SYSTEM", now, { paymentStatus: "EXPIRED" })));
    await refreshOrderPayment(tx, part.orderId, now);
    expiredParts.push(part.id);
    count++;
  }
  return { count, changes, expiredParts };
}

async function mailExpired(partIds: readonly string[]): Promise<void> {
  for (const id of partIds) {
    const part = await db.subOrder.findUnique({ where: { id }, select: { subtotalVnd: true, shippingVnd: true, cancelReason: true, producer: { select: { name: true } }, order: { select: { code: true, email: true, totalVnd: true, locale: true } } } });
    if (part) await notifyBuyer("expired", part.order, { producerName: part.producer.name, amountVnd: part.subtotalVnd + part.shippingVnd, reason: part.cancelReason });
  }
}

/** The buyer cancels (proof of contact is checked by the caller): possible while no part has shipped. */
export async function cancelOrderByBuyer(code: string, now: Date = clockNow()): Promise<void> {
  const canonical = normalizeOrderCode(code);
  if (!canonical) throw new AppError("NOT_FOUND");
  const result = await withRetry(() =>
    db.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM orders WHERE code = ${canonical} FOR UPDATE`;
      if (!locked) throw new AppError("NOT_FOUND");
      const parts = await tx.subOrder.findMany({ where: { orderId: locked.id }, select: { id: true, status: true } });
      if (parts.some((p) => !["PLACED", "CONFIRMED", "PACKED", "CANCELLED"].includes(p.status))) throw new AppError("CONFLICT", "already shipped", { reason: "SHIPPED" });
      const open = parts.filter((p) => p.status !== "CANCELLED").map((p) => p.id);
      const changes = await cancelParts(tx, open, "BUYER_REQUEST", "BUYER", now);
      // A paid card order stays PAID: the refund is made by an officer in Stripe's dashboard.
      await tx.order.updateMany({ where: { id: locked.id, paymentStatus: "PENDING" }, data: { paymentStatus: "CANCELLED", expiresAt: null } });
      const order = await tx.order.findUniqueOrThrow({ where: { id: locked.id }, select: { code: true, email: true, totalVnd: true, locale: true } });
      return { changes, order };
    }, TX),
  );
  await invalidateStock(result.changes);
  await notifyBuyer("cancelled", result.order, { reason: "BUYER_REQUEST" });
}

/**
 * "I have transferred": the buyer of a transfer part says the money is on its way. Its expiry pauses
 * (the stock stays held until the producer checks its account and records the payment, or cancels
 * with "payment not received"), and the producer is told. Saying it twice changes nothing.
 */
export async function reportTransfer(code: string, subOrderId: string, now: Date = clockNow()): Promise<void> {
  const canonical = normalizeOrderCode(code);
  if (!canonical) throw new AppError("NOT_FOUND");
  const reported = await db.$transaction(async (tx) => {
    const part = await tx.subOrder.findFirst({
      where: { id: subOrderId, order: { code: canonical, paymentMethod: "VIETQR" } },
      select: { id: true, status: true, paymentStatus: true, transferReportedAt: true, subtotalVnd: true, shippingVnd: true, producer: { select: { email: true } }, order: { select: { code: true } } },
    });
    if (!part) throw new AppError("NOT_FOUND");
    if (part.paymentStatus !== "PENDING" || isClosed(part.status as SubOrderStatus)) throw new AppError("CONFLICT", "this part is not awaiting a transfer");
    const { count } = await tx.subOrder.updateMany({ where: { id: part.id, transferReportedAt: null, paymentStatus: "PENDING" }, data: { transferReportedAt: now, expiresAt: null } });
    if (count === 0) return null;
    await recordEvent(tx, part.id, "TRANSFER_REPORTED", "BUYER", { at: now });
    return part;
  }, TX);
  if (reported) await notifyProducer("transferReported", reported.producer.email, { code: reported.order.code, amountVnd: reported.subtotalVnd + reported.shippingVnd, subOrderId: reported.id });
}

const MAIL_OF: Partial<Record<FulfilmentAction, BuyerMailKind>> = {
  CONFIRM: "confirmed",
  PACK: "packed",
  SHIP: "shipped",
  DELIVER: "delivered",
  FAIL_DELIVERY: "deliveryFailed",
  RETURN: "returned",
  CANCEL: "cancelled",
};

/**
 * A producer moves its own part along. Only what lib/order-status.ts allows for the part's current
 * state is accepted (the screen offers the same list); cancelling and returns put the stock back; each
 * step is recorded in the part's history and mailed to the buyer.
 */
export async function fulfilSubOrder(viewer: Viewer | null, input: unknown, now: Date = clockNow()): Promise<void> {
  const data = ZFulfilment.parse(input);
  authorize(viewer, "order.fulfilOwn");
  if (data.action === "CANCEL" && (!data.cancelReason || data.cancelReason === "UNCONFIRMED_EXPIRED" || data.cancelReason === "UNPAID_EXPIRED")) {
    throw new AppError("VALIDATION", "a reason is required", { cancelReason: "required" });
  }
  const result = await withRetry(() =>
    db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ id: string; orderId: string; producerId: string; status: SubOrderStatus; paymentStatus: "PENDING" | "PAID" | "EXPIRED" | "CANCELLED" | "REFUNDED" }[]>`
        SELECT id, "orderId", "producerId", status::text AS status, "paymentStatus"::text AS "paymentStatus" FROM sub_orders WHERE id = ${data.subOrderId} FOR UPDATE`;
      if (!row) throw new AppError("NOT_FOUND");
      authorize(viewer, "order.fulfilOwn", { producerId: row.producerId });
      const order = await tx.order.findUniqueOrThrow({ where: { id: row.orderId }, select: { paymentMethod: true, code: true, email: true, totalVnd: true, locale: true } });
      const state = { status: row.status, paymentMethod: order.paymentMethod, paymentStatus: row.paymentStatus };
      if (!canDo(data.action, state)) throw new AppError("CONFLICT", `cannot ${data.action} a part in ${row.status}`, { reason: "ILLEGAL_TRANSITION" });
      let changes: StockChange[] = [];
      if (data.action === "CANCEL") {
        changes = await cancelParts(tx, [row.id], data.cancelReason!, "PRODUCER", now, { userId: viewer.userId, note: data.note });
      } else {
        const target = ACTION_TARGET[data.action];
        await tx.subOrder.update({
          where: { id: row.id },
          data: {
            status: target,
            // Any step taken on a new part confirms it; a confirmed cash order no longer expires (a transfer still must arrive).
            ...(row.status === "PLACED" ? { confirmedAt: now, ...(order.paymentMethod === "COD" ? { expiresAt: null } : {}) } : {}),
            ...(data.action === "SHIP" ? { shippedAt: now, carrier: data.carrier || null, trackingNumber: data.trackingNumber || null, expiresAt: null } : {}),
            ...(data.action === "DELIVER" ? { deliveredAt: now } : {}),
            ...(data.action === "FAIL_DELIVERY" ? { failedAt: now } : {}),
            ...(data.action === "RETURN" ? { returnedAt: now, ...(row.paymentStatus === "PENDING" ? { paymentStatus: "CANCELLED" as const } : {}) } : {}),
          },
        });
        const detail = data.action === "SHIP" ? { carrier: data.carrier || null, trackingNumber: data.trackingNumber || null } : data.note ? { note: data.note } : undefined;
        await recordEvent(tx, row.id, target, "PRODUCER", { userId: viewer.userId, detail, at: now });
        if (data.action === "RETURN") changes = await restock(tx, [row.id]);
      }
      await refreshOrderPayment(tx, row.orderId, now);
      const part = await tx.subOrder.findUniqueOrThrow({ where: { id: row.id }, select: { subtotalVnd: true, shippingVnd: true, producer: { select: { name: true } } } });
      return { changes, order, part };
    }, TX),
  );
  await invalidateStock(result.changes);
  const kind = MAIL_OF[data.action];
  if (kind) {
    await notifyBuyer(kind, result.order, {
      producerName: result.part.producer.name,
      amountVnd: result.part.subtotalVnd + result.part.shippingVnd,
      carrier: data.carrier || null,
      trackingNumber: data.trackingNumber || null,
      reason: data.action === "CANCEL" ? data.cancelReason : null,
    });
  }
}

/**
 * The payee records money received for one part: a transfer whenever it is still owed, cash only once
 * the parcel was delivered (lib/order-status.ts). An officer may do it for any part (audited); a
 * producer only for its own part paid to its own account. Card payments come from Stripe's webhook only.
 */
export async function markSubOrderPaid(viewer: Viewer | null, subOrderId: string, now: Date = clockNow()): Promise<void> {
  authorize(viewer, "payment.markPaid");
  const result = await db.$transaction((tx) => markPaidIn(tx, viewer, subOrderId, now), TX);
  await notifyBuyer("paid", result.order, { amountVnd: result.amountVnd, producerName: result.producerName });
}

type PaidRow = { id: string; orderId: string; producerId: string; status: SubOrderStatus; paymentStatus: PaymentStatus; payeeIsDistrict: boolean };

/** Locks a part (FOR UPDATE) for a payment decision; null when there is no such part. */
async function lockPartForPayment(tx: Tx, subOrderId: string): Promise<PaidRow | null> {
  const [row] = await tx.$queryRaw<PaidRow[]>`
    SELECT id, "orderId", "producerId", status::text AS status, "paymentStatus"::text AS "paymentStatus", "payeeIsDistrict" FROM sub_orders WHERE id = ${subOrderId} FOR UPDATE`;
  return row ?? null;
}

/** The single and the bulk "money received": checks who may and whether the rule allows it, then records it. */
async function markPaidIn(tx: Tx, viewer: Viewer, subOrderId: string, now: Date, locked?: PaidRow) {
  const row = locked ?? (await lockPartForPayment(tx, subOrderId));
  if (!row) throw new AppError("NOT_FOUND");
  if (viewer.role === "PRODUCER") {
    authorize(viewer, "payment.markPaid", { producerId: row.producerId });
    // Money sent to the district's account is the district's to confirm.
    if (row.payeeIsDistrict) throw new AppError("FORBIDDEN", "the district receives this transfer");
  } else {
    await assertInScope(viewer, { producerId: row.producerId });
  }
  const order = await tx.order.findUniqueOrThrow({ where: { id: row.orderId }, select: { id: true, code: true, email: true, totalVnd: true, locale: true, paymentMethod: true } });
  if (!canDo("MARK_PAID", { status: row.status, paymentMethod: order.paymentMethod, paymentStatus: row.paymentStatus })) {
    throw new AppError("CONFLICT", "no payment can have been received for this part now", { reason: "ILLEGAL_TRANSITION" });
  }
  const part = await tx.subOrder.update({
    where: { id: row.id },
    data: { paymentStatus: "PAID", paidAt: now, expiresAt: null },
    select: { subtotalVnd: true, shippingVnd: true, producer: { select: { name: true } } },
  });
  const amountVnd = part.subtotalVnd + part.shippingVnd;
  await tx.payment.create({ data: { orderId: order.id, subOrderId: row.id, method: order.paymentMethod, status: "PAID", amountVnd, paidAt: now, markedById: viewer.userId } });
  await recordEvent(tx, row.id, "PAID", viewer.role === "ADMIN" ? "OFFICER" : "PRODUCER", { userId: viewer.userId, at: now });
  if (viewer.role === "ADMIN") {
    await recordAudit(tx, viewer, { action: "order.markPaid", entityType: "SubOrder", entityId: row.id, before: { paymentStatus: "PENDING" }, after: { paymentStatus: "PAID", amountVnd } });
  }
  await refreshOrderPayment(tx, order.id, now);
  return { order, amountVnd, producerName: part.producer.name };
}

/**
 * An officer's confirmed bulk "transfer received" on ticked order parts (the district matching its
 * collecting account's bank statement). One transaction: each part is locked in a fixed order, and
 * recorded exactly as the single action records it (audited, in the part's history, mailed to the
 * buyer) when it is a transfer the rule allows (`transferReceiptSkip`); the rest is skipped. A part
 * outside the officer's region, or that does not exist, is skipped as not found. Officers only: a
 * producer records its own parts one at a time on its order page.
 */
export async function markTransfersReceived(viewer: Viewer | null, ids: readonly string[], now: Date = clockNow()): Promise<{ changed: number; skipped: number; amountVnd: number }> {
  authorize(viewer, "order.viewAll");
  const scope = await authorizeList(viewer, "order.viewAll");
  const wanted = [...new Set(ids)];
  const inScope = await db.subOrder.findMany({ where: { ...scope.ofProducer(), id: { in: wanted } }, select: { id: true }, orderBy: { id: "asc" } });
  const recorded = await db.$transaction(async (tx) => {
    const done: Awaited<ReturnType<typeof markPaidIn>>[] = [];
    for (const { id } of inScope) {
      const row = await lockPartForPayment(tx, id);
      if (!row) continue;
      const { paymentMethod } = await tx.order.findUniqueOrThrow({ where: { id: row.orderId }, select: { paymentMethod: true } });
      if (transferReceiptSkip({ status: row.status, paymentMethod, paymentStatus: row.paymentStatus })) continue;
      done.push(await markPaidIn(tx, viewer, id, now, row));
    }
    return done;
  }, TX);
  for (const r of recorded) await notifyBuyer("paid", r.order, { amountVnd: r.amountVnd, producerName: r.producerName });
  return { changed: recorded.length, skipped: wanted.length - recorded.length, amountVnd: recorded.reduce((sum, r) => sum + r.amountVnd, 0) };
}

/** Stripe paid the whole order: every part is paid with it (called inside the webhook's transaction). */
export async function markCardOrderPaidIn(tx: Tx, orderId: string, now: Date): Promise<void> {
  const parts = await tx.subOrder.findMany({ where: { orderId, paymentStatus: "PENDING" }, select: { id: true } });
  await tx.subOrder.updateMany({ where: { orderId, paymentStatus: "PENDING" }, data: { paymentStatus: "PAID", paidAt: now, expiresAt: null } });
  for (const part of parts) await recordEvent(tx, part.id, "PAID", "SYSTEM", { at: now });
}
