/**
 * What ordering needs beyond the demo catalogue: the 34 provinces of the 2025 reform as PROVINCE
 * regions (official codes, lib/data/provinces-2025.json) and their 3,321 communes as COMMUNE regions
 * (lib/data/communes-2025.json) for the address picker, and ILLUSTRATIVE
 * delivery rules, parcel weights and an adults-only product, so the product page, cart and checkout
 * show each kind of rule (flat, by weight, free from an amount) on the demo data.
 */
import type { Prisma } from "../../generated/prisma/client";
import { OFFICIAL_COMMUNES } from "../../lib/communes-2025";
import { PROVINCES } from "../../lib/delivery-estimate";
import { slugify } from "../../lib/text-fold";

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

/** The 34 provinces by official code; an existing region with the code (the demo's Tuyên Quang) is kept as it is. */
export async function seedProvinces(tx: Tx): Promise<number> {
  for (const province of PROVINCES) {
    await tx.region.upsert({
      where: { code: province.code },
      create: { code: province.code, slug: slugify(province.name), name: province.name, nameEn: province.nameEn, level: "PROVINCE", validFrom: new Date("2025-07-01T00:00:00Z") },
      update: {},
    });
  }
  return PROVINCES.length;
}

/**
 * The official communes under their province, in one statement (3,321 rows as arrays, not 3,321 round
 * trips): a commune whose code is already there (the demo's 12, kept under its former district with
 * the demo's spelling) is left as it is, so a second run adds nothing. Named without their kind
 * ("Việt Lâm", not "Xã Việt Lâm") like every commune of the tree; the slug carries the code, as names
 * repeat across provinces. Returns how many were added.
 */
export async function seedCommunes(tx: Tx): Promise<number> {
  const codes = OFFICIAL_COMMUNES.map((c) => c.code);
  const slugs = OFFICIAL_COMMUNES.map((c) => `${slugify(c.name)}-${c.code}`);
  const names = OFFICIAL_COMMUNES.map((c) => c.name);
  const provinces = OFFICIAL_COMMUNES.map((c) => c.provinceCode);
  return tx.$executeRaw`
    INSERT INTO regions (id, code, slug, name, level, "parentId", "validFrom")
    SELECT 'vn-' || c.code, c.code, c.slug, c.name, 'COMMUNE'::"RegionLevel", p.id, DATE '2025-07-01'
    FROM unnest(${codes}::text[], ${slugs}::text[], ${names}::text[], ${provinces}::text[]) AS c(code, slug, name, province)
    JOIN regions p ON p.code = c.province AND p.level = 'PROVINCE'
    ON CONFLICT DO NOTHING`;
}

export async function seedOrderSettings(tx: Tx): Promise<void> {
  for (const [slug, rule] of Object.entries(DEMO_SHIPPING_RULES)) {
    await tx.producer.updateMany({ where: { slug }, data: { shippingFlatVnd: rule.shippingFlatVnd ?? null, shippingPerKgVnd: rule.shippingPerKgVnd ?? null, shippingFreeAboveVnd: rule.shippingFreeAboveVnd ?? null } });
  }
  for (const [slug, weightGrams] of Object.entries(DEMO_WEIGHTS)) await tx.product.updateMany({ where: { slug }, data: { weightGrams } });
  await tx.product.updateMany({ where: { slug: { in: [...DEMO_ADULTS_ONLY] } }, data: { ageRestricted: true } });
}
