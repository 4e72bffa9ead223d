import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { dayToDate, today as clockToday, type IsoDay } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { expiryWarning } from "@/lib/ocop-stars";
import { shortestGtin } from "@/lib/gtin";
import { authorize, ownProducerId, type Viewer } from "@/server/auth/permissions";
import { authorizeList } from "@/server/auth/scope";
import { db } from "@/server/infra/db";
import { shownFacts, type ProductFactsData } from "./facts";
import { PUBLIC_FIELDS } from "./schemas";

export interface OwnProductRow {
  id: string;
  slug: string;
  nameVi: string;
  status: string;
  stock: number;
  priceVnd: number;
  pendingReview: boolean;
  rejectionReason: string | null;
}

export async function listOwnProducts(viewer: Viewer): Promise<OwnProductRow[]> {
  authorize(viewer, "product.manageOwn");
  const rows = await db.product.findMany({ where: { producerId: ownProducerId(viewer) }, orderBy: { updatedAt: "desc" } });
  return rows.map((p) => ({
    id: p.id, slug: p.slug, nameVi: p.nameVi, status: p.status, stock: p.stock, priceVnd: p.priceVnd,
    pendingReview: p.pendingRevision !== null, rejectionReason: p.rejectionReason,
  }));
}

export async function getOwnProduct(viewer: Viewer, productId: string) {
  const product = await db.product.findUnique({ where: { id: productId }, include: { images: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] } } });
  if (!product) throw new AppError("NOT_FOUND");
  authorize(viewer, "product.manageOwn", product);
  // The form shows what the producer last proposed, so an edit awaiting review is not lost.
  const facts = shownFacts(product);
  return {
    id: product.id,
    slug: product.slug,
    status: product.status,
    stock: product.stock,
    editVersion: product.editVersion,
    rejectionReason: product.rejectionReason,
    pendingReview: product.pendingRevision !== null,
    images: product.images.map((i) => ({ id: i.id, key: i.key, width: i.width, height: i.height, alt: i.altVi, review: i.review, illustration: i.illustration })),
    facts,
    values: factsFormValues(facts),
  };
}

/** The facts as the form's fields hold them: strings, the GTIN in its printed (shortest) form. */
export function factsFormValues(facts: ProductFactsData): Record<string, string> {
  return Object.fromEntries(
    PUBLIC_FIELDS.map((field) => {
      const value = facts[field];
      if (field === "gtin") return [field, value ? shortestGtin(String(value)) : ""];
      return [field, value == null ? "" : String(value)];
    }),
  );
}

export async function listSubgroups() {
  return db.subgroup.findMany({ orderBy: [{ group: "asc" }, { position: "asc" }], select: { id: true, group: true, nameVi: true, nameEn: true } });
}

export async function getStudioDashboard(viewer: Viewer, today: IsoDay = clockToday()) {
  authorize(viewer, "studio.access");
  const producerId = ownProducerId(viewer);
  const [byStatus, lowStock, certificates] = await Promise.all([
    db.product.groupBy({ by: ["status"], where: { producerId }, _count: true }),
    db.product.findMany({ where: { producerId, status: "PUBLISHED", stock: { lte: 5 } }, select: { id: true, nameVi: true, stock: true } }),
    db.ocopCertificate.findMany({ where: { producerId, status: "VALID" }, include: { product: { select: { nameVi: true } } } }),
  ]);
  return {
    byStatus: Object.fromEntries(byStatus.map((row) => [row.status, row._count])),
    lowStock,
    expiring: certificates
      .map((c) => ({ id: c.id, product: c.product.nameVi, stars: c.stars, validUntil: c.validUntil, warning: expiryWarning(c, dayToDate(today)) }))
      .filter((c) => c.warning !== null),
  };
}

// ───────────────────────────── Officers ─────────────────────────────

export interface ReviewPhoto {
  id: string;
  key: string;
  width: number;
  height: number;
  review: "PENDING" | "APPROVED" | "REJECTED";
}

export interface ReviewItem {
  id: string;
  slug: string;
  nameVi: string;
  producer: string;
  isRevision: boolean;
  submittedAt: Date | null;
  editVersion: number;
  diff: { field: string; before: string; after: string }[];
  /** Photos waiting for this review, and the ones already public (for context). */
  newPhotos: ReviewPhoto[];
  livePhotos: ReviewPhoto[];
}

const REVIEW_PAGE = 50;

/**
 * Products waiting for an officer, oldest first: new products, edits of published ones and photos
 * added to published ones. At most REVIEW_PAGE at a time, with the total.
 */
export async function listReviewQueue(viewer: Viewer): Promise<{ items: ReviewItem[]; total: number }> {
  const scope = await authorizeList(viewer, "product.review");
  const where: Prisma.ProductWhereInput = {
    AND: [
      {
        OR: [
          { status: "PENDING_REVIEW" },
          { status: "PUBLISHED", NOT: { pendingRevision: { equals: Prisma.DbNull } } },
          { status: "PUBLISHED", images: { some: { review: "PENDING" } } },
        ],
      },
      scope.ofProducer(),
    ],
  };
  const [rows, total] = await Promise.all([
    db.product.findMany({
      where,
      include: { producer: { select: { name: true } }, images: { where: { review: { in: ["PENDING", "APPROVED"] } }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] } },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: REVIEW_PAGE,
    }),
    db.product.count({ where }),
  ]);
  const items = rows.map((p) => {
    const revision = (p.pendingRevision ?? null) as Record<string, unknown> | null;
    const text = (field: (typeof PUBLIC_FIELDS)[number], value: unknown) => (value == null ? "" : field === "gtin" ? shortestGtin(String(value)) : String(value));
    const diff = revision
      ? PUBLIC_FIELDS.filter((f) => f in revision && (revision[f] ?? null) !== (p[f] ?? null)).map((f) => ({ field: f, before: text(f, p[f]), after: text(f, revision[f]) }))
      : p.status === "PENDING_REVIEW"
        ? PUBLIC_FIELDS.filter((f) => p[f] !== null && p[f] !== "").map((f) => ({ field: f, before: "", after: text(f, p[f]) }))
        : [];
    const photo = (i: (typeof p.images)[number]): ReviewPhoto => ({ id: i.id, key: i.key, width: i.width, height: i.height, review: i.review });
    return {
      id: p.id, slug: p.slug, nameVi: p.nameVi, producer: p.producer.name, isRevision: p.status === "PUBLISHED", submittedAt: p.submittedAt, editVersion: p.editVersion, diff,
      newPhotos: p.images.filter((i) => i.review === "PENDING").map(photo),
      livePhotos: p.images.filter((i) => i.review === "APPROVED").map(photo),
    };
  });
  return { items, total };
}
