import { CACHE_STATE } from "@/server/infra/cache-handler/state-key.mjs";

/**
 * What the app reads of the cache handler's state (server/infra/cache-handler), which Next.js loads outside
 * the app's bundle: the two meet on globalThis under one key. Nothing here before the first cached
 * request (or `next build`) has loaded the handler.
 */
interface HandlerState {
  state?: string;
  entries?: { lastInvalidationAt: number };
}

function handler(): HandlerState | undefined {
  return (globalThis as { [key: symbol]: HandlerState | undefined })[CACHE_STATE];
}

/**
 * Whether this instance's page cache hears other instances' invalidations ("listening"), works alone
 * ("local"), or is bypassed until it hears them again ("connecting", "disconnected").
 */
export function cacheSharing(): string | undefined {
  return handler()?.state;
}

/**
 * Milliseconds since this instance last learnt that any cached data changed, on any instance. On this
 * process's own clock, never the app clock (lib/clock.ts): the handler stamps invalidations with it.
 */
// eslint-disable-next-line clock/no-wall-clock -- the cache handler's process clock (see above)
export function msSinceLastInvalidation(now = Date.now()): number {
  return now - (handler()?.entries?.lastInvalidationAt ?? Number.NEGATIVE_INFINITY);
}
