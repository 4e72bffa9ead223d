import "server-only";
import { CacheTags } from "@/server/infra/cache-tags";
import { now as clockNow } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { slugify } from "@/lib/text-fold";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/server/audit/record";
import { authorize, ownProducerId, type Viewer } from "@/server/auth/permissions";
import { assertInScope } from "@/server/auth/scope";
import { invalidate } from "@/server/infra/cache";
import { db } from "@/server/infra/db";
import { refreshProductSearchText } from "@/server/search/refresh-search-text";
import { storeImage, uploaderOf } from "@/server/infra/uploads/images";
import { PUBLIC_FIELDS, ZListingForm, ZRejectForm, type ListingForm } from "./schemas";

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
async function assertSubgroupInGroup(tx: Tx, group: ListingForm["group"], subgroupId: string | null | undefined) {
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

function listingData(data: ListingForm) {
  return {
    nameVi: data.nameVi,
    nameEn: data.nameEn ?? null,
    descriptionVi: data.descriptionVi,
    descriptionEn: data.descriptionEn ?? null,
    group: data.group,
    subgroupId: data.subgroupId ?? null,
    priceVnd: data.priceVnd,
    unit: data.unit,
    unitEn: data.unitEn ?? null,
    gtin: data.gtin ?? null,
  };
}

export async function createListing(viewer: Viewer | null, input: unknown): Promise<{ id: string; slug: string }> {
  authorize(viewer, "product.manageOwn");
  const producerId = ownProducerId(viewer);
  const data = ZListingForm.parse(input);
  return db.$transaction(async (tx) => {
    await assertGtinFree(tx, data.gtin);
    await assertSubgroupInGroup(tx, data.group, data.subgroupId);
    const product = await tx.product.create({
      data: { ...listingData(data), stock: data.stock, producerId, slug: await uniqueSlug(tx, data.nameVi), status: "DRAFT" },
    });
    await refreshProductSearchText(tx, [product.id]);
    return { id: product.id, slug: product.slug };
  });
}

/**
 * Edits a listing. Drafts and rejected listings change in place. A published listing stays live as it
 * was: its public facts go into `pendingRevision` until an officer approves them; stock, which is not
 * reviewed, changes at once.
 */
export async function updateListing(viewer: Viewer | null, productId: string, input: unknown): Promise<{ pendingReview: boolean }> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const data = ZListingForm.parse(input);
  const result = await db.$transaction(async (tx) => {
    const product = await ownProduct(tx, viewer, productId);
    if (product.status === "ARCHIVED") throw new AppError("CONFLICT", "archived");
    await assertGtinFree(tx, data.gtin, product.id);
    await assertSubgroupInGroup(tx, data.group, data.subgroupId);
    if (product.status === "PUBLISHED") {
      const proposed = listingData(data);
      const changed = PUBLIC_FIELDS.some((field) => proposed[field] !== product[field]);
      await tx.product.update({
        where: { id: product.id },
        data: {
          stock: data.stock,
          pendingRevision: changed ? (proposed as Prisma.InputJsonValue) : undefined,
          submittedAt: changed ? clockNow() : undefined,
        },
      });
      return { pendingReview: changed, slug: product.slug };
    }
    await tx.product.update({ where: { id: product.id }, data: { ...listingData(data), stock: data.stock, status: product.status === "REJECTED" ? "DRAFT" : product.status } });
    await refreshProductSearchText(tx, [product.id]);
    return { pendingReview: false, slug: product.slug };
  });
  invalidate([CacheTags.product(result.slug), CacheTags.catalogue]);
  return { pendingReview: result.pendingReview };
}

export async function submitListing(viewer: Viewer | null, productId: string): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  await db.$transaction(async (tx) => {
    const product = await ownProduct(tx, viewer, productId);
    if (product.status !== "DRAFT" && product.status !== "REJECTED") throw new AppError("CONFLICT", "not a draft");
    await tx.product.update({ where: { id: product.id }, data: { status: "PENDING_REVIEW", submittedAt: clockNow(), rejectionReason: null } });
  });
}

export async function archiveListing(viewer: Viewer | null, productId: string): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const slug = await db.$transaction(async (tx) => {
    const product = await ownProduct(tx, viewer, productId);
    await tx.product.update({ where: { id: product.id }, data: { status: "ARCHIVED", pendingRevision: Prisma.DbNull } });
    return product.slug;
  });
  invalidate([CacheTags.product(slug), CacheTags.catalogue, CacheTags.programme]);
}

/** A new draft with the same facts (no GTIN, which identifies one product; no stock). */
export async function duplicateListing(viewer: Viewer | null, productId: string): Promise<{ id: string }> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  return db.$transaction(async (tx) => {
    const product = await ownProduct(tx, viewer, productId);
    const copy = await tx.product.create({
      data: {
        ...listingData({ ...product, descriptionVi: product.descriptionVi, gtin: null } as ListingForm),
        stock: 0,
        producerId: product.producerId,
        slug: await uniqueSlug(tx, product.nameVi),
        status: "DRAFT",
      },
    });
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

export async function approveListing(viewer: Viewer | null, productId: string): Promise<void> {
  authorize(viewer, "product.review");
  await assertProductInScope(viewer, productId);
  const slug = await db.$transaction(async (tx) => {
    const product = await tx.product.findUnique({ where: { id: productId } });
    if (!product) throw new AppError("NOT_FOUND");
    const revision = product.pendingRevision as Partial<ListingForm> | null;
    if (product.status !== "PENDING_REVIEW" && !(product.status === "PUBLISHED" && revision)) throw new AppError("CONFLICT", "nothing to review");
    const after = await tx.product.update({
      where: { id: product.id },
      data: {
        ...(revision ?? {}),
        status: "PUBLISHED",
        pendingRevision: revision ? Prisma.DbNull : undefined,
        publishedAt: product.publishedAt ?? clockNow(),
        reviewedAt: clockNow(),
        rejectionReason: null,
      },
    });
    await refreshProductSearchText(tx, [product.id]);
    await recordAudit(tx, viewer, { action: "product.approve", entityType: "Product", entityId: product.id, before: product, after });
    return product.slug;
  });
  invalidate([CacheTags.product(slug), CacheTags.catalogue, CacheTags.producers, CacheTags.programme]);
}

export async function rejectListing(viewer: Viewer | null, productId: string, input: unknown): Promise<void> {
  authorize(viewer, "product.review");
  await assertProductInScope(viewer, productId);
  const { reason } = ZRejectForm.parse(input);
  await db.$transaction(async (tx) => {
    const product = await tx.product.findUnique({ where: { id: productId } });
    if (!product) throw new AppError("NOT_FOUND");
    if (product.status !== "PENDING_REVIEW" && !(product.status === "PUBLISHED" && product.pendingRevision !== null)) throw new AppError("CONFLICT", "nothing to review");
    // A rejected revision of a live product leaves the live version as it is.
    const after =
      product.status === "PUBLISHED"
        ? await tx.product.update({ where: { id: product.id }, data: { pendingRevision: Prisma.DbNull, rejectionReason: reason, reviewedAt: clockNow() } })
        : await tx.product.update({ where: { id: product.id }, data: { status: "REJECTED", rejectionReason: reason, reviewedAt: clockNow() } });
    await recordAudit(tx, viewer, { action: "product.reject", entityType: "Product", entityId: product.id, before: product, after });
  });
}

/** Adds a photo to the producer's own listing (validated and re-encoded by storeImage). */
export async function addListingPhoto(viewer: Viewer | null, productId: string, bytes: Buffer, altVi = ""): Promise<{ key: string }> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  await db.$transaction((tx) => ownProduct(tx, viewer, productId));
  const stored = await storeImage(bytes, uploaderOf(viewer));
  const slug = await db.$transaction(async (tx) => {
    const product = await ownProduct(tx, viewer, productId);
    const count = await tx.productImage.count({ where: { productId } });
    await tx.productImage.create({ data: { productId, key: stored.key, width: stored.width, height: stored.height, altVi: altVi || product.nameVi, position: count } });
    return product.slug;
  });
  invalidate([CacheTags.product(slug)]);
  return { key: stored.key };
}
