import "server-only";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import type { ThrottleRule } from "@/lib/throttle";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { regionScopeOf } from "@/server/auth/scope";
import { invalidate } from "@/server/infra/cache";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";
import { isCurrentCommune } from "@/server/regions/queries";
import { ZIdeaForm, ZIdeaReview } from "./schemas";

/** Anyone may register an idea, so each address may send so many an hour (server/infra/throttle.ts). */
export const IDEA_THROTTLE: ThrottleRule = { name: "idea:address", limit: 10, windowSeconds: 3600 };

/** Anyone may register a product idea (step 2 of the OCOP cycle). */
export async function submitIdea(input: unknown): Promise<{ id: string }> {
  const data = ZIdeaForm.parse(input);
  if (data.regionId && !(await isCurrentCommune(data.regionId))) {
    throw new AppError("VALIDATION", "unknown commune", { regionId: "invalid" });
  }
  const idea = await db.productIdea.create({
    data: { proposerName: data.proposerName, proposerContact: data.proposerContact, regionId: data.regionId ?? null, group: data.group, title: data.title, description: data.description },
  });
  invalidate([CacheTags.programme]);
  return { id: idea.id };
}

/**
 * An officer's decision on ideas of their region (one, or several picked in the list and confirmed):
 * under review, accepted or declined, with a note for the proposer's file. Ideas outside the region
 * are left as they are; a single one outside it is NOT_FOUND.
 */
export async function reviewIdeas(viewer: Viewer | null, ids: readonly string[], input: unknown): Promise<{ changed: number; skipped: number }> {
  authorize(viewer, "idea.review");
  const data = ZIdeaReview.parse(input);
  const scope = await regionScopeOf(viewer);
  const wanted = [...new Set(ids)];
  const changed = await db.$transaction(async (tx) => {
    const ideas = await tx.productIdea.findMany({ where: { ...scope.byRegion(), id: { in: wanted } } });
    for (const before of ideas) {
      const after = await tx.productIdea.update({
        where: { id: before.id },
        data: { status: data.status, reviewNote: data.reviewNote || null, reviewedById: viewer.userId, reviewedAt: now() },
      });
      await recordAudit(tx, viewer, { action: "idea.review", entityType: "ProductIdea", entityId: before.id, regionId: before.regionId, before, after });
    }
    return ideas.length;
  });
  if (changed > 0) invalidate([CacheTags.programme]);
  return { changed, skipped: wanted.length - changed };
}

export async function reviewIdea(viewer: Viewer | null, ideaId: string, input: unknown): Promise<void> {
  const { changed } = await reviewIdeas(viewer, [ideaId], input);
  if (changed === 0) throw new AppError("NOT_FOUND");
}
