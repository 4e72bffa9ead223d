/**
 * The official address data of the 1 July 2025 reform, not demo data: the 34 provinces as PROVINCE
 * regions (lib/data/provinces-2025.json) and their 3,321 communes, wards and special zones as COMMUNE
 * regions (lib/data/communes-2025.json), which the checkout's and the ideas form's address picker offer.
 * Loaded by the demo seed, and on a deployment without the demo by `npm run db:load-regions`
 * (scripts/load-regions.ts). Both loads are idempotent: what is already there is kept as it is.
 */
import type { Prisma } from "../../generated/prisma/client";
import { OFFICIAL_COMMUNES } from "../../lib/communes-2025";
import { PROVINCES } from "../../lib/delivery-estimate";
import { slugify } from "../../lib/text-fold";

type Tx = Prisma.TransactionClient;

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
