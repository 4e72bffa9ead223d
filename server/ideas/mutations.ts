import "server-only";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { invalidate } from "@/server/infra/cache";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";
import { isCurrentCommune } from "@/server/regions/queries";
import { ZIdeaForm, ZIdeaReview } from "./schemas";

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

export async function reviewIdea(viewer: Viewer | null, ideaId: string, input: unknown): Promise<void> {
  authorize(viewer, "idea.review");
  const data = ZIdeaReview.parse(input);
  await db.$transaction(async (tx) => {
    const before = await tx.productIdea.findUnique({ where: { id: ideaId } });
    if (!before) throw new AppError("NOT_FOUND");
    const after = await tx.productIdea.update({
      where: { id: ideaId },
      data: { status: data.status, reviewNote: data.reviewNote || null, reviewedById: viewer.userId, reviewedAt: now() },
    });
    await recordAudit(tx, viewer, { action: "idea.review", entityType: "ProductIdea", entityId: ideaId, before, after });
  });
  invalidate([CacheTags.programme]);
}
