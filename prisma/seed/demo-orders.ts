/**
 * What ordering needs beyond the demo catalogue, ILLUSTRATIVE: delivery rules, parcel weights and an
 * adults-only product, so the product page, cart and checkout show each kind of rule (flat, by weight,
 * free from an amount) on the demo data. The official provinces and communes for the address picker
 * are not demo data: prisma/seed/official-regions.ts.
 */
import type { Prisma } from "../../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Delivery rules by producer slug (VND). Producers not listed charge the site's flat fee. */
export const DEMO_SHIPPING_RULES: Record<string, { shippingFlatVnd?: number; shippingPerKgVnd?: number; shippingFreeAboveVnd?: number }> = {
  "htx-che-shan-tuyet-cao-bo": { shippingFlatVnd: 25_000, shippingFreeAboveVnd: 500_000 },
  "htx-choi-chit-viet-lam": { shippingFlatVnd: 20_000, shippingPerKgVnd: 5_000 },
  "htx-tra-peng": { shippingFlatVnd: 30_000, shippingFreeAboveVnd: 300_000 },
};

/** Shipping weight of one unit, by product slug. */
export const DEMO_WEIGHTS: Record<string, number> = {
  "choi-chit-viet-lam": 600,
  "choi-chit-mini-de-ban": 150,
  "che-shan-tuyet-co-thu-cao-bo": 250,
  "hong-tra-shan-tuyet-cao-bo": 250,
  "ruou-ngo-men-la-thuan-hoa": 900,
  "cam-sanh-vi-xuyen": 5000,
};

/** Sold to adults only (alcohol, Law 44/2019/QH14 on preventing harms of alcohol). */
export const DEMO_ADULTS_ONLY: readonly string[] = ["ruou-ngo-men-la-thuan-hoa"];

export async function seedOrderSettings(tx: Tx): Promise<void> {
  for (const [slug, rule] of Object.entries(DEMO_SHIPPING_RULES)) {
    await tx.producer.updateMany({ where: { slug }, data: { shippingFlatVnd: rule.shippingFlatVnd ?? null, shippingPerKgVnd: rule.shippingPerKgVnd ?? null, shippingFreeAboveVnd: rule.shippingFreeAboveVnd ?? null } });
  }
  for (const [slug, weightGrams] of Object.entries(DEMO_WEIGHTS)) await tx.product.updateMany({ where: { slug }, data: { weightGrams } });
  await tx.product.updateMany({ where: { slug: { in: [...DEMO_ADULTS_ONLY] } }, data: { ageRestricted: true } });
}
