import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { dateToDay, dayToDate, today as clockToday, type IsoDay } from "@/lib/clock";
import { OCOP_GROUPS, type OcopGroupCode } from "@/lib/ocop-groups";
import { productFiveStarPotential } from "@/lib/certificate-rules";
import { pickBadge } from "@/lib/ocop-stars";
import { certificationStatus, type CertificationStatus } from "@/lib/certification-status";
import { CERTIFICATE_VIEW_SELECT, toCertificateView, type CertificateView } from "@/server/certificates/public-view";
import { foldText } from "@/lib/text-fold";
import type { CatalogueFacets, RegionRef } from "@/lib/catalogue-search";
import { CacheTags } from "@/server/infra/cache-tags";
import { dbRead } from "@/server/infra/db";
import { cachedRead } from "@/server/infra/cached-read";
import { catalogueIndex, type CatalogueIndex } from "@/server/search/catalogue-index";
import { parseLenient, ZProductListQuery, type ProductListQuery } from "./query-schemas";
import { CARD_IMAGE_SQL } from "./card-image";
import { publicPictures } from "@/lib/pictures";
import type { LegalForm } from "@/generated/prisma/enums";

/** Only published products of active producers are public (DESIGN §4). */
const PUBLIC_PRODUCT = Prisma.sql`p.status = 'PUBLISHED' AND pr.status = 'ACTIVE'`;

export interface ImageData {
  key: string;
  width: number;
  height: number;
  altVi: string;
  altEn: string | null;
  /** A drawing made for the demo, not a photograph: labelled as such (lib/pictures.ts). */
  illustration: boolean;
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
  /** Whether it is an OCOP product today, and if not, why (lib/certification-status.ts). */
  certification: CertificationStatus;
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
  /**
   * The communes with the most matches under every other filter (a national list is too long for a
   * menu), or every commune of the chosen province; each with its province, except while the search
   * index warms (docs/search.md).
   */
  communes: { slug: string; name: string; nameEn: string | null; count: number; province?: RegionRef }[];
  /** Listed matches found by the products' own words (name, group, subgroup, place). */
  ownMatches: number;
  /** Listed after those: products found only through their producer's name. */
  producerMatches: number;
  /** The query as searched when a word of it was corrected (a typo), else null. */
  corrected: string | null;
  /** Counts per group, stars, province, commune and price band; null while the index warms. */
  facets: CatalogueFacets | null;
}

const COMMUNE_FACETS = 40;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** The catalogue's filters and sort without the page: what a list of matches depends on. */
type MatchQuery = Omit<ProductListQuery, "page" | "pageSize">;

interface Filters {
  folded: string | null;
  /** The second pass, when no text contains every word of the query. */
  fuzzy: boolean;
  query: MatchQuery;
  today: string;
}

function whereClause({ folded, fuzzy, query, today }: Filters, withGroup: boolean, withCommune = true): Prisma.Sql {
  const parts: Prisma.Sql[] = [PUBLIC_PRODUCT];
  if (folded && fuzzy) {
    // Typo tolerance: word similarity (pg_trgm's default threshold, 0.6) of the whole query against the
    // closest stretch of the text; served by the trigram GIN index.
    parts.push(Prisma.sql`${folded} <% p."searchText"`);
  } else if (folded) {
    // Every word as a substring, in any order: precise, and the trigram GIN index intersects the words.
    for (const word of folded.split(" ")) parts.push(Prisma.sql`p."searchText" LIKE ${`%${escapeLike(word)}%`}`);
  }
  if (withGroup && query.group) parts.push(Prisma.sql`p."group" = ${query.group}::"OcopGroup"`);
  if (query.stars != null) parts.push(Prisma.sql`${badgeStars(today)} >= ${query.stars}`);
  if (withCommune && query.commune) parts.push(Prisma.sql`r.slug = ${query.commune}`);
  if (query.producer) parts.push(Prisma.sql`pr.slug = ${query.producer}`);
  if (query.province) {
    parts.push(Prisma.sql`pr."regionId" IN (WITH RECURSIVE t AS (SELECT id FROM regions WHERE slug = ${query.province}
      UNION ALL SELECT r2.id FROM regions r2 JOIN t ON r2."parentId" = t.id) SELECT id FROM t)`);
  }
  if (query.minPrice != null) parts.push(Prisma.sql`p."priceVnd" >= ${query.minPrice}`);
  if (query.maxPrice != null) parts.push(Prisma.sql`p."priceVnd" <= ${query.maxPrice}`);
  return Prisma.join(parts, " AND ");
}

/**
 * The badge's stars on `today` (the highest valid 3★+ certificate), from the columns the certificates'
 * trigger keeps (schema.prisma, Product.badgeStars): the top stars while one of those certificates is
 * still valid, none once every 3★+ certificate has expired, and only in between (a higher certificate
 * expired before a lower one) a look at the certificates themselves.
 */
function badgeStars(today: string): Prisma.Sql {
  return Prisma.sql`(CASE WHEN p."badgeStarsUntil" >= ${today}::date THEN p."badgeStars"
    WHEN p."certifiedUntil" >= ${today}::date THEN (SELECT max(c.stars) FROM ocop_certificates c
      WHERE c."productId" = p.id AND c.status = 'VALID' AND c.stars >= 3 AND c."validUntil" >= ${today}::date) END)`;
}

/** lib/certification-status.ts in SQL: certified while the badge shows, else the fate of the latest 3★+ decision. */
function certificationSql(today: string): Prisma.Sql {
  return Prisma.sql`(CASE WHEN ${badgeStars(today)} IS NOT NULL THEN 'CERTIFIED' ELSE coalesce((SELECT CASE WHEN c.status = 'REVOKED' THEN 'REVOKED' ELSE 'EXPIRED' END
      FROM ocop_certificates c WHERE c."productId" = p.id AND c.stars BETWEEN 3 AND 5 ORDER BY c."decisionDate" DESC, c."createdAt" DESC LIMIT 1), 'NONE') END)`;
}

function orderClause({ folded, fuzzy, query, today }: Filters): Prisma.Sql {
  const newest = Prisma.sql`p."publishedAt" DESC NULLS LAST, p.id`;
  switch (query.sort) {
    case "price-asc":
      return Prisma.sql`p."priceVnd" ASC, ${newest}`;
    case "price-desc":
      return Prisma.sql`p."priceVnd" DESC, ${newest}`;
    case "stars":
      return Prisma.sql`${badgeStars(today)} DESC NULLS LAST, ${newest}`;
    case "newest":
      return newest;
    default:
      if (!folded) return Prisma.sql`${badgeStars(today)} DESC NULLS LAST, ${newest}`;
      if (fuzzy) return Prisma.sql`word_similarity(${folded}, p."searchText") DESC, ${newest}`;
      // The name comes first in searchText: the query as a phrase beats the words apart, and the earlier
      // the phrase appears (in the name rather than the producer's or commune's), the better.
      return Prisma.sql`CASE WHEN strpos(p."searchText", ${folded}) = 0 THEN 2147483647 ELSE strpos(p."searchText", ${folded}) END, ${newest}`;
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
  certification: CertificationStatus;
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
  imageIllustration: boolean | null;
  publishedAt: Date | null;
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
    certification: row.certification,
    inStock: row.stock > 0,
    producer: { slug: row.producerSlug, name: row.producerName },
    commune: { slug: row.communeSlug, name: row.communeName },
    image: row.imageKey
      ? { key: row.imageKey, width: row.imageWidth!, height: row.imageHeight!, altVi: row.imageAltVi ?? "", altEn: row.imageAltEn, illustration: row.imageIllustration === true }
      : null,
    publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
  };
}

interface MatchList {
  /** Ids of the matches in display order from `offset` on, at most `limit` of them. */
  ids: string[];
  total: number;
  groupCounts: Record<OcopGroupCode, number>;
  communes: ProductPage["communes"];
}

/**
 * How many ids of a search's matches are kept in the data cache: enough for the pages people read
 * (83 pages of 12), small enough to store and parse quickly (~30 kB). Deeper pages read their ids from
 * the database.
 */
const CACHED_MATCHES = 1000;

/** The exact pass, then the typo pass when the exact one finds nothing. */
async function readMatches(query: MatchQuery, today: string, limit: number, offset: number): Promise<MatchList> {
  const folded = query.q ? foldText(query.q) : "";
  const exact = await readMatchPass({ folded: folded || null, fuzzy: false, query, today }, limit, offset);
  if (exact.total > 0 || !folded) return exact;
  return readMatchPass({ folded, fuzzy: true, query, today }, limit, offset);
}

async function readMatchPass(filters: Filters, limit: number, offset: number): Promise<MatchList> {
  const { query } = filters;
  const inGroup = query.group ? Prisma.sql`m."group" = ${query.group}::"OcopGroup"` : Prisma.sql`TRUE`;
  const inCommune = query.commune ? Prisma.sql`m."regionId" = (SELECT id FROM regions WHERE slug = ${query.commune})` : Prisma.sql`TRUE`;
  // One scan of the matches (search text and the filters other than group and commune) feeds the ids,
  // the counts per group (under the commune filter) and per commune (under the group filter). Regions
  // are joined only for the communes' names: every producer has one, and the commune filter reads its id.
  const [summary] = await dbRead().$queryRaw<{ ids: string[]; groups: Record<string, number>; communes: ProductPage["communes"] }[]>`
    WITH m AS MATERIALIZED (
      SELECT p.id, p."group", pr."regionId", row_number() OVER (ORDER BY ${orderClause(filters)}) AS position
      FROM products p JOIN producers pr ON pr.id = p."producerId"
      WHERE ${whereClause(filters, false, false)}
    )
    SELECT
      (SELECT coalesce(json_agg(x.id ORDER BY x.position), '[]') FROM
        (SELECT id, position FROM m WHERE ${inGroup} AND ${inCommune} ORDER BY position LIMIT ${limit} OFFSET ${offset}) x) AS ids,
      (SELECT coalesce(json_object_agg(y.grp, y.n), '{}') FROM
        (SELECT m."group"::text AS grp, count(*) AS n FROM m WHERE ${inCommune} GROUP BY 1) y) AS groups,
      (SELECT coalesce(json_agg(json_build_object('slug', r.slug, 'name', r.name, 'nameEn', r."nameEn", 'count', z.n)), '[]') FROM
        (SELECT m."regionId", count(*) AS n FROM m WHERE ${inGroup} GROUP BY 1 ORDER BY 2 DESC LIMIT ${COMMUNE_FACETS}) z
        JOIN regions r ON r.id = z."regionId") AS communes`;
  const groupCounts = Object.fromEntries(OCOP_GROUPS.map((group) => [group, Number(summary.groups[group] ?? 0)])) as Record<OcopGroupCode, number>;
  return {
    ids: summary.ids,
    total: query.group ? groupCounts[query.group] : Object.values(groupCounts).reduce((sum, n) => sum + n, 0),
    groupCounts,
    communes: summary.communes.map((commune) => ({ ...commune, count: Number(commune.count) })).sort((a, b) => a.name.localeCompare(b.name, "vi")),
  };
}

/**
 * The first CACHED_MATCHES matches of a search with its counts, cached apart from the page, so that
 * paging through a search (or changing the page size) costs at most one small read of the page's rows.
 * Keyed by the folded query, so "Chè Shan tuyết" and "che shan tuyet" share an entry.
 */
const cachedMatches = cachedRead(
  "catalogue:matches",
  (query: MatchQuery, today: string) => readMatches(query, today, CACHED_MATCHES, 0),
  () => [CacheTags.catalogue],
);

async function readRows(ids: string[], today: string): Promise<ProductSummary[]> {
  if (ids.length === 0) return [];
  const rows = await dbRead().$queryRaw<(ProductRow & { id: string })[]>`
      SELECT p.id, p.slug, p."nameVi", p."nameEn", p."priceVnd", p.unit, p."unitEn", p."group"::text AS "group", ${badgeStars(today)} AS stars, ${certificationSql(today)} AS certification, p.stock,
             pr.slug AS "producerSlug", pr.name AS "producerName", r.slug AS "communeSlug", r.name AS "communeName",
             i.key AS "imageKey", i.width AS "imageWidth", i.height AS "imageHeight", i."altVi" AS "imageAltVi", i."altEn" AS "imageAltEn", i.illustration AS "imageIllustration",
             p."publishedAt"
      FROM products p
      JOIN producers pr ON pr.id = p."producerId"
      JOIN regions r ON r.id = pr."regionId"
      ${CARD_IMAGE_SQL}
      WHERE p.id = ANY(${ids})`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => toSummary(byId.get(id)!));
}

/** The rows of a page, cached by their ids (and the day, for the badges). */
const cachedRows = cachedRead("catalogue:rows", readRows, () => [CacheTags.catalogue]);

/**
 * A page of the catalogue from two cached reads, the search's matches and the page's rows. They are
 * called side by side, never one inside the other: Next.js bypasses an `unstable_cache` called inside
 * another one (as here under getProduct and getHomeCatalogue, which then read both directly).
 */
async function readProducts(query: ProductListQuery, today: string): Promise<ProductPage> {
  const { page, pageSize, ...rest } = query;
  const matchQuery: MatchQuery = { ...rest, q: query.q ? foldText(query.q) : undefined };
  const offset = (page - 1) * pageSize;
  const matches = await cachedMatches(matchQuery, today);
  const ids =
    offset + pageSize <= matches.ids.length || matches.ids.length >= matches.total
      ? matches.ids.slice(offset, offset + pageSize)
      : (await readMatches(matchQuery, today, pageSize, offset)).ids;
  return {
    items: await cachedRows(ids, today),
    total: matches.total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(matches.total / pageSize)),
    groupCounts: matches.groupCounts,
    communes: matches.communes,
    ownMatches: matches.total,
    producerMatches: 0,
    corrected: null,
    facets: null,
  };
}

/**
 * A page of the catalogue from the search index (server/search/catalogue-index.ts): matching, ranking,
 * facets and the cards all from memory, no database round trip.
 */
function readFromIndex(index: CatalogueIndex, query: ProductListQuery, today: string): ProductPage {
  const { page, pageSize, ...rest } = query;
  const found = index.search.search(rest, today, (page - 1) * pageSize, pageSize);
  return {
    items: found.ids.map((id) => {
      const { withoutBadge, ...card } = index.search.card(id)!;
      const stars = index.search.starsOf(id, today);
      return { ...card, stars, certification: stars != null ? "CERTIFIED" : withoutBadge };
    }),
    total: found.total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(found.total / pageSize)),
    groupCounts: found.facets.groups,
    communes: found.facets.communes,
    ownMatches: found.ownMatches,
    producerMatches: found.producerMatches,
    corrected: found.corrected,
    facets: found.facets,
  };
}

/** Browsing without search text, from the index, cached as a whole page (the same few views are asked for again and again). */
const cachedIndexPage = cachedRead(
  "catalogue:index-page",
  async (query: ProductListQuery, today: string) => {
    const index = catalogueIndex();
    return index?.usable ? readFromIndex(index, query, today) : readProducts(query, today);
  },
  () => [CacheTags.catalogue],
);

/**
 * A cached read of nothing but the catalogue tag. A page's full-route cache entry carries the tags of
 * the cached reads its render made; a search answered from memory makes none, so without this its
 * stored page would outlive the back-office write (an approval, a suspension) that changes it.
 */
const catalogueDependency = cachedRead("catalogue:dependency", async () => true, () => [CacheTags.catalogue]);

/**
 * One page of public products matching the catalogue's filters, search and sort: from the index when
 * it is usable, else from PostgreSQL (while it warms or applies a change).
 *
 * `storedPage`: the caller renders a page that the full-route cache may keep (the catalogue page),
 * so a search answered from memory reads the catalogue tag (`catalogueDependency`) for that page to
 * expire with the catalogue. The search API passes false: a route handler that reads its request is
 * never stored, and that cached read was a sixth of a new search's cost over HTTP (docs/search.md).
 */
export async function listProducts(query: ProductListQuery, today: IsoDay = clockToday(), { storedPage = true }: { storedPage?: boolean } = {}): Promise<ProductPage> {
  const index = catalogueIndex();
  if (!index?.usable) return readProducts(query, today);
  // A search is answered from memory: no cache could have seen most of them.
  if (query.q) {
    if (storedPage) await catalogueDependency();
    return readFromIndex(index, query, today);
  }
  return cachedIndexPage(query, today);
}

/** Suggestions for what is typed in the search box: a few products, producers and communes. */
export async function suggestCatalogue(q: string, day: IsoDay = clockToday()): Promise<CatalogueSuggestions> {
  const index = catalogueIndex();
  if (!index?.usable) {
    // While the index warms: products from PostgreSQL's search, no producers or communes.
    const page = await readProducts({ q, sort: "relevance", page: 1, pageSize: 5 } as ProductListQuery, day);
    return {
      products: page.items.map((item) => ({ slug: item.slug, nameVi: item.nameVi, nameEn: item.nameEn, stars: item.stars, producer: item.producer.name, commune: { name: item.commune.name, province: null } })),
      producers: [],
      communes: [],
    };
  }
  const found = index.search.suggest(q, day);
  return {
    products: found.products.map(({ item, stars }) => ({
      slug: item.slug,
      nameVi: item.card.nameVi,
      nameEn: item.card.nameEn,
      stars,
      producer: item.producer.name,
      commune: { name: item.commune.name, province: item.commune.province.name },
    })),
    producers: found.producers.map((producer) => ({
      slug: producer.slug,
      name: producer.name,
      commune: { name: producer.commune.name, province: producer.commune.province.name },
      products: producer.products,
    })),
    communes: found.communes.map((commune) => ({
      slug: commune.slug,
      name: commune.name,
      nameEn: commune.nameEn,
      province: { slug: commune.province.slug, name: commune.province.name, nameEn: commune.province.nameEn },
      products: commune.products,
    })),
  };
}

export interface CatalogueSuggestions {
  products: { slug: string; nameVi: string; nameEn: string | null; stars: number | null; producer: string; commune: { name: string; province: string | null } }[];
  producers: { slug: string; name: string; commune: { name: string; province: string }; products: number }[];
  communes: { slug: string; name: string; nameEn: string | null; province: RegionRef; products: number }[];
}

/** The catalogue page for raw query parameters: invalid ones are dropped and named, not refused. */
export async function browseProducts(raw: Record<string, string | string[] | undefined>) {
  const { query, ignored } = parseLenient(ZProductListQuery, raw);
  return { query, ignored, result: await listProducts(query) };
}
export type ProductBrowse = Awaited<ReturnType<typeof browseProducts>>;

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
  producerCard: { slug: string; name: string; legalForm: LegalForm; communeName: string };
  related: ProductSummary[];
}

async function readProduct(slug: string, today: string): Promise<ProductDetail | null> {
  const todayDate = dayToDate(today);
  const product = await dbRead().product.findFirst({
    where: { slug, status: "PUBLISHED", producer: { status: "ACTIVE" } },
    include: {
      producer: { include: { region: true } },
      subgroup: true,
      // Only photos an officer approved are public (docs/backoffice.md, "Photos").
      images: { where: { review: "APPROVED" }, orderBy: { position: "asc" } },
      certificates: { select: CERTIFICATE_VIEW_SELECT, orderBy: [{ decisionDate: "desc" }, { createdAt: "desc" }] },
      batches: { where: { isPublic: true }, orderBy: { productionDate: "desc" }, take: 20 },
    },
  });
  if (!product) return null;
  const badge = pickBadge(product.certificates, todayDate);
  const related = await readRows(await readRelatedIds(product, today), today);
  const images = publicPictures(product.images.map(({ key, width, height, altVi, altEn, illustration }) => ({ key, width, height, altVi, altEn, illustration })));
  return {
    slug: product.slug,
    nameVi: product.nameVi,
    nameEn: product.nameEn,
    priceVnd: product.priceVnd,
    unit: product.unit,
    unitEn: product.unitEn,
    group: product.group,
    stars: badge?.stars ?? null,
    certification: certificationStatus(product.certificates, todayDate),
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
    badge: badge ? toCertificateView(badge, today) : null,
    fiveStarPotential: productFiveStarPotential(product.certificates, today),
    certificates: product.certificates.map((cert) => toCertificateView(cert, today)),
    batches: product.batches.map((batch) => ({
      code: batch.code,
      lotCode: batch.lotCode,
      productionDate: dateToDay(batch.productionDate),
      expiryDate: batch.expiryDate ? dateToDay(batch.expiryDate) : null,
    })),
    producerCard: {
      slug: product.producer.slug,
      name: product.producer.name,
      legalForm: product.producer.legalForm,
      communeName: product.producer.region.name,
    },
    related,
  };
}

const RELATED = 4;

/**
 * Products like this one: the same subgroup first (a Shan tuyết tea's neighbours are teas, not shrimp
 * paste from the same group), then the same group when the subgroup has too few; in stock before out
 * of stock, certified before not, then by stars and newest.
 */
async function readRelatedIds(product: { id: string; group: OcopGroupCode; subgroupId: string | null }, today: string): Promise<string[]> {
  const sameSubgroup = product.subgroupId ? Prisma.sql`p."subgroupId" IS NOT DISTINCT FROM ${product.subgroupId}` : Prisma.sql`p."subgroupId" IS NULL`;
  const rows = await dbRead().$queryRaw<{ id: string }[]>`
    SELECT p.id FROM products p JOIN producers pr ON pr.id = p."producerId"
    WHERE ${PUBLIC_PRODUCT} AND p.id <> ${product.id} AND p."group" = ${product.group}::"OcopGroup"
    ORDER BY (${sameSubgroup}) DESC, (p.stock > 0) DESC, ${badgeStars(today)} DESC NULLS LAST, p."publishedAt" DESC NULLS LAST, p.id
    LIMIT ${RELATED}`;
  return rows.map((row) => row.id);
}

const cachedProduct = cachedRead("catalogue:product", readProduct, (slug) => [CacheTags.catalogue, CacheTags.product(slug)]);

/** A public product with everything its page shows, or null when unknown or not public. */
export function getProduct(slug: string, today: IsoDay = clockToday()): Promise<ProductDetail | null> {
  return cachedProduct(slug, today);
}

const FEATURED = 8;

/**
 * The home page's featured products: only certified OCOP products (a badge today) a shopper can buy
 * now (in stock) — the list sits under "certified OCOP products", so an expired, revoked or sold-out
 * product has no place in it. Most stars first, then newest.
 */
async function readFeatured(today: string): Promise<ProductSummary[]> {
  const ids = await dbRead().$queryRaw<{ id: string }[]>`
    SELECT p.id FROM products p JOIN producers pr ON pr.id = p."producerId"
    WHERE ${PUBLIC_PRODUCT} AND p.stock > 0 AND ${badgeStars(today)} IS NOT NULL
    ORDER BY ${badgeStars(today)} DESC, p."publishedAt" DESC NULLS LAST, p.id
    LIMIT ${FEATURED}`;
  return readRows(ids.map((row) => row.id), today);
}

async function readHome(today: string) {
  const read = dbRead();
  const [featured, counts] = await Promise.all([
    readFeatured(today),
    read.$queryRaw<{ group: OcopGroupCode; count: bigint }[]>`
      SELECT p."group"::text AS "group", count(*) AS count FROM products p JOIN producers pr ON pr.id = p."producerId"
      WHERE ${PUBLIC_PRODUCT} GROUP BY p."group"`,
  ]);
  const groupCounts = Object.fromEntries(OCOP_GROUPS.map((group) => [group, 0])) as Record<OcopGroupCode, number>;
  for (const row of counts) groupCounts[row.group] = Number(row.count);
  const certified = await read.product.count({
    where: {
      status: "PUBLISHED",
      producer: { status: "ACTIVE" },
      certificates: { some: { status: "VALID", stars: { gte: 3 }, validUntil: { gte: dayToDate(today) } } },
    },
  });
  return { featured, groupCounts, certified };
}

const cachedHome = cachedRead("catalogue:home", readHome, () => [CacheTags.catalogue]);

/** The home page's featured products (highest stars, newest), group counts and certified count. */
export function getHomeCatalogue(today: IsoDay = clockToday()) {
  return cachedHome(today);
}
