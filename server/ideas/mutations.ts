import "server-only";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/server/audit";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { invalidate } from "@/server/cache";
import { CacheTags } from "@/server/cache-tags";
import { db } from "@/server/db";
import { ZIdeaForm, ZIdeaReviewForm } from "./schemas";

/** Anyone may propose a product idea (the public /ideas/new form); it lands in the officers' inbox. */
export async function submitIdea(input: unknown): Promise<{ id: string }> {
  const data = ZIdeaForm.parse(input);
  const idea = await db.productIdea.create({ data, select: { id: true } });
  invalidate([CacheTags.programme]);
  return idea;
}

/** An officer moves an idea along (under review, accepted, declined) with an optional note. */
export async function reviewIdea(viewer: Viewer | null, input: unknown): Promise<void> {
  authorize(viewer, "idea.review");
  const data = ZIdeaReviewForm.parse(input);
  await db.$transaction(async (tx) => {
    const before = await tx.productIdea.findUnique({ where: { id: data.ideaId } });
    if (!before) throw new AppError("NOT_FOUND");
    const after = await tx.productIdea.update({
      where: { id: data.ideaId },
      data: { status: data.status, reviewNote: data.reviewNote, reviewedById: viewer.userId, reviewedAt: new Date() },
    });
    await recordAudit(tx, viewer, {
      action: "idea.review",
      entityType: "ProductIdea",
      entityId: after.id,
      before: { status: before.status, reviewNote: before.reviewNote },
      after: { status: after.status, reviewNote: after.reviewNote },
    });
  });
}
