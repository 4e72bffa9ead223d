import "server-only";
import { z } from "zod";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { regionScopeOf } from "@/server/auth/scope";
import { invalidate } from "@/server/infra/cache";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";

const ZReason = z.string().trim().min(3, "reason").max(1000, "tooLong");
const ZStatusChange = z.discriminatedUnion("status", [
  z.object({ status: z.literal("SUSPENDED"), reason: ZReason }),
  z.object({ status: z.literal("ACTIVE") }),
]);

export interface StatusChangeResult {
  /** Producers whose status changed. */
  changed: number;
  /** Picked producers left as they were: already in that status, or outside the officer's region. */
  skipped: number;
}

/**
 * Suspends or reactivates the picked producers (a bulk action, confirmed by the officer first), in one
 * transaction with an audit entry each. Only producers of the officer's region are touched. A
 * suspended producer's products leave every public page at once and its accounts cannot sign in.
 */
export async function setProducersStatus(viewer: Viewer | null, ids: readonly string[], input: unknown): Promise<StatusChangeResult> {
  authorize(viewer, "producer.manage");
  const change = ZStatusChange.parse(input);
  const scope = await regionScopeOf(viewer);
  const wanted = [...new Set(ids)];
  const slugs = await db.$transaction(async (tx) => {
    const producers = await tx.producer.findMany({ where: { ...scope.producers(), id: { in: wanted }, status: { not: change.status } } });
    for (const before of producers) {
      const after = await tx.producer.update({
        where: { id: before.id },
        data: change.status === "SUSPENDED" ? { status: "SUSPENDED", suspendedReason: change.reason } : { status: "ACTIVE", suspendedReason: null },
      });
      await recordAudit(tx, viewer, {
        action: change.status === "SUSPENDED" ? "producer.suspend" : "producer.reactivate",
        entityType: "Producer",
        entityId: before.id,
        regionId: before.regionId,
        before,
        after,
      });
    }
    return producers.map((p) => p.slug);
  });
  if (slugs.length > 0) invalidate([CacheTags.catalogue, CacheTags.producers, CacheTags.programme, ...slugs.map((slug) => CacheTags.producer(slug))]);
  return { changed: slugs.length, skipped: wanted.length - slugs.length };
}
