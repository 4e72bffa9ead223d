import "server-only";
import { revalidateTag } from "next/cache";

/**
 * Expires cached pages and API responses that carry these tags, immediately (`expire: 0`), so the next
 * request after a back-office change renders fresh data rather than a stale copy.
 * Outside a Next.js server (integration tests, scripts) there is no cache to expire.
 */
export function invalidate(tags: readonly string[]): void {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      if (!isOutsideNextRuntime(error)) throw error;
    }
  }
}

function isOutsideNextRuntime(error: unknown): boolean {
  return error instanceof Error && /static generation store missing|incrementalCache missing/i.test(error.message);
}
