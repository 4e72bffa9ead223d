import "server-only";
import { addDays, dayToDate, today as clockToday, type IsoDay } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { pickBadge } from "@/lib/ocop-stars";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { db } from "@/server/infra/db";

export async function listProductsForCertification(viewer: Viewer, today: IsoDay = clockToday()) {
  authorize(viewer, "certificate.record");
  const products = await db.product.findMany({
    where: { status: { in: ["PUBLISHED", "PENDING_REVIEW"] } },
    include: { producer: { select: { name: true } }, certificates: true },
    orderBy: { nameVi: "asc" },
  });
  return products.map((p) => ({ id: p.id, nameVi: p.nameVi, producer: p.producer.name, badgeStars: pickBadge(p.certificates, dayToDate(today))?.stars ?? null }));
}

export async function getProductCertificates(viewer: Viewer, productId: string) {
  authorize(viewer, "certificate.record");
  const product = await db.product.findUnique({
    where: { id: productId },
    include: { producer: { select: { name: true } }, certificates: { orderBy: { decisionDate: "desc" } } },
  });
  if (!product) throw new AppError("NOT_FOUND");
  return product;
}

export async function listExpiringCertificates(viewer: Viewer, today: IsoDay = clockToday()) {
  authorize(viewer, "certificate.record");
  const horizon = dayToDate(addDays(today, 90));
  return db.ocopCertificate.findMany({
    where: { status: "VALID", validUntil: { lte: horizon } },
    include: { product: { select: { id: true, nameVi: true } }, producer: { select: { name: true } } },
    orderBy: { validUntil: "asc" },
  });
}
