import "server-only";
import { CacheTags } from "@/server/infra/cache-tags";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { slugify } from "@/lib/text-fold";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/server/audit/record";
import { authorize, ownProducerId, type Viewer } from "@/server/auth/permissions";
import { assertInScope } from "@/server/auth/scope";
import { invalidate } from "@/server/infra/cache";
import { db } from "@/server/infra/db";
import type { StoredImage } from "@/server/infra/uploads/images";
import { refreshProductSearchText } from "@/server/search/refresh-search-text";
import { attachProductPhotos } from "./photos";
import { factsData, shownFacts, type ProductFactsData } from "./facts";
import { PUBLIC_FIELDS, ZProductCreate, ZProductUpdate, ZRejectForm, type ProductFacts } from "./schemas";

type Tx = Prisma.TransactionClient;

async function uniqueSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name) || "san-pham";
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.product.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

async function assertGtinFree(tx: Tx, gtin: string | null | undefined, productId?: string) {
  if (!gtin) return;
  const other = await tx.product.findUnique({ where: { gtin }, select: { id: true } });
  if (other && other.id !== productId) throw new AppError("CONFLICT", "gtin in use", { gtin: "gtinTaken" });
}

/**
 * A subgroup belongs to one OCOP group (148/QĐ-TTg): a tea subgroup on a handicraft, say, is refused.
 * The database refuses it too (constraint x_products_subgroup_in_group).
 */
async function assertSubgroupInGroup(tx: Tx, group: ProductFacts["group"], subgroupId: string | null | undefined) {
  if (!subgroupId) return;
  const subgroup = await tx.subgroup.findUnique({ where: { id: subgroupId }, select: { group: true } });
  if (!subgroup) throw new AppError("VALIDATION", "unknown subgroup", { subgroupId: "invalid" });
  if (subgroup.group !== group) throw new AppError("VALIDATION", "subgroup of another group", { subgroupId: "subgroupNotInGroup" });
}

/** Loads a product for its producer: another producer's product is NOT_FOUND. */
async function ownProduct(tx: Tx, viewer: Viewer, productId: string) {
  const product = await tx.product.findUnique({ where: { id: productId } });
  if (!product) throw new AppError("NOT_FOUND");
  authorize(viewer, "product.manageOwn", product);
  return product;
}

/**
 * Creates a draft with its first stock count (recorded as the first stock movement) and any photos
 * already checked and stored by `storePhotos`.
 */
export async function createProduct(viewer: Viewer | null, input: unknown, { images = [] }: { images?: readonly StoredImage[] } = {}): Promise<{ id: string; slug: string }> {
  authorize(viewer, "product.manageOwn");
  const producerId = ownProducerId(viewer);
  const data = ZProductCreate.parse(input);
  return db.$transaction(async (tx) => {
    await assertGtinFree(tx, data.gtin);
    await assertSubgroupInGroup(tx, data.group, data.subgroupId);
    const product = await tx.product.create({
      data: { ...factsData(data), stock: data.stock, producerId, slug: await uniqueSlug(tx, data.nameVi), status: "DRAFT" },
    });
    await tx.stockMovement.create({ data: { productId: product.id, kind: "INITIAL", delta: data.stock, stockAfter: data.stock, actorId: viewer.userId, createdAt: now() } });
    await attachProductPhotos(tx, product, images);
    await refreshProductSearchText(tx, [product.id]);
    return { id: product.id, slug: product.slug };
  });
}

/** What the form was opened on has changed: the current facts and version, for the form to show. */
export class ProductEditedElsewhere extends AppError {
  constructor(readonly current: ProductFactsData, readonly currentVersion: number) {
    super("CONFLICT", "edited since the form was opened", { reason: "EDITED_ELSEWHERE" });
  }
}

/**
 * Edits a listing's facts; stock is not part of it (see `adjustStock`). Drafts and rejected listings
 * change in place. A published listing stays live as it was: its public facts go into
 * `pendingRevision` until an officer approves them (an edit back to the live facts withdraws the
 * proposal). The form posts the version it was opened at: a save in between (another account of the
 * producer, another tab) refuses this one with the current facts, so nothing is overwritten unseen.
 */
export async function updateProduct(viewer: Viewer | null, productId: string, input: unknown): Promise<{ pendingReview: boolean }> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const data = ZProductUpdate.parse(input);
  const result = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM products WHERE id = ${productId} FOR UPDATE`;
    const product = await ownProduct(tx, viewer, productId);
    if (product.status === "ARCHIVED") throw new AppError("CONFLICT", "archived");
    if (product.editVersion !== data.editVersion) throw new ProductEditedElsewhere(shownFacts(product), product.editVersion);
    await assertGtinFree(tx, data.gtin, product.id);
    await assertSubgroupInGroup(tx, data.group, data.subgroupId);
    const proposed = factsData(data);
    if (product.status === "PUBLISHED") {
      const changed = PUBLIC_FIELDS.some((field) => proposed[field] !== product[field]);
      await tx.product.update({
        where: { id: product.id },
        data: {
          pendingRevision: changed ? (proposed as Prisma.InputJsonValue) : Prisma.DbNull,
          submittedAt: changed ? now() : undefined,
          editVersion: { increment: 1 },
        },
      });
      return { pendingReview: changed, slug: product.slug };
    }
    await tx.product.update({
      where: { id: product.id },
      data: { ...proposed, status: product.status === "REJECTED" ? "DRAFT" : product.status, editVersion: { increment: 1 } },
    });
    await refreshProductSearchText(tx, [product.id]);
    return { pendingReview: false, slug: product.slug };
  });
  invalidate([CacheTags.product(result.slug), CacheTags.catalogue]);
  return { pendingReview: result.pendingReview };
}

export async function submitProduct(viewer: Viewer | null, productId: string): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  await db.$transaction(async (tx) => {
    const product = await ownProduct(tx, viewer, productId);
    if (product.status !== "DRAFT" && product.status !== "REJECTED") throw new AppError("CONFLICT", "not a draft");
    await tx.product.update({ where: { id: product.id }, data: { status: "PENDING_REVIEW", submittedAt: now(), rejectionReason: null } });
  });
}

export async function archiveProduct(viewer: Viewer | null, productId: string): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const slug = await db.$transaction(async (tx) => {
    const product = await ownProduct(tx, viewer, productId);
    await tx.product.update({ where: { id: product.id }, data: { status: "ARCHIVED", pendingRevision: Prisma.DbNull, editVersion: { increment: 1 } } });
    return product.slug;
  });
  invalidate([CacheTags.product(slug), CacheTags.catalogue, CacheTags.programme]);
}

/** A new draft with the same facts (no GTIN, which identifies one product; no stock, no photos). */
export async function duplicateProduct(viewer: Viewer | null, productId: string): Promise<{ id: string }> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  return db.$transaction(async (tx) => {
    const product = await ownProduct(tx, viewer, productId);
    const copy = await tx.product.create({
      data: { ...shownFacts(product), gtin: null, stock: 0, producerId: product.producerId, slug: await uniqueSlug(tx, product.nameVi), status: "DRAFT" },
    });
    await tx.stockMovement.create({ data: { productId: copy.id, kind: "INITIAL", delta: 0, stockAfter: 0, actorId: viewer.userId, createdAt: now() } });
    await refreshProductSearchText(tx, [copy.id]);
    return { id: copy.id };
  });
}

// ───────────────────────────── Officers' review ─────────────────────────────

/** Officers review the products of their own region only: another region's is NOT_FOUND. */
async function assertProductInScope(viewer: Viewer, productId: string): Promise<void> {
  const product = await db.product.findUnique({ where: { id: productId }, select: { producerId: true } });
  if (!product) throw new AppError("NOT_FOUND");
  await assertInScope(viewer, { producerId: product.producerId });
}

/**
 * What the officer looked at: the listing's version and the photos shown. Approval applies exactly
 * that: a newer edit is refused (to be reviewed again) and photos added since stay waiting.
 */
export interface ReviewedState {
  editVersion?: number;
  photoIds?: readonly string[];
}

function reviewedState(input: unknown): ReviewedState {
  const value = (input ?? {}) as { editVersion?: unknown; photoIds?: unknown };
  const version = value.editVersion === undefined || value.editVersion === "" ? undefined : Number(value.editVersion);
  // Sent as the comma-separated ids the review screen showed; "" means it showed none.
  const photoIds = Array.isArray(value.photoIds) ? value.photoIds.map(String) : typeof value.photoIds === "string" ? value.photoIds.split(",").filter(Boolean) : undefined;
  return { editVersion: Number.isInteger(version) ? version : undefined, photoIds };
}

export async function approveProduct(viewer: Viewer | null, productId: string, reviewed?: ReviewedState | Record<string, unknown>): Promise<void> {
  authorize(viewer, "product.review");
  await assertProductInScope(viewer, productId);
  const seen = reviewedState(reviewed);
  const slug = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM products WHERE id = ${productId} FOR UPDATE`;
    const product = await tx.product.findUnique({ where: { id: productId } });
    if (!product) throw new AppError("NOT_FOUND");
    await assertInScope(viewer, { producerId: product.producerId });
    if (seen.editVersion !== undefined && seen.editVersion !== product.editVersion) throw new AppError("CONFLICT", "changed since reviewed", { reason: "CHANGED_SINCE_REVIEW" });
    const pendingPhotos = await tx.productImage.findMany({ where: { productId, review: "PENDING", ...(seen.photoIds ? { id: { in: [...seen.photoIds] } } : {}) }, select: { id: true, key: true } });
    const revision = product.pendingRevision as Partial<ProductFactsData> | null;
    const reviewable = product.status === "PENDING_REVIEW" || (product.status === "PUBLISHED" && (revision || pendingPhotos.length > 0));
    if (!reviewable) throw new AppError("CONFLICT", "nothing to review");
    if (revision?.gtin) await assertGtinFree(tx, revision.gtin, product.id);
    const after = await tx.product.update({
      where: { id: product.id },
      data: {
        ...(revision ?? {}),
        status: "PUBLISHED",
        pendingRevision: revision ? Prisma.DbNull : undefined,
        publishedAt: product.publishedAt ?? now(),
        reviewedAt: now(),
        rejectionReason: null,
      },
    });
    await tx.productImage.updateMany({ where: { id: { in: pendingPhotos.map((p) => p.id) } }, data: { review: "APPROVED" } });
    await refreshProductSearchText(tx, [product.id]);
    await recordAudit(tx, viewer, {
      action: "product.approve", entityType: "Product", entityId: product.id,
      before: product, after: { ...after, approvedPhotos: pendingPhotos.map((p) => p.key) },
    });
    return product.slug;
  });
  invalidate([CacheTags.product(slug), CacheTags.catalogue, CacheTags.producers, CacheTags.programme]);
}

export async function rejectProduct(viewer: Viewer | null, productId: string, input: unknown): Promise<void> {
  authorize(viewer, "product.review");
  await assertProductInScope(viewer, productId);
  const { reason } = ZRejectForm.parse(input);
  const seen = reviewedState(input);
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM products WHERE id = ${productId} FOR UPDATE`;
    const product = await tx.product.findUnique({ where: { id: productId } });
    if (!product) throw new AppError("NOT_FOUND");
    await assertInScope(viewer, { producerId: product.producerId });
    const pendingPhotos = await tx.productImage.count({ where: { productId, review: "PENDING" } });
    if (product.status !== "PENDING_REVIEW" && !(product.status === "PUBLISHED" && (product.pendingRevision !== null || pendingPhotos > 0))) throw new AppError("CONFLICT", "nothing to review");
    let after;
    if (product.status === "PUBLISHED") {
      // A refused revision leaves the live listing as it is; the photos that came with it are refused too.
      after = await tx.product.update({
        where: { id: product.id },
        data: { pendingRevision: Prisma.DbNull, rejectionReason: reason, reviewedAt: now(), editVersion: { increment: 1 } },
      });
      await tx.productImage.updateMany({ where: { productId, review: "PENDING", ...(seen.photoIds ? { id: { in: [...seen.photoIds] } } : {}) }, data: { review: "REJECTED" } });
    } else {
      after = await tx.product.update({ where: { id: product.id }, data: { status: "REJECTED", rejectionReason: reason, reviewedAt: now() } });
    }
    await recordAudit(tx, viewer, { action: "product.reject", entityType: "Product", entityId: product.id, before: product, after });
  });
}
