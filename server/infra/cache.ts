import "server-only";
import { revalidateTag } from "next/cache";
import { CACHE_STATE } from "@/server/infra/cache-handler/state-key.mjs";

/**
 * Expires cached pages and API responses that carry these tags, immediately (`expire: 0`), so the next
 * request after a back-office change renders fresh data rather than a stale copy.
 * Outside a Next.js server (integration tests, scripts) there is no page cache to expire; the tags still
 * go to this process's shared cache when one was started (a test's), so its listeners (the search
 * index) and the other instances hear of the change as they would in a server.
 */
export function invalidate(tags: readonly string[]): void {
  let outside = false;
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      if (!isOutsideNextRuntime(error)) throw error;
      outside = true;
    }
  }
  const shared = (globalThis as { [CACHE_STATE]?: { invalidate(tags: readonly string[]): Promise<void> } })[CACHE_STATE];
  if (outside && shared) void shared.invalidate(tags);
}

function isOutsideNextRuntime(error: unknown): boolean {
  return error instanceof Error && /static generation store missing|incrementalCache missing/i.test(error.message);
}
