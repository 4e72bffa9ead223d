import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { OCOP_GROUPS, type OcopGroupCode } from "@/lib/ocop-groups";
import { certificateState, isFiveStarPotential, pickBadge, type CertificateState } from "@/lib/ocop-stars";
import { foldText } from "@/lib/text-fold";
import { CacheTags } from "@/server/cache-tags";
import { db } from "@/server/db";
import { cachedRead } from "./cached";
import type { ProductListQuery } from "./schemas";

/** Only published products of active producers are public (DESIGN §4). */
const PUBLIC_PRODUCT = Prisma.sql`p.status = 'PUBLISHED' AND pr.status = 'ACTIVE'`;
/**
 * Below this word similarity a query word is not a match: low enough for one typo in a short word
 * ("tuyat" for "tuyet"), high enough that "mat ong" does not drift into every "ong".
 */
const WORD_SIMILARITY_THRESHOLD = 0.5;

export interface ImageData {
  key: string;
  width: number;
  height: number;
  altVi: string;
  altEn: string | null;
}

export interface ProductSummary {
  slug: string;
  nameVi: string;
  nameEn: string | null;
  priceVnd: number;
  unit: string;
  unitEn: string | null;
  group: OcopGroupCode;
  /** Stars of the badge (highest valid 3★+ certificate), or null. */
  stars: number | null;
  inStock: boolean;
  producer: { slug: string; name: string };
  commune: { slug: string; name: string };
  image: ImageData | null;
  publishedAt: string | null;
}

export interface ProductPage {
  items: ProductSummary[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** Matches per OCOP group under every other filter, for the filter's counts. */
  groupCounts: Record<OcopGroupCode, number>;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function todayIso(today: Date): string {
  return today.toISOString().slice(0, 10);
}

interface Filters {
  folded: string | null;
  query: ProductListQuery;
  today: string;
}

function whereClause({ folded, query }: Filters, withGroup: boolean): Prisma.Sql {
  const parts: Prisma.Sql[] = [PUBLIC_PRODUCT];
  if (folded) {
    // Both arms are served by the trigram GIN index on searchText.
    parts.push(Prisma.sql`(p."searchText" LIKE ${`%${escapeLike(folded)}%`} OR ${folded} <% p."searchText")`);
  }
  if (withGroup && query.group) parts.push(Prisma.sql`p."group" = ${query.group}::"OcopGroup"`);
  if (query.stars != null) parts.push(Prisma.sql`COALESCE(b.stars, 0) >= ${query.stars}`);
  if (query.commune) parts.push(Prisma.sql`r.slug = ${query.commune}`);
  if (query.producer) parts.push(Prisma.sql`pr.slug = ${query.producer}`);
  if (query.minPrice != null) parts.push(Prisma.sql`p."priceVnd" >= ${query.minPrice}`);
  if (query.maxPrice != null) parts.push(Prisma.sql`p."priceVnd" <= ${query.maxPrice}`);
  return Prisma.join(parts, " AND ");
}

function badgeJoin(today: string): Prisma.Sql {
  return Prisma.sql`LEFT JOIN LATERAL (
    SELECT max(c.stars) AS stars FROM ocop_certificates c
    WHERE c."productId" = p.id AND c.status = 'VALID' AND c.stars >= 3 AND c."validUntil" >= ${today}::date
  ) b ON true`;
}

function orderClause({ folded, query }: Filters): Prisma.Sql {
  const newest = Prisma.sql`p."publishedAt" DESC NULLS LAST, p.id`;
  switch (query.sort) {
    case "price-asc":
      return Prisma.sql`p."priceVnd" ASC, ${newest}`;
    case "price-desc":
      return Prisma.sql`p."priceVnd" DESC, ${newest}`;
    case "stars":
      return Prisma.sql`b.stars DESC NULLS LAST, ${newest}`;
    case "newest":
      return newest;
    default:
      if (!folded) return Prisma.sql`b.stars DESC NULLS LAST, ${newest}`;
      // The name comes first in searchText: a name starting with the query beats a substring anywhere,
      // which beats a fuzzy (typo) match ranked by similarity.
      return Prisma.sql`CASE WHEN p."searchText" LIKE ${`${escapeLike(folded)}%`} THEN 2
                             WHEN p."searchText" LIKE ${`%${escapeLike(folded)}%`} THEN 1 ELSE 0 END DESC,
                        word_similarity(${folded}, p."searchText") DESC, b.stars DESC NULLS LAST, ${newest}`;
  }
}

interface ProductRow {
  slug: string;
  nameVi: string;
  nameEn: string | null;
  priceVnd: number;
  unit: string;
  unitEn: string | null;
  group: OcopGroupCode;
  stars: number | null;
  stock: number;
  producerSlug: string;
  producerName: string;
  communeSlug: string;
  communeName: string;
  imageKey: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  imageAltVi: string | null;
  imageAltEn: string | null;
  publishedAt: Date | null;
  total: bigint;
}

function toSummary(row: ProductRow): ProductSummary {
  return {
    slug: row.slug,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    priceVnd: row.priceVnd,
    unit: row.unit,
    unitEn: row.unitEn,
    group: row.group,
    stars: row.stars,
    inStock: row.stock > 0,
    producer: { slug: row.producerSlug, name: row.producerName },
    commune: { slug: row.communeSlug, name: row.communeName },
    image: row.imageKey
      ? { key: row.imageKey, width: row.imageWidth!, height: row.imageHeight!, altVi: row.imageAltVi ?? "", altEn: row.imageAltEn }
      : null,
    publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
  };
}

async function readProducts(query: ProductListQuery, today: string): Promise<ProductPage> {
  const folded = query.q ? foldText(query.q) : "";
  const filters: Filters = { folded: folded || null, query, today };
  const from = Prisma.sql`FROM products p
    JOIN producers pr ON pr.id = p."producerId"
    JOIN regions r ON r.id = pr."regionId"
    ${badgeJoin(today)}`;
  const offset = (query.page - 1) * query.pageSize;
  const [rows, counts] = await db.$transaction(async (tx) => {
    // SET LOCAL: the threshold of `<%` holds for this transaction only, safe with pooled connections.
    await tx.$executeRawUnsafe(`SET LOCAL pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}`);
    const rows = await tx.$queryRaw<ProductRow[]>`
      SELECT p.slug, p."nameVi", p."nameEn", p."priceVnd", p.unit, p."unitEn", p."group"::text AS "group", b.stars, p.stock,
             pr.slug AS "producerSlug", pr.name AS "producerName", r.slug AS "communeSlug", r.name AS "communeName",
             i.key AS "imageKey", i.width AS "imageWidth", i.height AS "imageHeight", i."altVi" AS "imageAltVi", i."altEn" AS "imageAltEn",
             p."publishedAt", count(*) OVER () AS total
      ${from}
      LEFT JOIN LATERAL (SELECT key, width, height, "altVi", "altEn" FROM product_images WHERE "productId" = p.id ORDER BY position LIMIT 1) i ON true
      WHERE ${whereClause(filters, true)}
      ORDER BY ${orderClause(filters)}
      LIMIT ${query.pageSize} OFFSET ${offset}`;
    const counts = await tx.$queryRaw<{ group: OcopGroupCode; count: bigint }[]>`
      SELECT p."group"::text AS "group", count(*) AS count ${from} WHERE ${whereClause(filters, false)} GROUP BY p."group"`;
    return [rows, counts] as const;
  });
  const groupCounts = Object.fromEntries(OCOP_GROUPS.map((group) => [group, 0])) as Record<OcopGroupCode, number>;
  for (const row of counts) groupCounts[row.group] = Number(row.count);
  const total = query.group ? groupCounts[query.group] : Object.values(groupCounts).reduce((sum, n) => sum + n, 0);
  return {
    items: rows.map(toSummary),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
    groupCounts,
  };
}

const cachedProducts = cachedRead("catalogue:products", readProducts, () => [CacheTags.catalogue]);

/** One page of public products matching the catalogue's filters, search and sort. */
export function listProducts(query: ProductListQuery, today = new Date()): Promise<ProductPage> {
  return cachedProducts(query, todayIso(today));
}

export interface CertificateView {
  stars: number;
  score: number | null;
  level: "DISTRICT" | "PROVINCE" | "NATIONAL";
  decisionNumber: string;
  decisionDate: string;
  issuingBody: string;
  validUntil: string;
  state: CertificateState;
}

export interface ProductDetail extends ProductSummary {
  descriptionVi: string;
  descriptionEn: string | null;
  stock: number;
  gtin: string | null;
  subgroup: { vi: string; en: string } | null;
  images: ImageData[];
  badge: CertificateView | null;
  fiveStarPotential: boolean;
  certificates: CertificateView[];
  batches: { code: string; lotCode: string; productionDate: string; expiryDate: string | null }[];
  producerCard: { slug: string; name: string; legalForm: string; communeName: string };
  related: ProductSummary[];
}

function certificateView(
  cert: { stars: number; score: number | null; level: CertificateView["level"]; decisionNumber: string; decisionDate: Date; issuingBody: string; validUntil: Date; status: "VALID" | "REVOKED" | "SUPERSEDED" },
  today: Date,
): CertificateView {
  return {
    stars: cert.stars,
    score: cert.score,
    level: cert.level,
    decisionNumber: cert.decisionNumber,
    decisionDate: cert.decisionDate.toISOString().slice(0, 10),
    issuingBody: cert.issuingBody,
    validUntil: cert.validUntil.toISOString().slice(0, 10),
    state: certificateState(cert, today),
  };
}

async function readProduct(slug: string, today: string): Promise<ProductDetail | null> {
  const todayDate = new Date(`${today}T00:00:00Z`);
  const product = await db.product.findFirst({
    where: { slug, status: "PUBLISHED", producer: { status: "ACTIVE" } },
    include: {
      producer: { include: { region: true } },
      subgroup: true,
      images: { orderBy: { position: "asc" } },
      certificates: { orderBy: { decisionDate: "desc" } },
      batches: { where: { isPublic: true }, orderBy: { productionDate: "desc" }, take: 20 },
    },
  });
  if (!product) return null;
  const badge = pickBadge(product.certificates, todayDate);
  const related = await readProducts(
    { group: product.group, sort: "stars", page: 1, pageSize: 5 } as ProductListQuery,
    today,
  );
  const images = product.images.map(({ key, width, height, altVi, altEn }) => ({ key, width, height, altVi, altEn }));
  return {
    slug: product.slug,
    nameVi: product.nameVi,
    nameEn: product.nameEn,
    priceVnd: product.priceVnd,
    unit: product.unit,
    unitEn: product.unitEn,
    group: product.group,
    stars: badge?.stars ?? null,
    inStock: product.stock > 0,
    stock: product.stock,
    producer: { slug: product.producer.slug, name: product.producer.name },
    commune: { slug: product.producer.region.slug, name: product.producer.region.name },
    image: images[0] ?? null,
    images,
    publishedAt: product.publishedAt?.toISOString() ?? null,
    descriptionVi: product.descriptionVi,
    descriptionEn: product.descriptionEn,
    gtin: product.gtin,
    subgroup: product.subgroup ? { vi: product.subgroup.nameVi, en: product.subgroup.nameEn } : null,
    badge: badge ? certificateView(badge, todayDate) : null,
    // The potential shows against the best score on any currently valid certificate.
    fiveStarPotential: product.certificates.some(
      (cert) => certificateState(cert, todayDate) === "VALID" && isFiveStarPotential(cert.score, badge?.stars ?? cert.stars),
    ),
    certificates: product.certificates.map((cert) => certificateView(cert, todayDate)),
    batches: product.batches.map((batch) => ({
      code: batch.code,
      lotCode: batch.lotCode,
      productionDate: batch.productionDate.toISOString().slice(0, 10),
      expiryDate: batch.expiryDate?.toISOString().slice(0, 10) ?? null,
    })),
    producerCard: {
      slug: product.producer.slug,
      name: product.producer.name,
      legalForm: product.producer.legalForm,
      communeName: product.producer.region.name,
    },
    related: related.items.filter((item) => item.slug !== product.slug).slice(0, 4),
  };
}

const cachedProduct = cachedRead("catalogue:product", readProduct, (slug) => [CacheTags.catalogue, CacheTags.product(slug)]);

/** A public product with everything its page shows, or null when unknown or not public. */
export function getProduct(slug: string, today = new Date()): Promise<ProductDetail | null> {
  return cachedProduct(slug, todayIso(today));
}

async function readSlugs(): Promise<{ products: { slug: string; updatedAt: string }[]; producers: { slug: string; updatedAt: string }[] }> {
  const [products, producers] = await Promise.all([
    db.product.findMany({ where: { status: "PUBLISHED", producer: { status: "ACTIVE" } }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db.producer.findMany({ where: { status: "ACTIVE" }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
  ]);
  const iso = (rows: { slug: string; updatedAt: Date }[]) => rows.map((row) => ({ slug: row.slug, updatedAt: row.updatedAt.toISOString() }));
  return { products: iso(products), producers: iso(producers) };
}

/** Every public product and producer slug, for the sitemap. */
export const listPublicSlugs = cachedRead("catalogue:slugs", readSlugs, () => [CacheTags.catalogue, CacheTags.producers]);

async function readHome(today: string) {
  const [featured, counts] = await Promise.all([
    readProducts({ sort: "stars", page: 1, pageSize: 8 } as ProductListQuery, today),
    db.$queryRaw<{ group: OcopGroupCode; count: bigint }[]>`
      SELECT p."group"::text AS "group", count(*) AS count FROM products p JOIN producers pr ON pr.id = p."producerId"
      WHERE ${PUBLIC_PRODUCT} GROUP BY p."group"`,
  ]);
  const groupCounts = Object.fromEntries(OCOP_GROUPS.map((group) => [group, 0])) as Record<OcopGroupCode, number>;
  for (const row of counts) groupCounts[row.group] = Number(row.count);
  const certified = await db.product.count({
    where: {
      status: "PUBLISHED",
      producer: { status: "ACTIVE" },
      certificates: { some: { status: "VALID", stars: { gte: 3 }, validUntil: { gte: new Date(`${today}T00:00:00Z`) } } },
    },
  });
  return { featured: featured.items, groupCounts, certified };
}

const cachedHome = cachedRead("catalogue:home", readHome, () => [CacheTags.catalogue]);

/** The home page's featured products (highest stars, newest), group counts and certified count. */
export function getHomeCatalogue(today = new Date()) {
  return cachedHome(todayIso(today));
}
