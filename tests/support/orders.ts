/** Shared builders for the orders tests: a valid checkout for given lines at current prices. */
import { readEnv } from "@/lib/env";
import { db } from "@/server/infra/db";

export async function checkoutFor(
  lines: { productId: string; quantity: number }[],
  overrides: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const products = await db.product.findMany({ where: { id: { in: lines.map((l) => l.productId) } }, select: { id: true, priceVnd: true, producerId: true } });
  const producers = new Set(products.map((p) => p.producerId));
  const subtotal = lines.reduce((sum, l) => sum + products.find((p) => p.id === l.productId)!.priceVnd * l.quantity, 0);
  return {
    customerName: "Nguyễn Thị Lan",
    phone: "0912 345 678",
    email: "lan@example.vn",
    addressLine: "Thôn Nậm Ngặt",
    province: "Tuyên Quang",
    commune: "Việt Lâm",
    note: "",
    paymentMethod: "COD",
    locale: "vi",
    expectedTotalVnd: subtotal + producers.size * readEnv().SHIPPING_FEE_VND,
    items: lines,
    ...overrides,
  };
}
