import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { assertInScope } from "@/server/auth/scope";
import { invalidate } from "@/server/infra/cache";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";

const ZSuspendForm = z.object({ reason: z.string().trim().min(3, "reason").max(1000, "tooLong") });

/** A suspended producer's products leave every public page at once; its accounts can no longer sign in. */
export async function suspendProducer(viewer: Viewer | null, producerId: string, input: unknown): Promise<void> {
  authorize(viewer, "producer.manage");
  await assertInScope(viewer, { producerId });
  const { reason } = ZSuspendForm.parse(input);
  const slug = await db.$transaction(async (tx) => {
    const before = await tx.producer.findUnique({ where: { id: producerId } });
    if (!before) throw new AppError("NOT_FOUND");
    const after = await tx.producer.update({ where: { id: producerId }, data: { status: "SUSPENDED", suspendedReason: reason } });
    await recordAudit(tx, viewer, { action: "producer.suspend", entityType: "Producer", entityId: producerId, before, after });
    return before.slug;
  });
  invalidate([CacheTags.catalogue, CacheTags.producers, CacheTags.producer(slug), CacheTags.programme]);
}

export async function reactivateProducer(viewer: Viewer | null, producerId: string): Promise<void> {
  authorize(viewer, "producer.manage");
  await assertInScope(viewer, { producerId });
  const slug = await db.$transaction(async (tx) => {
    const before = await tx.producer.findUnique({ where: { id: producerId } });
    if (!before) throw new AppError("NOT_FOUND");
    const after = await tx.producer.update({ where: { id: producerId }, data: { status: "ACTIVE", suspendedReason: null } });
    await recordAudit(tx, viewer, { action: "producer.reactivate", entityType: "Producer", entityId: producerId, before, after });
    return before.slug;
  });
  invalidate([CacheTags.catalogue, CacheTags.producers, CacheTags.producer(slug), CacheTags.programme]);
}
