// @ts-check
/*
 * Next.js incremental-cache handler (next.config.ts `cacheHandler`): full-route (ISR) pages, route
 * handlers and `unstable_cache` data, kept in this instance's memory, with tag invalidations shared
 * across instances through PostgreSQL (./shared-tags.mjs). Plain JavaScript because Next.js imports
 * this file at run time, outside its TypeScript build. docs/scaling.md explains the design.
 *
 * Next.js creates a handler per request, so the state lives in one object per process.
 */
import { withPagePolicy } from "./entries.mjs";
import { SharedTagCache } from "./shared-tags.mjs";
import { CACHE_STATE as STATE } from "./state-key.mjs";

const DEFAULT_MAX_MB = 256;

/**
 * This process's one shared cache, created on first use: by Next.js's first cache lookup, or earlier by
 * the search index (server/search/start.ts), which listens to the same invalidations.
 * @returns {SharedTagCache}
 */
export function shared() {
  const holder = /** @type {{ [STATE]?: SharedTagCache }} */ (globalThis);
  if (!holder[STATE]) {
    // `next build` renders alone; only running servers share invalidations. The one place that reads
    // settings raw rather than through lib/env.ts: Next loads this plain module outside the app's
    // TypeScript bundle (CACHE_MAX_MB, CACHE_SHARED; documented in .env.example).
    const building = process.env.NEXT_PHASE === "phase-production-build";
    const megabytes = Number(process.env.CACHE_MAX_MB) || DEFAULT_MAX_MB;
    const cache = new SharedTagCache({
      connectionString: building || process.env.CACHE_SHARED === "0" ? undefined : process.env.DATABASE_URL,
      maxBytes: megabytes * 1024 * 1024,
    });
    void cache.start();
    holder[STATE] = cache;
  }
  return holder[STATE];
}

export default class CacheHandler {
  constructor() {
    this.cache = shared();
  }

  /**
   * @param {string} key
   * @param {{ tags?: string[], softTags?: string[], revalidate?: number | false }} [context]
   */
  async get(key, context) {
    return this.cache.get(key, { tags: context?.tags, softTags: context?.softTags, revalidate: context?.revalidate });
  }

  /**
   * @param {string} key
   * @param {import("./entries.mjs").IncrementalCacheValue | null} value
   * @param {{ tags?: string[], cacheControl?: import("./entries.mjs").CacheHandlerValue["cacheControl"] }} [context]
   */
  async set(key, value, context) {
    // Whether or not it is kept, the page goes out with its policy (the render that stores it is served too).
    withPagePolicy(value);
    this.cache.set(key, value, { tags: context?.tags, cacheControl: context?.cacheControl });
  }

  /**
   * Every invalidation here expires at once: the app only ever asks for that (server/cache.ts).
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    await this.cache.invalidate(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
