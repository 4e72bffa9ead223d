import "server-only";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { assertInScope } from "@/server/auth/scope";
import { invalidate } from "@/server/infra/cache";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";
import { storeImage, uploaderOf } from "@/server/infra/uploads/images";

/** Officers add photos to a fair (validated and re-encoded like every upload). */
export async function addFairPhoto(viewer: Viewer | null, fairId: string, bytes: Buffer, altVi = ""): Promise<{ key: string }> {
  authorize(viewer, "fair.manage");
  const fair = await db.fair.findUnique({ where: { id: fairId }, select: { id: true, slug: true, nameVi: true, regionId: true } });
  if (!fair) throw new AppError("NOT_FOUND");
  await assertInScope(viewer, { regionId: fair.regionId });
  const stored = await storeImage(bytes, uploaderOf(viewer));
  await db.$transaction(async (tx) => {
    const position = await tx.fairImage.count({ where: { fairId } });
    const image = await tx.fairImage.create({ data: { fairId, key: stored.key, width: stored.width, height: stored.height, altVi: altVi.trim().slice(0, 200) || fair.nameVi, position } });
    await recordAudit(tx, viewer, { action: "fair.photo.add", entityType: "Fair", entityId: fairId, after: image });
  });
  invalidate([CacheTags.fairs, CacheTags.fair(fair.slug)]);
  return { key: stored.key };
}

export async function listFairPhotos(fairId: string) {
  return db.fairImage.findMany({ where: { fairId }, orderBy: { position: "asc" }, select: { key: true, width: true, height: true, altVi: true, altEn: true } });
}
