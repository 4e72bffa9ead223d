/**
 * Catalogue search over the in-memory index (docs/search.md): text matching and tiers from
 * lib/search-engine.ts, then the catalogue's filters, facet counts from the same match set, the sort
 * and the page — all in memory, with the card data of each product kept beside the index so a result
 * page needs no database round trip. Pure: no I/O; server/search/catalogue-index.ts loads and refreshes it.
 */
import { SmallestKeys } from "./smallest-keys";
import { OCOP_GROUPS, type OcopGroupCode } from "./ocop-groups";
import { ownWords, SearchEngine, searchWords, type DocumentText } from "./search-engine";
import type { ProductSort } from "./catalogue-query";

export interface RegionRef {
  slug: string;
  name: string;
  nameEn: string | null;
}

export interface CommuneRef extends RegionRef {
  province: RegionRef;
}

export interface IndexedProduct<Card> {
  id: string;
  slug: string;
  group: OcopGroupCode;
  priceVnd: number;
  publishedAtMs: number;
  commune: CommuneRef;
  producer: { slug: string; name: string };
  /** Valid (not revoked or superseded) 3★+ certificates: the badge on a day is the best still valid. */
  certificates: readonly { stars: number; validUntil: string }[];
  text: DocumentText;
  /** What a result card shows, apart from the stars (which depend on the day). */
  card: Card;
}

export interface IndexedProducer {
  slug: string;
  name: string;
  commune: CommuneRef;
  text: DocumentText;
}

export interface CatalogueQuery {
  q?: string;
  group?: OcopGroupCode;
  stars?: number;
  commune?: string;
  province?: string;
  producer?: string;
  minPrice?: number;
  maxPrice?: number;
  sort: ProductSort;
}

/** Price bands of the price facet, in VND: [min, max] both inclusive, max null for "and above". */
export const PRICE_BANDS: readonly (readonly [number, number | null])[] = [
  [0, 49_999],
  [50_000, 99_999],
  [100_000, 199_999],
  [200_000, 499_999],
  [500_000, null],
];

/** One collator for every sort of names: `localeCompare(…, "vi")` builds one per call (~20 µs). */
const VIETNAMESE = new Intl.Collator("vi");

/** Communes listed in the commune facet when no province is chosen (a national list is too long). */
const COMMUNE_FACETS = 40;

export interface CatalogueFacets {
  groups: Record<OcopGroupCode, number>;
  /** Matches with a valid certificate of at least 3, 4 and 5 stars. */
  stars: Record<3 | 4 | 5, number>;
  provinces: (RegionRef & { count: number })[];
  communes: (CommuneRef & { count: number })[];
  prices: { min: number; max: number | null; count: number }[];
}

export interface CatalogueMatches {
  /** Product ids in display order from `offset`, at most `limit` of them. */
  ids: string[];
  /** Everything listed: matches by the product's own words, then those found only by the producer's name. */
  total: number;
  /** Products whose own words (name, group, subgroup, place) match. */
  ownMatches: number;
  /** Products listed after those, found only through their producer's name. */
  producerMatches: number;
  corrected: string | null;
  facets: CatalogueFacets;
}

const GROUP_INDEX = new Map<OcopGroupCode, number>(OCOP_GROUPS.map((code, key) => [code, key]));

const FAIL = { GROUP: 1, STARS: 2, COMMUNE: 4, PROVINCE: 8, PRODUCER: 16, PRICE: 32 } as const;

type Order = "stars" | "price-asc" | "price-desc" | "newest";

/** The stars of the badge on `day`: the most stars among certificates still valid then. */
export function starsOn(certificates: IndexedProduct<unknown>["certificates"], day: string): number | null {
  let best: number | null = null;
  for (const certificate of certificates) if (certificate.validUntil >= day && (best == null || certificate.stars > best)) best = certificate.stars;
  return best;
}

/**
 * Per slot, how many public products the item has; and the slots that have any, most products first
 * (then by slot, a stable order). Counts by slot, not by slug: a two-letter prefix finds thousands of
 * producers, and looking each one's slug up in a map was a third of a suggestion's time.
 */
function byProductCount(list: readonly ({ slug: string } | undefined)[], counts: Map<string, number>): { order: Int32Array; count: Int32Array } {
  const count = new Int32Array(list.length);
  const slots: number[] = [];
  for (let slot = 0; slot < list.length; slot++) {
    count[slot] = counts.get(list[slot]?.slug ?? "") ?? 0;
    if (count[slot] > 0) slots.push(slot);
  }
  return { order: Int32Array.from(slots.sort((a, b) => count[b] - count[a] || a - b)), count };
}

export class CatalogueSearch<Card> {
  readonly products: SearchEngine;
  readonly producers: SearchEngine;
  readonly communes = new SearchEngine();
  private items: (IndexedProduct<Card> | undefined)[] = [];
  private producerItems: (IndexedProducer | undefined)[] = [];
  private communeItems: CommuneRef[] = [];
  /** Public products per producer and per commune (for suggestions), counted in `prepare`. */
  private productCounts = { producer: new Map<string, number>(), commune: new Map<string, number>() };
  /** Per day: each slot's stars, and its rank in each global order (lower first). */
  private day: string | null = null;
  private stars = new Int8Array(0);
  /**
   * Per slot, computed with the stars: the facets' keys as small numbers (group, price band, province,
   * commune), so counting a broad search's thousands of matches touches typed arrays, not maps of names.
   */
  private facetKeys = { group: new Uint8Array(0), band: new Int8Array(0), province: new Int32Array(0), commune: new Int32Array(0) };
  private provinceRefs: RegionRef[] = [];
  private communeRefs: CommuneRef[] = [];
  /**
   * Each province's and commune's place in Vietnamese alphabetical order (communes: then by province),
   * worked out once per day with the refs: facets list them in that order, and comparing with the
   * collator on every search was a fifth of a search's time.
   */
  private provinceRank = new Int32Array(0);
  private communeRank = new Int32Array(0);
  private ranks: Partial<Record<Order, Uint32Array>> = {};
  private byRank: Partial<Record<Order, Int32Array>> = {};
  /** For suggestions: the producers and communes that have public products, most products first (null: to compute). */
  private suggestOrders: { producers: ReturnType<typeof byProductCount>; communes: ReturnType<typeof byProductCount> } | null = null;

  constructor({ compactAfter }: { compactAfter?: number } = {}) {
    this.products = new SearchEngine(compactAfter);
    this.products.onCompact = (renumber) => {
      const items: (IndexedProduct<Card> | undefined)[] = [];
      this.items.forEach((item, slot) => {
        if (renumber[slot] >= 0) items[renumber[slot]] = item;
      });
      this.items = items;
      this.changed();
    };
    // Producers are replaced on every change of a profile: their engine compacts too, and the items
    // kept by slot must follow it, or a suggestion would name another producer.
    this.producers = new SearchEngine(compactAfter);
    this.producers.onCompact = (renumber) => {
      const items: (IndexedProducer | undefined)[] = [];
      this.producerItems.forEach((item, slot) => {
        if (renumber[slot] >= 0) items[renumber[slot]] = item;
      });
      this.producerItems = items;
      this.suggestOrders = null;
    };
  }

  get size(): number {
    return this.products.size;
  }

  /** Adds or replaces a product (by id). */
  put(product: IndexedProduct<Card>): void {
    const slot = this.products.add(product.id, product.text);
    this.items[slot] = product;
    if (this.communes.slot(product.commune.slug) == null) {
      const { commune } = product;
      const communeSlot = this.communes.add(commune.slug, { name: [commune.name, commune.nameEn], place: [commune.province.name, commune.province.nameEn] });
      this.communeItems[communeSlot] = commune;
    }
    this.changed();
  }

  remove(id: string): void {
    const slot = this.products.slot(id);
    if (slot == null) return;
    this.items[slot] = undefined;
    this.products.remove(id);
    this.changed();
  }

  get(id: string): IndexedProduct<Card> | undefined {
    const slot = this.products.slot(id);
    return slot == null ? undefined : this.items[slot];
  }

  /** Every product in the index (for the relevance bench's judgements). */
  *all(): Generator<IndexedProduct<Card>> {
    for (const item of this.items) if (item) yield item;
  }

  /** Ids of the products with these slugs. */
  idsWithSlugs(slugs: ReadonlySet<string>): string[] {
    if (slugs.size === 0) return [];
    return this.items.filter((item): item is IndexedProduct<Card> => !!item && slugs.has(item.slug)).map((item) => item.id);
  }

  /** Ids of the products of a producer. */
  productsOf(producerSlug: string): string[] {
    return this.items.filter((item): item is IndexedProduct<Card> => !!item && item.producer.slug === producerSlug).map((item) => item.id);
  }

  putProducer(producer: IndexedProducer): void {
    const slot = this.producers.add(producer.slug, producer.text);
    this.producerItems[slot] = producer;
    this.suggestOrders = null;
  }

  removeProducer(slug: string): void {
    const slot = this.producers.slot(slug);
    if (slot == null) return;
    this.producerItems[slot] = undefined;
    this.producers.remove(slug);
    this.suggestOrders = null;
  }

  private changed(): void {
    this.day = null;
    this.suggestOrders = null;
  }

  /** Stars and the global orders for `day`, computed once per day and after changes. */
  private prepare(day: string): void {
    if (this.day === day) return;
    const count = this.items.length;
    this.stars = new Int8Array(count);
    const live: number[] = [];
    this.productCounts = { producer: new Map(), commune: new Map() };
    const countOf = (counts: Map<string, number>, slug: string) => counts.set(slug, (counts.get(slug) ?? 0) + 1);
    const keys = { group: new Uint8Array(count), band: new Int8Array(count), province: new Int32Array(count), commune: new Int32Array(count) };
    const provinces = new Map<string, number>();
    const communes = new Map<string, number>();
    this.provinceRefs = [];
    this.communeRefs = [];
    for (let slot = 0; slot < count; slot++) {
      const item = this.items[slot];
      if (!item) continue;
      live.push(slot);
      countOf(this.productCounts.producer, item.producer.slug);
      countOf(this.productCounts.commune, item.commune.slug);
      this.stars[slot] = starsOn(item.certificates, day) ?? 0;
      keys.group[slot] = GROUP_INDEX.get(item.group)!;
      keys.band[slot] = PRICE_BANDS.findIndex(([min, max]) => item.priceVnd >= min && (max == null || item.priceVnd <= max));
      const { province } = item.commune;
      let provinceKey = provinces.get(province.slug);
      if (provinceKey === undefined) {
        provinceKey = this.provinceRefs.push(province) - 1;
        provinces.set(province.slug, provinceKey);
      }
      keys.province[slot] = provinceKey;
      let communeKey = communes.get(item.commune.slug);
      if (communeKey === undefined) {
        communeKey = this.communeRefs.push(item.commune) - 1;
        communes.set(item.commune.slug, communeKey);
      }
      keys.commune[slot] = communeKey;
    }
    this.facetKeys = keys;
    const rankBy = <T>(refs: T[], compare: (a: T, b: T) => number) => {
      const rank = new Int32Array(refs.length);
      refs
        .map((_, key) => key)
        .sort((a, b) => compare(refs[a], refs[b]))
        .forEach((key, position) => (rank[key] = position));
      return rank;
    };
    const byName = (a: RegionRef, b: RegionRef) => VIETNAMESE.compare(a.name, b.name);
    this.provinceRank = rankBy(this.provinceRefs, byName);
    this.communeRank = rankBy(this.communeRefs, (a, b) => byName(a, b) || byName(a.province, b.province));
    this.suggestOrders = null;
    const items = this.items as IndexedProduct<Card>[];
    const newest = (a: number, b: number) => items[b].publishedAtMs - items[a].publishedAtMs || (items[a].id < items[b].id ? -1 : 1);
    const compare: Record<Order, (a: number, b: number) => number> = {
      stars: (a, b) => this.stars[b] - this.stars[a] || newest(a, b),
      "price-asc": (a, b) => items[a].priceVnd - items[b].priceVnd || newest(a, b),
      "price-desc": (a, b) => items[b].priceVnd - items[a].priceVnd || newest(a, b),
      newest,
    };
    for (const order of Object.keys(compare) as Order[]) {
      const sorted = [...live].sort(compare[order]);
      const ranks = new Uint32Array(count).fill(0xffffff);
      sorted.forEach((slot, rank) => (ranks[slot] = rank));
      this.ranks[order] = ranks;
      this.byRank[order] = Int32Array.from(sorted);
    }
    this.day = day;
  }

  /** Stars of a product's badge on the day of the last search (or `day`). */
  starsOf(id: string, day: string): number | null {
    const item = this.get(id);
    return item ? starsOn(item.certificates, day) : null;
  }

  card(id: string): Card | undefined {
    return this.get(id)?.card;
  }

  /** One search: matches in order from `offset` (at most `limit`), counts and facets. */
  search(query: CatalogueQuery, day: string, offset: number, limit: number): CatalogueMatches {
    this.prepare(day);
    // A query of punctuation alone has no words: the whole catalogue, as with an empty box.
    const found = query.q && searchWords(query.q).length > 0 ? this.products.find(query.q) : null;
    const slots = found ? found.candidates : this.byRank.stars!;
    // Without words every product matches by its own words (state 7).
    const states = found ? found.states : null;
    const items = this.items as IndexedProduct<Card>[];
    const stars = this.stars;
    const fails = new Uint8Array(slots.length);
    const communeProvince = query.commune;
    for (let i = 0; i < slots.length; i++) {
      const item = items[slots[i]];
      let fail = 0;
      if (query.group && item.group !== query.group) fail |= FAIL.GROUP;
      if (query.stars != null && stars[slots[i]] < query.stars) fail |= FAIL.STARS;
      if (communeProvince && item.commune.slug !== communeProvince) fail |= FAIL.COMMUNE;
      if (query.province && item.commune.province.slug !== query.province) fail |= FAIL.PROVINCE;
      if (query.producer && item.producer.slug !== query.producer) fail |= FAIL.PRODUCER;
      if ((query.minPrice != null && item.priceVnd < query.minPrice) || (query.maxPrice != null && item.priceVnd > query.maxPrice)) fail |= FAIL.PRICE;
      fails[i] = fail;
    }

    // Facets count the matches by the products' own words when there are any (so "mật ong" counts
    // honey, not the brooms of a cooperative named "Mật ong"), else those found through producers.
    let anyOwn = !states;
    for (let i = 0; states && i < states.length && !anyOwn; i++) if (ownWords(states[i])) anyOwn = true;
    const facets = this.facets(slots, states, fails, anyOwn, query);

    let ownMatches = 0;
    let producerMatches = 0;
    for (let i = 0; i < slots.length; i++) {
      if (fails[i] !== 0) continue;
      if (!states || ownWords(states[i])) ownMatches++;
      else producerMatches++;
    }
    const corrected = found?.corrected ?? null;
    const total = ownMatches + producerMatches;
    const ids: string[] = [];
    if (found && query.sort === "relevance") {
      // By relevance: the tier, then neighbouring words found side by side, then the global order
      // (certified before not, more stars, newest). Only the page's matches are ranked (`best`).
      for (const { slot } of this.products.best(found, offset + limit, this.byRank.stars!, fails).slice(offset)) ids.push(items[slot].id);
      return { ids, total, ownMatches, producerMatches, corrected, facets };
    }
    // The other sorts (and no words): own matches before producer-only ones, then that sort's rank.
    // Packed in one number, so the typed array sorts natively.
    const order: Order = query.sort === "relevance" ? "stars" : query.sort;
    const ranks = this.ranks[order]!;
    const keys = new Float64Array(total);
    let kept = 0;
    for (let i = 0; i < slots.length; i++) {
      if (fails[i] !== 0) continue;
      keys[kept++] = (!states || ownWords(states[i]) ? 0 : 0x1000000) + ranks[slots[i]];
    }
    const sorted = keys.sort();
    const byRank = this.byRank[order]!;
    for (let i = offset; i < sorted.length && ids.length < limit; i++) ids.push(items[byRank[sorted[i] % 0x1000000]].id);
    return { ids, total, ownMatches, producerMatches, corrected, facets };
  }

  private facets(slots: Int32Array, states: Uint8Array | null, fails: Uint8Array, anyOwn: boolean, query: CatalogueQuery): CatalogueFacets {
    const { group, band, province, commune } = this.facetKeys;
    const groupCounts = new Int32Array(OCOP_GROUPS.length);
    const stars: Record<3 | 4 | 5, number> = { 3: 0, 4: 0, 5: 0 };
    const bandCounts = new Int32Array(PRICE_BANDS.length);
    const provinceCounts = new Int32Array(this.provinceRefs.length);
    const communeCounts = new Int32Array(this.communeRefs.length);
    // Provinces and communes in the order they were first met (the commune list's tie order).
    const provincesMet: number[] = [];
    const communesMet: number[] = [];
    for (let i = 0; i < slots.length; i++) {
      if (anyOwn && states && !ownWords(states[i])) continue;
      const fail = fails[i];
      const slot = slots[i];
      if ((fail & ~FAIL.GROUP) === 0) groupCounts[group[slot]]++;
      if ((fail & ~FAIL.STARS) === 0) {
        const s = this.stars[slot];
        if (s >= 3) stars[3]++;
        if (s >= 4) stars[4]++;
        if (s >= 5) stars[5]++;
      }
      if ((fail & ~FAIL.PRICE) === 0 && band[slot] >= 0) bandCounts[band[slot]]++;
      if ((fail & ~(FAIL.PROVINCE | FAIL.COMMUNE)) === 0 && provinceCounts[province[slot]]++ === 0) provincesMet.push(province[slot]);
      if ((fail & ~FAIL.COMMUNE) === 0 && communeCounts[commune[slot]]++ === 0) communesMet.push(commune[slot]);
    }
    const { provinceRank, communeRank } = this;
    // With a province chosen, all its communes; otherwise the communes with most matches (the first
    // met first among equals), chosen before any is turned into an object.
    let shown = communesMet;
    if (!query.province && communesMet.length > COMMUNE_FACETS) {
      // Most matches first, the first met first among equals: kept in one pass (a broad search meets
      // most of the country's communes, and sorting them all cost more than counting).
      const top = new SmallestKeys(COMMUNE_FACETS);
      for (let i = 0; i < communesMet.length; i++) top.offer((2 ** 30 - communeCounts[communesMet[i]]) * 2 ** 21 + i);
      shown = top.kept.map((key) => communesMet[key % 2 ** 21]);
    }
    const communeList = [...shown].sort((a, b) => communeRank[a] - communeRank[b]).map((key) => ({ ...this.communeRefs[key], count: communeCounts[key] }));
    return {
      groups: Object.fromEntries(OCOP_GROUPS.map((code, key) => [code, groupCounts[key]])) as Record<OcopGroupCode, number>,
      stars,
      prices: PRICE_BANDS.map(([min, max], key) => ({ min, max, count: bandCounts[key] })),
      provinces: provincesMet.sort((a, b) => provinceRank[a] - provinceRank[b]).map((key) => ({ ...this.provinceRefs[key], count: provinceCounts[key] })),
      communes: communeList,
    };
  }

  /** Search-as-you-type: the best few products, producers and communes for what is typed so far. */
  suggest(q: string, day: string, limits = { products: 5, producers: 3, communes: 3 }) {
    this.prepare(day);
    const items = this.items as IndexedProduct<Card>[];
    // The catalogue's order (certified first, more stars, newest) breaks ties between equal matches.
    const topProducts = this.products.best(this.products.find(q, { prefixLast: true }), limits.products, this.byRank.stars!).map(({ slot }) => items[slot]);

    // Producers and communes: fewer tiers first, then more products (`suggestOrders`). Only those with
    // public products take part, and only the few that can enter are ranked (`SearchEngine.best`).
    const orders = (this.suggestOrders ??= {
      producers: byProductCount(this.producerItems, this.productCounts.producer),
      communes: byProductCount(this.communeItems, this.productCounts.commune),
    });
    const best = <T extends { slug: string }>(engine: SearchEngine, list: (T | undefined)[], { order, count }: ReturnType<typeof byProductCount>, limit: number) => {
      const found = engine.find(q, { prefixLast: true });
      const withoutProducts = new Uint8Array(found.candidates.length);
      for (let i = 0; i < found.candidates.length; i++) if (count[found.candidates[i]] === 0) withoutProducts[i] = 1;
      return engine.best(found, limit, order, withoutProducts).map(({ slot }) => ({ ...list[slot]!, products: count[slot] }));
    };
    return {
      products: topProducts.map((item) => ({ item, stars: this.stars[this.products.slot(item.id)!] || null })),
      producers: best(this.producers, this.producerItems, orders.producers, limits.producers),
      communes: best(this.communes, this.communeItems, orders.communes, limits.communes),
    };
  }
}
