import { CACHE_STATE, CHANNEL } from "@/server/infra/cache-handler/state-key.mjs";
import type { Db } from "@/server/infra/prisma-client";

/**
 * What the app reads of the cache handler's state (server/infra/cache-handler), which Next.js loads outside
 * the app's bundle: the two meet on globalThis under one key. Nothing here before the first cached
 * request (or `next build`) has loaded the handler.
 */
interface HandlerState {
  state?: string;
  entries?: { lastInvalidationAt: number };
  invalidate?(tags: readonly string[]): Promise<void>;
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

/**
 * Expires `tags` on every instance from outside a request (a scheduled job, where Next's
 * `revalidateTag` cannot run): through this process's cache handler when it is loaded (it expires its
 * own entries and tells the others), else by a NOTIFY on the handler's channel, which every listening
 * instance, this one included, obeys.
 */
export async function expireTagsEverywhere(db: Db, tags: readonly string[]): Promise<void> {
  const local = handler();
  if (local?.invalidate) return local.invalidate(tags);
  await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${JSON.stringify({ from: "job", tags })})`;
}
