import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { invalidate } from "@/server/infra/cache";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";
import type { CartLine } from "./schemas";

type Tx = Prisma.TransactionClient;

/**
 * Reserves stock line by line in product-id order, so concurrent orders lock rows in the same order
 * and never deadlock. The conditional decrement is the whole guard: it touches the row only while
 * enough stock remains and the product is on sale, so stock can never go below zero.
 */
export async function reserveStock(tx: Tx, lines: readonly CartLine[], locale: string): Promise<void> {
  const sorted = [...lines].sort((a, b) => (a.productId < b.productId ? -1 : 1));
  for (const line of sorted) {
    const { count } = await tx.product.updateMany({
      where: { id: line.productId, stock: { gte: line.quantity }, status: "PUBLISHED", producer: { status: "ACTIVE" } },
      data: { stock: { decrement: line.quantity } },
    });
    if (count !== 1) {
      // The refusal names the product, in the buyer's language, for the checkout form to show.
      const product = await tx.product.findUnique({ where: { id: line.productId }, select: { nameVi: true, nameEn: true } });
      const name = (locale === "en" ? product?.nameEn : null) ?? product?.nameVi ?? "";
      throw new AppError("OUT_OF_STOCK", "not enough stock", { productId: line.productId, reason: "outOfStock", name });
    }
  }
}

export interface StockChange {
  productId: string;
  /** Units taken (negative) or put back (positive). */
  delta: number;
}

/** Puts the items of these parts back on the shelf (the caller has just closed them). */
export async function restock(tx: Tx, subOrderIds: readonly string[]): Promise<StockChange[]> {
  if (subOrderIds.length === 0) return [];
  const items = await tx.orderItem.findMany({
    where: { subOrderId: { in: [...subOrderIds] } },
    select: { productId: true, quantity: true },
    orderBy: { productId: "asc" },
  });
  for (const item of items) {
    await tx.product.update({ where: { id: item.productId }, data: { stock: { increment: item.quantity } } });
  }
  return items.map((item) => ({ productId: item.productId, delta: item.quantity }));
}

/**
 * Every stock change expires the product's cached page (its stock and "out of stock" are on it); the
 * catalogue lists are expired too when a product ran out or came back, since their cards say so.
 * Called after the transaction commits.
 */
export async function invalidateStock(changes: readonly StockChange[]): Promise<void> {
  if (changes.length === 0) return;
  const ids = [...new Set(changes.map((c) => c.productId))];
  const products = await db.product.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, stock: true } });
  const tags = products.map((p) => CacheTags.product(p.slug));
  const crossedZero = products.some((p) => {
    const delta = changes.filter((c) => c.productId === p.id).reduce((sum, c) => sum + c.delta, 0);
    return delta < 0 ? p.stock === 0 : p.stock - delta <= 0;
  });
  if (crossedZero) tags.push(CacheTags.catalogue);
  invalidate(tags);
}
