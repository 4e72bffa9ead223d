import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { MAX_PHOTOS_PER_PROFILE, reorderIds, type PhotoMove } from "@/lib/photo-rules";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { assertInScope } from "@/server/auth/scope";
import { invalidate } from "@/server/infra/cache";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";
import { deleteImage } from "@/server/infra/uploads/images";
import { discardPhotos, storePhotos, type UploadedPhoto } from "@/server/products/photos";

type Tx = Prisma.TransactionClient;

/** The producer itself, or an officer of its region; anyone else: not found. */
async function authorizeProducer(viewer: Viewer | null, producerId: string): Promise<Viewer> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  authorize(viewer, viewer.role === "PRODUCER" ? "producer.editOwnProfile" : "producer.manage");
  await assertInScope(viewer, { producerId });
  return viewer;
}

async function lockProducer(tx: Tx, producerId: string) {
  await tx.$queryRaw`SELECT id FROM producers WHERE id = ${producerId} FOR UPDATE`;
  const producer = await tx.producer.findUnique({ where: { id: producerId }, select: { id: true, slug: true, name: true, pendingRevision: true } });
  if (!producer) throw new AppError("NOT_FOUND");
  return producer;
}

/**
 * Adds photos to a producer's profile. A producer's photos wait for an officer (they join its
 * profile review); an officer's are public at once, and audited.
 */
export async function addProducerPhotos(viewer: Viewer | null, producerId: string, files: readonly UploadedPhoto[]): Promise<{ added: number }> {
  const who = await authorizeProducer(viewer, producerId);
  await db.$transaction((tx) => lockProducer(tx, producerId));
  const images = await storePhotos(who, files);
  const byOfficer = who.role !== "PRODUCER";
  try {
    const slug = await db.$transaction(async (tx) => {
      const producer = await lockProducer(tx, producerId);
      const count = await tx.producerImage.count({ where: { producerId } });
      if (count + images.length > MAX_PHOTOS_PER_PROFILE) throw new AppError("VALIDATION", "too many photos", { photo: "photoTooMany", max: Math.max(0, MAX_PHOTOS_PER_PROFILE - count) });
      await tx.producerImage.createMany({
        data: images.map((image, index) => ({
          producerId, key: image.key, width: image.width, height: image.height, altVi: producer.name, position: count + index, review: byOfficer ? ("APPROVED" as const) : ("PENDING" as const),
        })),
      });
      if (byOfficer) await recordAudit(tx, who, { action: "producer.photo.add", entityType: "Producer", entityId: producerId, after: { photos: images.map((i) => i.key) } });
      // Photos alone put the profile in the review queue; a proposal already waiting keeps its date.
      else if (producer.pendingRevision === null) await tx.producer.update({ where: { id: producerId }, data: { revisionSubmittedAt: now() } });
      return producer.slug;
    });
    if (byOfficer) invalidate([CacheTags.producers, CacheTags.producer(slug)]);
  } catch (error) {
    await discardPhotos(images);
    throw error;
  }
  return { added: images.length };
}

async function photoOf(tx: Tx, viewer: Viewer | null, photoId: string) {
  const photo = await tx.producerImage.findUnique({ where: { id: photoId }, select: { producerId: true } });
  if (!photo) throw new AppError("NOT_FOUND");
  const who = await authorizeProducer(viewer, photo.producerId);
  const producer = await lockProducer(tx, photo.producerId);
  const photos = await tx.producerImage.findMany({ where: { producerId: producer.id }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, key: true, review: true } });
  return { viewer: who, producer, photos, photo: photos.find((p) => p.id === photoId)! };
}

async function renumber(tx: Tx, ids: readonly string[]): Promise<void> {
  for (const [position, id] of ids.entries()) await tx.producerImage.update({ where: { id }, data: { position } });
}

export async function deleteProducerPhoto(viewer: Viewer | null, photoId: string): Promise<void> {
  const result = await db.$transaction(async (tx) => {
    const { viewer: who, producer, photos, photo } = await photoOf(tx, viewer, photoId);
    await tx.producerImage.delete({ where: { id: photo.id } });
    await renumber(tx, photos.filter((p) => p.id !== photo.id).map((p) => p.id));
    if (who.role !== "PRODUCER") await recordAudit(tx, who, { action: "producer.photo.delete", entityType: "Producer", entityId: producer.id, before: { photo: photo.key } });
    return { slug: producer.slug, key: photo.key, wasPublic: photo.review === "APPROVED" };
  });
  await deleteImage(result.key);
  if (result.wasPublic) invalidate([CacheTags.producers, CacheTags.producer(result.slug)]);
}

export async function moveProducerPhoto(viewer: Viewer | null, photoId: string, move: PhotoMove): Promise<void> {
  const slug = await db.$transaction(async (tx) => {
    const { producer, photos, photo } = await photoOf(tx, viewer, photoId);
    await renumber(tx, reorderIds(photos.map((p) => p.id), photo.id, move));
    return producer.slug;
  });
  invalidate([CacheTags.producers, CacheTags.producer(slug)]);
}
