import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
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

/** Puts the items of the given (not yet cancelled) sub-orders back on the shelf and cancels them. */
export async function cancelSubOrdersAndRelease(tx: Tx, subOrderIds: readonly string[], now: Date): Promise<number> {
  if (subOrderIds.length === 0) return 0;
  const items = await tx.orderItem.findMany({
    where: { subOrderId: { in: [...subOrderIds] } },
    select: { productId: true, quantity: true },
    orderBy: { productId: "asc" },
  });
  const { count } = await tx.subOrder.updateMany({
    where: { id: { in: [...subOrderIds] }, status: { in: ["PLACED", "CONFIRMED", "PACKED"] } },
    data: { status: "CANCELLED", cancelledAt: now },
  });
  if (count !== subOrderIds.length) throw new AppError("CONFLICT", "a part of the order has already shipped or been cancelled");
  for (const item of items) {
    await tx.product.update({ where: { id: item.productId }, data: { stock: { increment: item.quantity } } });
  }
  return count;
}
