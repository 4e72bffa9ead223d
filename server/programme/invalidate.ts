import "server-only";
import { CacheTags } from "@/server/infra/cache-tags";
import { invalidate } from "@/server/infra/cache";

/**
 * Expires `/programme`, its exports and list pages. Every write that changes a figure calls it:
 * programme and commitment edits here, and certificate, producer-status and booth decisions in their
 * own domains (the figures are also tagged with the catalogue, producers and fairs tags, so those
 * domains' own invalidation already refreshes them).
 */
export function invalidateProgramme(): void {
  invalidate([CacheTags.programme]);
}
