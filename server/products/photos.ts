import "server-only";
import { AppError } from "@/lib/errors";
import { MAX_PHOTOS_PER_LISTING, reorderIds, type PhotoMove } from "@/lib/photo-rules";
import { now } from "@/lib/clock";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { assertInScope } from "@/server/auth/scope";
import { invalidate } from "@/server/infra/cache";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";
import { deleteImage, storeImage, uploaderOf, type StoredImage } from "@/server/infra/uploads/images";

type Tx = Prisma.TransactionClient;

/** A file as the form posted it: its name is only used to say which one was refused. */
export interface UploadedPhoto {
  name: string;
  bytes: Buffer;
}

/**
 * Checks and stores photos before anything else is written, so a refused photo leaves neither a
 * half-saved listing nor stray files: when one fails, the ones already stored are removed and the
 * error names the file (details.file).
 */
export async function storePhotos(viewer: Viewer | null, files: readonly UploadedPhoto[]): Promise<StoredImage[]> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const stored: StoredImage[] = [];
  try {
    // Each photo counts against the uploader's hourly allowance (UPLOAD_THROTTLE).
    for (const file of files) stored.push(await storeImage(file.bytes, uploaderOf(viewer)));
    return stored;
  } catch (error) {
    await Promise.all(stored.map((image) => deleteImage(image.key)));
    if (error instanceof AppError) throw new AppError(error.code, error.message, { ...error.details, file: files[stored.length]?.name ?? "" });
    throw error;
  }
}

/** Removes stored files that ended up unused (the listing they were for was refused). */
export async function discardPhotos(images: readonly StoredImage[]): Promise<void> {
  await Promise.all(images.map((image) => deleteImage(image.key)));
}

async function lockOwnProduct(tx: Tx, viewer: Viewer, productId: string) {
  // Row lock: positions are renumbered from what this transaction reads.
  await tx.$queryRaw`SELECT id FROM products WHERE id = ${productId} FOR UPDATE`;
  const product = await tx.product.findUnique({ where: { id: productId }, select: { id: true, slug: true, producerId: true, status: true, nameVi: true, pendingRevision: true } });
  if (!product) throw new AppError("NOT_FOUND");
  authorize(viewer, "product.manageOwn", product);
  return product;
}

/**
 * Rows for photos already stored, appended after the listing's others. They wait for review
 * (PENDING): with the listing's first review, or on their own for a published listing, which then
 * shows in the officers' queue.
 */
export async function attachProductPhotos(tx: Tx, product: { id: string; status: string; nameVi: string }, images: readonly StoredImage[]): Promise<void> {
  if (images.length === 0) return;
  const count = await tx.productImage.count({ where: { productId: product.id } });
  if (count + images.length > MAX_PHOTOS_PER_LISTING) throw new AppError("VALIDATION", "too many photos", { photo: "photoTooMany", max: MAX_PHOTOS_PER_LISTING });
  await tx.productImage.createMany({
    data: images.map((image, index) => ({
      productId: product.id, key: image.key, width: image.width, height: image.height, altVi: product.nameVi, position: count + index, review: "PENDING" as const,
    })),
  });
  if (product.status === "PUBLISHED") await tx.product.update({ where: { id: product.id }, data: { submittedAt: now() } });
}

/** Adds photos to the producer's own listing (checked and re-encoded by storeImage). */
export async function addProductPhotos(viewer: Viewer | null, productId: string, files: readonly UploadedPhoto[]): Promise<{ added: number }> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  // Refuse someone else's listing before spending CPU on the photos.
  await db.$transaction((tx) => lockOwnProduct(tx, viewer, productId));
  const images = await storePhotos(viewer, files);
  try {
    await db.$transaction(async (tx) => {
      const product = await lockOwnProduct(tx, viewer, productId);
      if (product.status === "ARCHIVED") throw new AppError("CONFLICT", "archived");
      await attachProductPhotos(tx, product, images);
    });
  } catch (error) {
    await discardPhotos(images);
    throw error;
  }
  return { added: images.length };
}

async function ownPhoto(tx: Tx, viewer: Viewer, photoId: string) {
  const photo = await tx.productImage.findUnique({ where: { id: photoId }, select: { id: true, productId: true } });
  if (!photo) throw new AppError("NOT_FOUND");
  const product = await lockOwnProduct(tx, viewer, photo.productId);
  const photos = await tx.productImage.findMany({ where: { productId: product.id }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, key: true, review: true } });
  return { product, photos, index: photos.findIndex((p) => p.id === photoId) };
}

async function renumber(tx: Tx, ids: readonly string[]): Promise<void> {
  for (const [position, id] of ids.entries()) await tx.productImage.update({ where: { id }, data: { position } });
}

/** Deletes a photo and its files. Removing content needs no review; the public page updates at once. */
export async function deleteProductPhoto(viewer: Viewer | null, photoId: string): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const { slug, key, wasPublic } = await db.$transaction(async (tx) => {
    const { product, photos, index } = await ownPhoto(tx, viewer, photoId);
    const photo = photos[index];
    await tx.productImage.delete({ where: { id: photo.id } });
    await renumber(tx, photos.filter((p) => p.id !== photo.id).map((p) => p.id));
    return { slug: product.slug, key: photo.key, wasPublic: photo.review === "APPROVED" };
  });
  await deleteImage(key);
  if (wasPublic) invalidate([CacheTags.product(slug), CacheTags.catalogue]);
}

/** Reorders a listing's photos; the first approved one is the main photo on public pages. */
export async function moveProductPhoto(viewer: Viewer | null, photoId: string, move: PhotoMove): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const slug = await db.$transaction(async (tx) => {
    const { product, photos } = await ownPhoto(tx, viewer, photoId);
    await renumber(tx, reorderIds(photos.map((p) => p.id), photoId, move));
    return product.slug;
  });
  invalidate([CacheTags.product(slug), CacheTags.catalogue]);
}

/** An officer refuses one photo of a listing (the producer sees it refused and can delete it). */
export async function rejectProductPhoto(viewer: Viewer | null, photoId: string): Promise<void> {
  authorize(viewer, "product.review");
  await db.$transaction(async (tx) => {
    const photo = await tx.productImage.findUnique({ where: { id: photoId }, include: { product: { select: { producerId: true } } } });
    if (!photo) throw new AppError("NOT_FOUND");
    await assertInScope(viewer, { producerId: photo.product.producerId });
    if (photo.review !== "PENDING") throw new AppError("CONFLICT", "already reviewed");
    await tx.productImage.update({ where: { id: photo.id }, data: { review: "REJECTED" } });
    await recordAudit(tx, viewer, { action: "product.photo.reject", entityType: "Product", entityId: photo.productId, before: { photo: photo.key, review: "PENDING" }, after: { photo: photo.key, review: "REJECTED" } });
  });
}
