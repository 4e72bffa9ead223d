// @ts-check
/**
 * Where each process keeps its one cache state (./index.mjs): on globalThis under this key, because
 * Next.js loads the handler outside the app's bundle. The app reads it there (server/cache-sharing.ts).
 */
export const CACHE_STATE = Symbol.for("ocop.cache-handler");

/** The PostgreSQL channel on which instances tell each other which tags expired (./shared-tags.mjs). */
export const CHANNEL = "ocop_cache_tags";
