import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { dayToDate, today as clockToday, type IsoDay } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { expiryWarning } from "@/lib/ocop-stars";
import { authorize, ownProducerId, type Viewer } from "@/server/auth/permissions";
import { authorizeList } from "@/server/auth/scope";
import { db } from "@/server/infra/db";

export interface ListingRow {
  id: string;
  slug: string;
  nameVi: string;
  status: string;
  stock: number;
  priceVnd: number;
  pendingReview: boolean;
  rejectionReason: string | null;
}

export async function listOwnListings(viewer: Viewer): Promise<ListingRow[]> {
  authorize(viewer, "product.manageOwn");
  const rows = await db.product.findMany({ where: { producerId: ownProducerId(viewer) }, orderBy: { updatedAt: "desc" } });
  return rows.map((p) => ({
    id: p.id, slug: p.slug, nameVi: p.nameVi, status: p.status, stock: p.stock, priceVnd: p.priceVnd,
    pendingReview: p.pendingRevision !== null, rejectionReason: p.rejectionReason,
  }));
}

export async function getOwnListing(viewer: Viewer, productId: string) {
  const product = await db.product.findUnique({ where: { id: productId }, include: { images: { orderBy: { position: "asc" } } } });
  if (!product) throw new AppError("NOT_FOUND");
  authorize(viewer, "product.manageOwn", product);
  // The form shows what the producer last proposed, so an edit awaiting review is not lost.
  const revision = (product.pendingRevision ?? {}) as Record<string, unknown>;
  const pick = (field: string, fallback: unknown) => String((field in revision ? revision[field] : fallback) ?? "");
  return {
    id: product.id,
    slug: product.slug,
    status: product.status,
    rejectionReason: product.rejectionReason,
    pendingReview: product.pendingRevision !== null,
    images: product.images.map((i) => ({ key: i.key, width: i.width, height: i.height, alt: i.altVi })),
    values: {
      nameVi: pick("nameVi", product.nameVi), nameEn: pick("nameEn", product.nameEn),
      descriptionVi: pick("descriptionVi", product.descriptionVi), descriptionEn: pick("descriptionEn", product.descriptionEn),
      group: pick("group", product.group), subgroupId: pick("subgroupId", product.subgroupId),
      priceVnd: pick("priceVnd", product.priceVnd), unit: pick("unit", product.unit), unitEn: pick("unitEn", product.unitEn),
      stock: String(product.stock), gtin: pick("gtin", product.gtin),
    },
  };
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

export async function listReviewQueue(viewer: Viewer) {
  const scope = await authorizeList(viewer, "product.review");
  const rows = await db.product.findMany({
    where: { ...scope.ofProducer(), OR: [{ status: "PENDING_REVIEW" }, { status: "PUBLISHED", NOT: { pendingRevision: { equals: Prisma.DbNull } } }] },
    include: { producer: { select: { name: true } } },
    orderBy: { submittedAt: "asc" },
  });
  return rows
    .filter((p) => p.status === "PENDING_REVIEW" || p.pendingRevision !== null)
    .map((p) => {
      const revision = (p.pendingRevision ?? null) as Record<string, unknown> | null;
      const fields = ["nameVi", "nameEn", "descriptionVi", "descriptionEn", "group", "priceVnd", "unit", "unitEn", "gtin"] as const;
      const diff = revision
        ? fields.filter((f) => (revision[f] ?? null) !== (p[f] ?? null)).map((f) => ({ field: f, before: String(p[f] ?? ""), after: String(revision[f] ?? "") }))
        : fields.filter((f) => p[f] !== null && p[f] !== "").map((f) => ({ field: f, before: "", after: String(p[f]) }));
      return { id: p.id, slug: p.slug, nameVi: p.nameVi, producer: p.producer.name, isRevision: !!revision, submittedAt: p.submittedAt, diff };
    });
}
