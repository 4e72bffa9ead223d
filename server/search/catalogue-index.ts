import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { CatalogueSearch, type CommuneRef, type IndexedProduct, type RegionRef } from "@/lib/catalogue-search";
import type { CertificationStatus } from "@/lib/certification-status";
import { OCOP_GROUP_LABELS, type OcopGroupCode } from "@/lib/ocop-groups";
import type { Db } from "@/server/infra/prisma-client";
import type { ProductSummary } from "@/server/products/queries";
import { CARD_IMAGE_SQL } from "@/server/products/card-image";

/**
 * The catalogue's search index in this instance's memory (docs/search.md): built from PostgreSQL (the
 * source of truth) at start, kept current through the page cache's invalidation channel
 * (server/infra/cache-handler/shared-tags.mjs), and trusted only while it is: until it is built, while
 * a change it heard of is being applied, and while the channel is down, `usable` is false and
 * catalogue reads go to PostgreSQL.
 */

/**
 * A product's card without what depends on the day: the stars (from `certificates`, see `starsOf`) and
 * whether it is certified. `withoutBadge` says which of expired, revoked or never certified it is on a
 * day its badge does not show (lib/certification-status.ts: the fate of its latest 3★+ decision).
 */
export type ProductCard = Omit<ProductSummary, "stars" | "certification"> & { withoutBadge: Exclude<CertificationStatus, "CERTIFIED"> };

/** What the index needs of the page cache's invalidation channel (SharedTagCache). */
export interface TagChannel {
  readonly state: string;
  start(): Promise<void>;
  onChange(listener: (change: { tags: readonly string[] } | { reset: true }) => void): () => void;
}

export type IndexState = "cold" | "warming" | "ready" | "failed" | "closed";

interface ProductRow {
  id: string;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  priceVnd: number;
  unit: string;
  unitEn: string | null;
  group: OcopGroupCode;
  stock: number;
  publishedAt: Date | null;
  legacyCategory: string | null;
  subgroupVi: string | null;
  subgroupEn: string | null;
  producerSlug: string;
  producerName: string;
  regionId: string;
  imageKey: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  imageAltVi: string | null;
  imageAltEn: string | null;
  imageIllustration: boolean | null;
  certificates: { stars: number; validUntil: string }[];
  withoutBadge: Exclude<CertificationStatus, "CERTIFIED">;
}

interface RegionRow {
  id: string;
  slug: string;
  name: string;
  nameEn: string | null;
  level: string;
  parentId: string | null;
}

interface Place {
  commune: CommuneRef;
  /** Names of the areas between the commune and its province (a district, a former province). */
  areas: string[];
}

// "legacyCategory": the category printed on the product's latest decision that names one (certificates
// keep it since the printed-facts migration); shoppers still search by those old names.
const PRODUCT_COLUMNS = Prisma.sql`
  p.id, p.slug, p."nameVi", p."nameEn", p."priceVnd", p.unit, p."unitEn", p."group"::text AS "group", p.stock, p."publishedAt",
  (SELECT c."categoryOnDecision" FROM ocop_certificates c WHERE c."productId" = p.id AND c."categoryOnDecision" IS NOT NULL
    ORDER BY c."decisionDate" DESC LIMIT 1) AS "legacyCategory", s."nameVi" AS "subgroupVi", s."nameEn" AS "subgroupEn",
  pr.slug AS "producerSlug", pr.name AS "producerName", pr."regionId",
  i.key AS "imageKey", i.width AS "imageWidth", i.height AS "imageHeight", i."altVi" AS "imageAltVi", i."altEn" AS "imageAltEn", i.illustration AS "imageIllustration",
  (SELECT coalesce(json_agg(json_build_object('stars', c.stars, 'validUntil', c."validUntil")), '[]'::json) FROM ocop_certificates c
    WHERE c."productId" = p.id AND c.status = 'VALID' AND c.stars >= 3) AS certificates,
  coalesce((SELECT CASE WHEN c.status = 'REVOKED' THEN 'REVOKED' ELSE 'EXPIRED' END FROM ocop_certificates c
    WHERE c."productId" = p.id AND c.stars BETWEEN 3 AND 5 ORDER BY c."decisionDate" DESC, c."createdAt" DESC LIMIT 1), 'NONE') AS "withoutBadge"`;

const PRODUCT_FROM = Prisma.sql`
  FROM products p
  JOIN producers pr ON pr.id = p."producerId"
  LEFT JOIN subgroups s ON s.id = p."subgroupId"
  ${CARD_IMAGE_SQL}
  WHERE p.status = 'PUBLISHED' AND pr.status = 'ACTIVE'`;

export class CatalogueIndex {
  state: IndexState = "cold";
  search = new CatalogueSearch<ProductCard>();
  /** Changes heard of and not yet applied: while any, the index is not used. */
  private pending = 0;
  private queued = { products: new Set<string>(), producers: new Set<string>(), everything: false };
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private applying: Promise<void> = Promise.resolve();
  private regions = new Map<string, RegionRow>();
  private places = new Map<string, Place>();
  private unsubscribe: (() => void) | null = null;
  /** Milliseconds and heap growth of the last full build, for /api/health and docs/search.md. */
  lastBuild: { ms: number; products: number; producers: number } | null = null;

  constructor(
    private readonly db: Db,
    private readonly channel: TagChannel | null,
    private readonly log: Pick<Console, "error" | "info"> = console,
  ) {}

  /** Whether searches may be answered from memory right now. */
  get usable(): boolean {
    if (this.state !== "ready" || this.pending > 0) return false;
    const sharing = this.channel?.state ?? "local";
    return sharing === "local" || sharing === "listening";
  }

  /** Listens for changes, then builds: a change made while building is heard and applied after. */
  async start(): Promise<void> {
    if (this.state !== "cold") return;
    this.state = "warming";
    if (this.channel) {
      this.unsubscribe = this.channel.onChange((change) => this.heard(change));
      await this.channel.start();
    }
    // Built once listening (when shared), so a change made meanwhile is heard and applied after.
    this.heard({ reset: true });
    await this.settled();
  }

  close(): void {
    this.state = "closed";
    this.unsubscribe?.();
    if (this.flushTimer) clearTimeout(this.flushTimer);
  }

  /**
   * A change heard on the channel (made here or on another instance): from now on searches go to
   * PostgreSQL until it is applied. The tags of one write arrive together or within a few milliseconds,
   * so they are gathered briefly and applied as one.
   */
  heard(change: { tags: readonly string[] } | { reset: true }): void {
    if (this.state === "closed") return;
    if ("reset" in change) {
      this.queued.everything = true;
    } else {
      let relevant = false;
      for (const tag of change.tags) {
        if (tag.startsWith("product:")) this.queued.products.add(tag.slice("product:".length));
        else if (tag.startsWith("producer:")) this.queued.producers.add(tag.slice("producer:".length));
        else if (tag === "catalogue" || tag === "producers") this.queued.everything ||= !change.tags.some((t) => t.startsWith("product:") || t.startsWith("producer:"));
        else continue;
        relevant = true;
      }
      if (!relevant) return;
    }
    this.pending++;
    if (!this.flushTimer) this.flushTimer = setTimeout(() => this.flush(), 5);
  }

  private flush(): void {
    this.flushTimer = null;
    const work = this.queued;
    const count = this.pending;
    this.queued = { products: new Set(), producers: new Set(), everything: false };
    this.applying = this.applying
      .then(async () => {
        if (work.everything || this.state !== "ready") await this.rebuild();
        else await this.refresh([...work.products], [...work.producers]);
      })
      .catch((error) => {
        // The index may now be behind: searches stay on PostgreSQL until a rebuild succeeds.
        this.log.error("[search] could not apply a catalogue change; rebuilding the index in a second", error);
        if (this.state === "closed") return;
        this.state = "failed";
        setTimeout(() => this.heard({ reset: true }), 1000).unref?.();
      })
      .finally(() => {
        this.pending -= count;
      });
  }

  /** Resolves once every change heard so far is applied (for tests and the health check). */
  async settled(): Promise<void> {
    while ((this.pending > 0 || this.flushTimer) && this.state !== "closed") {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await this.applying;
  }

  /** Reads every public product and producer and swaps in a new index. */
  async rebuild(): Promise<void> {
    const started = performance.now();
    await this.loadRegions();
    const search = new CatalogueSearch<ProductCard>();
    const rows = await this.db.$queryRaw<ProductRow[]>`SELECT ${PRODUCT_COLUMNS} ${PRODUCT_FROM}`;
    for (const row of rows) search.put(this.toProduct(row));
    const producers = await this.readProducers();
    for (const producer of producers) search.putProducer(producer);
    if (this.state === "closed") return;
    this.search = search;
    this.state = "ready";
    this.lastBuild = { ms: Math.round(performance.now() - started), products: rows.length, producers: producers.length };
    this.log.info?.(`[search] index built: ${rows.length} products, ${producers.length} producers in ${this.lastBuild.ms} ms`);
  }

  /** Re-reads the given products (by slug) and every product of the given producers. */
  async refresh(productSlugs: string[], producerSlugs: string[]): Promise<void> {
    if (productSlugs.length === 0 && producerSlugs.length === 0) return;
    const rows = await this.db.$queryRaw<ProductRow[]>`SELECT ${PRODUCT_COLUMNS} ${PRODUCT_FROM}
      AND (p.slug = ANY(${productSlugs}) OR pr.slug = ANY(${producerSlugs}))`;
    if (rows.some((row) => !this.places.has(row.regionId))) await this.loadRegions();
    const search = this.search;
    // What is no longer public (unpublished, archived, a producer suspended, a slug changed) goes.
    const found = new Set(rows.map((row) => row.id));
    const slugs = new Set(productSlugs);
    const stale: string[] = [];
    for (const slug of producerSlugs) stale.push(...search.productsOf(slug));
    for (const id of search.idsWithSlugs(slugs)) stale.push(id);
    for (const id of stale) if (!found.has(id)) search.remove(id);
    for (const row of rows) search.put(this.toProduct(row));
    for (const producer of await this.readProducers(producerSlugs.length > 0 ? producerSlugs : [...new Set(rows.map((row) => row.producerSlug))])) {
      search.putProducer(producer);
    }
    for (const slug of producerSlugs) if (!(await this.isActiveProducer(slug))) search.removeProducer(slug);
  }

  private async isActiveProducer(slug: string): Promise<boolean> {
    const rows = await this.db.$queryRaw<{ n: number }[]>`SELECT 1 AS n FROM producers WHERE slug = ${slug} AND status = 'ACTIVE'`;
    return rows.length > 0;
  }

  private async readProducers(slugs?: string[]) {
    const filter = slugs ? Prisma.sql`AND slug = ANY(${slugs})` : Prisma.empty;
    const rows = await this.db.$queryRaw<{ slug: string; name: string; regionId: string }[]>`
      SELECT slug, name, "regionId" FROM producers WHERE status = 'ACTIVE' ${filter}`;
    return rows.flatMap((row) => {
      const place = this.places.get(row.regionId);
      if (!place) return [];
      const { commune } = place;
      return [{ slug: row.slug, name: row.name, commune, text: { name: [row.name], place: [commune.name, commune.nameEn, ...place.areas, commune.province.name, commune.province.nameEn] } }];
    });
  }

  private async loadRegions(): Promise<void> {
    const rows = await this.db.$queryRaw<RegionRow[]>`SELECT id, slug, name, "nameEn", level::text AS level, "parentId" FROM regions`;
    this.regions = new Map(rows.map((row) => [row.id, row]));
    this.places = new Map();
    for (const row of rows) {
      const chain: RegionRow[] = [];
      for (let region: RegionRow | undefined = row; region && chain.length < 8; region = region.parentId ? this.regions.get(region.parentId) : undefined) chain.push(region);
      const top = chain[chain.length - 1];
      const ref = (region: RegionRow): RegionRef => ({ slug: region.slug, name: region.name, nameEn: region.nameEn });
      this.places.set(row.id, {
        commune: { ...ref(row), province: ref(top) },
        areas: chain.slice(1, -1).map((region) => region.name),
      });
    }
  }

  private toProduct(row: ProductRow): IndexedProduct<ProductCard> {
    const place = this.places.get(row.regionId)!;
    const { commune } = place;
    const labels = OCOP_GROUP_LABELS[row.group];
    return {
      id: row.id,
      slug: row.slug,
      group: row.group,
      priceVnd: row.priceVnd,
      publishedAtMs: row.publishedAt ? row.publishedAt.getTime() : 0,
      commune,
      producer: { slug: row.producerSlug, name: row.producerName },
      certificates: row.certificates.map((certificate) => ({ stars: certificate.stars, validUntil: String(certificate.validUntil).slice(0, 10) })),
      text: {
        name: [row.nameVi, row.nameEn],
        category: [row.subgroupVi, row.subgroupEn, labels.vi, labels.en, row.legacyCategory],
        place: [commune.name, commune.nameEn, ...place.areas, commune.province.name, commune.province.nameEn],
        producer: [row.producerName],
      },
      card: {
        slug: row.slug,
        nameVi: row.nameVi,
        nameEn: row.nameEn,
        priceVnd: row.priceVnd,
        unit: row.unit,
        unitEn: row.unitEn,
        group: row.group,
        inStock: row.stock > 0,
        withoutBadge: row.withoutBadge,
        producer: { slug: row.producerSlug, name: row.producerName },
        commune: { slug: commune.slug, name: commune.name },
        image: row.imageKey
          ? { key: row.imageKey, width: row.imageWidth!, height: row.imageHeight!, altVi: row.imageAltVi ?? "", altEn: row.imageAltEn, illustration: row.imageIllustration === true }
          : null,
        publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
      },
    };
  }
}

const HOLDER = Symbol.for("ocop.catalogue-index");

/** This process's index, if one was started (by instrumentation.ts, or a test). */
export function catalogueIndex(): CatalogueIndex | null {
  return (globalThis as { [HOLDER]?: CatalogueIndex })[HOLDER] ?? null;
}

export function setCatalogueIndex(index: CatalogueIndex | null): void {
  (globalThis as { [HOLDER]?: CatalogueIndex | null })[HOLDER] = index;
}

/** The index's state for /api/health: "off" when none was started (SEARCH_INDEX=0, or a build). */
export function catalogueIndexHealth() {
  const index = catalogueIndex();
  if (!index) return { state: "off" as const };
  return { state: index.state, usable: index.usable, lastBuild: index.lastBuild, ...index.search.products.stats() };
}
