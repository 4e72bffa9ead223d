import "server-only";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { invalidate } from "@/server/infra/cache";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";
import { ZStockAdjustment } from "./schemas";

/**
 * Stock changes here only by explicit adjustments, each one row of the stock history with who, when
 * and why. An adjustment by an amount (received, damaged, correction) is applied to the stock as it
 * is at that moment (`stock = stock + delta`), so sales made meanwhile are never undone. A stocktake
 * replaces the number: it is applied only if the stock is still what the producer saw when counting;
 * otherwise it is refused with the current number and what moved it, to count again.
 */
export class StockChangedMeanwhile extends AppError {
  constructor(readonly expected: number, readonly current: number) {
    super("CONFLICT", "stock changed since the page was opened", { reason: "STOCK_CHANGED", expected, current });
  }
}

export async function adjustStock(viewer: Viewer | null, productId: string, input: unknown): Promise<{ stock: number }> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const data = ZStockAdjustment.parse(input);
  const result = await db.$transaction(async (tx) => {
    // The row lock orders this adjustment with orders placed at the same moment.
    const rows = await tx.$queryRaw<{ id: string; stock: number; producerId: string; slug: string }[]>`
      SELECT id, stock, "producerId", slug FROM products WHERE id = ${productId} FOR UPDATE`;
    const product = rows[0];
    if (!product) throw new AppError("NOT_FOUND");
    authorize(viewer, "product.manageOwn", product);
    let delta: number;
    if (data.kind === "STOCKTAKE") {
      if (product.stock !== data.expectedStock) throw new StockChangedMeanwhile(data.expectedStock, product.stock);
      delta = data.quantity - product.stock;
    } else {
      delta = data.kind === "DAMAGED" ? -data.quantity : data.quantity;
    }
    const stockAfter = product.stock + delta;
    if (stockAfter < 0) throw new AppError("VALIDATION", "below zero", { quantity: "stockBelowZero", current: product.stock });
    await tx.product.update({ where: { id: product.id }, data: { stock: stockAfter } });
    await tx.stockMovement.create({ data: { productId: product.id, kind: data.kind, delta, stockAfter, reason: data.reason, actorId: viewer.userId, createdAt: now() } });
    return { slug: product.slug, stock: stockAfter, was: product.stock };
  });
  // "Hết hàng" and "còn hàng" show on the product page and in the catalogue.
  if ((result.was > 0) !== (result.stock > 0)) invalidate([CacheTags.product(result.slug), CacheTags.catalogue]);
  else invalidate([CacheTags.product(result.slug)]);
  return { stock: result.stock };
}

export interface StockHistoryEntry {
  at: Date;
  /** An adjustment kind, or ORDER (units sold) / ORDER_RELEASED (units back after a cancellation or expiry). */
  kind: "INITIAL" | "RECEIVED" | "DAMAGED" | "STOCKTAKE" | "CORRECTION" | "ORDER" | "ORDER_RELEASED";
  delta: number;
  /** The stock right after an adjustment (orders do not record it). */
  stockAfter: number | null;
  reason: string;
  actor: string | null;
  orderCode: string | null;
}

/**
 * The product's stock history, newest first: its adjustments, and the units its orders took and gave
 * back, read from the orders themselves.
 */
export async function listStockHistory(viewer: Viewer, productId: string, { take = 50 }: { take?: number } = {}): Promise<StockHistoryEntry[]> {
  const product = await db.product.findUnique({ where: { id: productId }, select: { producerId: true } });
  if (!product) throw new AppError("NOT_FOUND");
  authorize(viewer, "product.manageOwn", product);
  const [movements, items] = await Promise.all([
    db.stockMovement.findMany({ where: { productId }, orderBy: { createdAt: "desc" }, take, include: { actor: { select: { name: true } } } }),
    db.orderItem.findMany({
      where: { productId },
      orderBy: { subOrder: { createdAt: "desc" } },
      take,
      select: { quantity: true, subOrder: { select: { createdAt: true, cancelledAt: true, order: { select: { code: true } } } } },
    }),
  ]);
  const entries: StockHistoryEntry[] = movements.map((m) => ({
    at: m.createdAt, kind: m.kind, delta: m.delta, stockAfter: m.stockAfter, reason: m.reason, actor: m.actor?.name ?? null, orderCode: null,
  }));
  for (const item of items) {
    const { createdAt, cancelledAt, order } = item.subOrder;
    entries.push({ at: createdAt, kind: "ORDER", delta: -item.quantity, stockAfter: null, reason: "", actor: null, orderCode: order.code });
    if (cancelledAt) entries.push({ at: cancelledAt, kind: "ORDER_RELEASED", delta: item.quantity, stockAfter: null, reason: "", actor: null, orderCode: order.code });
  }
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, take);
}

/** Units sold (and given back) since an instant: "what changed" when a stocktake is refused. */
export async function orderMovementsSince(productId: string, since: Date): Promise<{ sold: number; released: number }> {
  const items = await db.orderItem.findMany({
    where: { productId, OR: [{ subOrder: { createdAt: { gt: since } } }, { subOrder: { cancelledAt: { gt: since } } }] },
    select: { quantity: true, subOrder: { select: { createdAt: true, cancelledAt: true } } },
  });
  let sold = 0;
  let released = 0;
  for (const item of items) {
    if (item.subOrder.createdAt > since) sold += item.quantity;
    if (item.subOrder.cancelledAt && item.subOrder.cancelledAt > since) released += item.quantity;
  }
  return { sold, released };
}
