// @ts-check
/*
 * The rules of the shared cache handler (./index.mjs), kept free of I/O so they can be tested alone.
 *
 * Every time here is this process's `Date.now()`: when a render started and when this instance learnt
 * that a tag was invalidated. Comparing times from one clock only is the point. Next.js's own handler
 * compares `Date.now()` with `performance.timeOrigin + performance.now()`, and where those two disagree
 * by a few milliseconds (seen on CI machines) an expired page is served stale instead of re-rendered.
 * Times from other instances are never compared, so clock skew between machines does not matter either.
 */
import { LRUCache } from "lru-cache";
import { hashPolicy, inlineScriptHashes } from "../../../lib/security-headers.mjs";

/** Header under which Next.js stores a page's or route's cache tags. */
const CACHE_TAGS_HEADER = "x-next-cache-tags";

/**
 * @typedef {import("next/dist/server/lib/incremental-cache").CacheHandlerValue} CacheHandlerValue
 * @typedef {import("next/dist/server/response-cache").IncrementalCacheValue} IncrementalCacheValue
 * @typedef {{ value: IncrementalCacheValue | null, lastModified: number, tags: string[], cacheControl?: CacheHandlerValue["cacheControl"] }} Entry
 * @typedef {{ tags?: string[], softTags?: string[], revalidate?: number | false }} LookupContext
 * @typedef {{ tags?: string[], cacheControl?: CacheHandlerValue["cacheControl"] }} StoreContext
 */

const CSP_HEADER = "content-security-policy";

/**
 * Gives a rendered public page its Content-Security-Policy: the hashes of its own inline scripts
 * (lib/security-headers.mjs). Next.js sends a page's stored headers with it, and on the render
 * that stores it, serves the very object it stores, so the first visitor gets the same policy as the
 * rest — and so would a CDN. Pages rendered per request never come here; proxy.ts gives them a nonce.
 * @param {IncrementalCacheValue | null} value
 */
export function withPagePolicy(value) {
  if (!value || value.kind !== "APP_PAGE" || typeof value.html !== "string") return;
  value.headers = { ...value.headers, [CSP_HEADER]: hashPolicy(inlineScriptHashes(value.html)) };
}

/**
 * Whether a rendered entry is kept: not a page that was not found. A request for any made-up path
 * (`/products/<anything>`) renders the not-found page; storing each would let a stranger fill the
 * cache with copies of it.
 * @param {IncrementalCacheValue | null} value
 */
function isWorthKeeping(value) {
  return !(value && value.kind === "APP_PAGE" && value.status === 404);
}

/** The tags an entry depends on: those given when it was stored, and for pages and routes, those Next.js recorded on it. */
export function tagsOf(/** @type {IncrementalCacheValue | null} */ value, /** @type {string[] | undefined} */ given) {
  const tags = new Set(given ?? []);
  if (value && (value.kind === "APP_PAGE" || value.kind === "APP_ROUTE" || value.kind === "PAGES")) {
    const header = value.headers?.[CACHE_TAGS_HEADER];
    if (typeof header === "string") for (const tag of header.split(",")) if (tag) tags.add(tag);
  }
  if (value && value.kind === "FETCH") for (const tag of value.tags ?? []) tags.add(tag);
  return [...tags];
}

/** Rough bytes an entry holds, for the memory limit. */
function sizeOf(/** @type {IncrementalCacheValue | null} */ value) {
  if (!value) return 64;
  switch (value.kind) {
    case "APP_PAGE": {
      let bytes = value.html.length + (value.rscData?.length ?? 0);
      for (const segment of value.segmentData?.values() ?? []) bytes += segment.length;
      return bytes + 256;
    }
    case "APP_ROUTE":
      return value.body.length + 256;
    case "FETCH":
      return JSON.stringify(value.data).length + 256;
    default:
      return JSON.stringify(value).length;
  }
}

/**
 * One instance's cache: entries in memory (least recently used dropped past `maxBytes`) and, per tag,
 * when this instance last learnt that it was invalidated. An entry is fresh while none of its tags
 * was invalidated since its render started.
 */
export class TaggedEntries {
  /** @param {{ maxBytes: number, now?: () => number }} options */
  constructor({ maxBytes, now = Date.now }) {
    this.now = now;
    /**
     * Which key holds each stored page, by the page's path (`/vi/products/che-shan`), for the front
     * door (./front.mjs): it names a page by its path, Next.js by a key of its own making.
     * @type {Map<string, string>}
     */
    this.pageKeys = new Map();
    /** @type {LRUCache<string, Entry>} */
    this.entries = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (entry) => Math.max(1, sizeOf(entry.value)),
      dispose: (_entry, key) => {
        if (this.pageKeys.get(pagePathOf(key)) === key) this.pageKeys.delete(pagePathOf(key));
      },
    });
    /** @type {Map<string, number>} */
    this.invalidatedAt = new Map();
    /** When this instance last learnt of any invalidation (server/db.ts keeps reads on the primary just after). */
    this.lastInvalidationAt = Number.NEGATIVE_INFINITY;
    /**
     * When a render of a key started: the first lookup that will make Next.js render it (a miss, or a
     * hit past its revalidation time). A tag invalidated during that render makes its result stale.
     * @type {LRUCache<string, number>}
     */
    this.renderStartedAt = new LRUCache({ max: 10_000 });
  }

  /**
   * @param {string} key
   * @param {LookupContext} [context]
   * @returns {CacheHandlerValue | null}
   */
  get(key, context = {}) {
    const now = this.now();
    const entry = this.entries.get(key);
    if (!entry) {
      this.noteRenderStart(key, now);
      return null;
    }
    const tags = [...entry.tags, ...(context.tags ?? []), ...(context.softTags ?? [])];
    if (this.isInvalidatedSince(tags, entry.lastModified)) {
      this.entries.delete(key);
      this.noteRenderStart(key, now);
      return null;
    }
    if (isPastRevalidation(entry, context, now)) this.noteRenderStart(key, now);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {IncrementalCacheValue | null} value
   * @param {StoreContext} [context]
   */
  set(key, value, context = {}) {
    const startedAt = this.renderStartedAt.get(key) ?? this.now();
    this.renderStartedAt.delete(key);
    if (!isWorthKeeping(value)) return;
    this.entries.set(key, { value, lastModified: startedAt, tags: tagsOf(value, context.tags), cacheControl: context.cacheControl });
    if (value?.kind === "APP_PAGE") this.pageKeys.set(pagePathOf(key), key);
  }

  /**
   * A stored page, by its path, when it may be served as is: stored, none of its tags invalidated
   * since it was rendered, not past its revalidation time. Otherwise null, and nothing changes: the
   * request goes on to Next.js, which re-renders as `get` decides.
   * @param {string} path
   * @returns {Entry | null}
   */
  freshPage(path) {
    const key = this.pageKeys.get(path);
    const entry = key === undefined ? undefined : this.entries.get(key);
    if (!entry || entry.value?.kind !== "APP_PAGE" || typeof entry.value.html !== "string") return null;
    if (entry.value.status !== undefined && entry.value.status !== 200) return null;
    const now = this.now();
    if (this.isInvalidatedSince(entry.tags, entry.lastModified) || isPastRevalidation(entry, {}, now)) return null;
    return entry;
  }

  /** Records that these tags were invalidated now: every entry rendered before depending on one is stale. */
  invalidate(/** @type {readonly string[]} */ tags) {
    const now = this.now();
    for (const tag of tags) this.invalidatedAt.set(tag, now);
    if (tags.length > 0) this.lastInvalidationAt = now;
  }

  /** Forgets every entry, for when invalidations may have been missed (the shared channel was down). */
  clear() {
    this.entries.clear();
    this.renderStartedAt.clear();
  }

  /** @param {string[]} tags @param {number} since */
  isInvalidatedSince(tags, since) {
    return tags.some((tag) => (this.invalidatedAt.get(tag) ?? Number.NEGATIVE_INFINITY) >= since);
  }

  /** @param {string} key @param {number} now */
  noteRenderStart(key, now) {
    if (!this.renderStartedAt.has(key)) this.renderStartedAt.set(key, now);
  }
}

/**
 * The page path in a key Next.js made for a page (`/route-cache/APP_PAGE/<route hash>/$/vi/programme`);
 * any other key is its own path.
 */
function pagePathOf(/** @type {string} */ key) {
  const marker = key.indexOf("/$/");
  return marker >= 0 ? key.slice(marker + 2) : key;
}

/** Whether Next.js will re-render this entry in the background (its revalidation time has passed). */
function isPastRevalidation(/** @type {Entry} */ entry, /** @type {LookupContext} */ context, /** @type {number} */ now) {
  const seconds =
    entry.value?.kind === "FETCH" ? (context.revalidate ?? entry.value.revalidate) : entry.cacheControl?.revalidate;
  return typeof seconds === "number" && entry.lastModified + seconds * 1000 <= now;
}
