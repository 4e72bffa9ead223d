/** Shared builders for the orders tests: a valid checkout for given lines at current prices and fees. */
import { randomInt } from "node:crypto";
import { readEnv } from "@/lib/env";
import { shippingRuleOf } from "@/lib/shipping";
import { priceOrder } from "@/server/orders/pricing";
import { db } from "@/server/infra/db";

/** A valid Vietnamese mobile number no other test uses (so per-buyer caps never mix tests up). */
export function uniquePhone(): string {
  // Prefixes in service (095 is not allocated, so not every 09x number is real).
  const prefixes = ["090", "091", "093", "094", "096", "097", "098"];
  return `${prefixes[randomInt(prefixes.length)]}${String(randomInt(1_000_000, 9_999_999))}`;
}

export async function checkoutFor(
  lines: { productId: string; quantity: number }[],
  overrides: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const products = await db.product.findMany({
    where: { id: { in: lines.map((l) => l.productId) } },
    select: { id: true, priceVnd: true, weightGrams: true, producerId: true, producer: { select: { shippingFlatVnd: true, shippingPerKgVnd: true, shippingFreeAboveVnd: true } } },
  });
  const byId = new Map(products.map((p) => [p.id, p]));
  const priced = priceOrder(
    lines.map((l) => ({ ...l, producerId: byId.get(l.productId)!.producerId, unitPriceVnd: byId.get(l.productId)!.priceVnd, weightGrams: byId.get(l.productId)!.weightGrams ?? 0 })),
    (producerId) => shippingRuleOf(products.find((p) => p.producerId === producerId)!.producer, readEnv().SHIPPING_FEE_VND),
  );
  const phone = uniquePhone();
  return {
    customerName: "Nguyễn Thị Lan",
    phone,
    email: `lan-${phone}@example.vn`,
    addressLine: "Thôn Nậm Ngặt",
    provinceCode: "08",
    commune: "Việt Lâm",
    note: "",
    paymentMethod: "COD",
    locale: "vi",
    expectedTotalVnd: priced.totalVnd,
    items: lines,
    ...overrides,
  };
}
