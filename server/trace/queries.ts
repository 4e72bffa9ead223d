import "server-only";
import { normalizeLotCode } from "@/lib/text-normalize";
import { cache } from "react";
import { dateToDay, dayToDate, today, type IsoDay } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { correctedGtin, normalizeGtin14 } from "@/lib/gtin";
import { certificationStatus, type CertificationStatus } from "@/lib/certification-status";
import { certificateState, pickBadge } from "@/lib/ocop-stars";
import { authorize, ownProducerId, type Viewer } from "@/server/auth/permissions";
import { db } from "@/server/infra/db";
import type { CertificationKind, TraceEventType } from "@/generated/prisma/enums";

export interface TraceView {
  code: string;
  lotCode: string;
  productionDate: string;
  expiryDate: string | null;
  expired: boolean;
  quantity: number;
  quantityUnit: string;
  growingArea: string | null;
  growingAreaCode: string | null;
  rawMaterial: string | null;
  soldAt: string | null;
  product: { slug: string; nameVi: string; nameEn: string | null; gtin: string | null };
  producer: { slug: string; name: string; commune: string; phone: string | null; email: string | null };
  badge: { stars: number; decisionNumber: string; decisionDate: string; issuingBody: string; validUntil: string } | null;
  /** Whether the product is an OCOP product today, and if not, why (lib/certification-status.ts). */
  certification: CertificationStatus;
  events: { type: TraceEventType; date: string; place: string; actor: string; note: string; evidenceKey: string | null; evidenceMime: string | null; latitude: number | null; longitude: number | null }[];
  labTests: { indicator: string; value: string; unit: string; limit: string; lab: string; date: string; passed: boolean }[];
  certifications: { kind: CertificationKind; number: string; issuer: string; validFrom: string | null; validUntil: string | null; valid: boolean }[];
}

const day = dateToDay;

/**
 * The stored spelling of a batch code typed in any case ("vx-cb-2026-01" for "VX-CB-2026-01"), as order
 * codes are: every batch code is stored in capitals (newBatchCode, the demo data), so both lookups use
 * the unique index.
 */
export async function canonicalBatchCode(code: string): Promise<string | null> {
  for (const candidate of new Set([code, code.toUpperCase()])) {
    const batch = await db.batch.findUnique({ where: { code: candidate }, select: { code: true } });
    if (batch) return batch.code;
  }
  return null;
}

/**
 * The public trace of a batch. Null for an unknown code, a private batch, or one whose product or
 * producer is not public — all look the same from outside.
 */
export const getPublicTrace = cache(readPublicTrace);

// The page and its metadata both ask for the same batch: React's cache() makes that one query per request.
async function readPublicTrace(code: string, on: IsoDay = today()): Promise<TraceView | null> {
  const todayDate = dayToDate(on);
  const canonical = await canonicalBatchCode(code);
  if (!canonical) return null;
  const batch = await db.batch.findUnique({
    where: { code: canonical },
    include: {
      product: { include: { producer: { include: { region: true } }, certificates: true } },
      events: { orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }] },
      labTests: { orderBy: { testedOn: "asc" } },
      certifications: { orderBy: { kind: "asc" } },
    },
  });
  if (!batch || !batch.isPublic) return null;
  const { product } = batch;
  if (product.status !== "PUBLISHED" || product.producer.status !== "ACTIVE") return null;
  const badge = pickBadge(product.certificates, todayDate);
  return {
    code: batch.code,
    lotCode: batch.lotCode,
    productionDate: day(batch.productionDate),
    expiryDate: batch.expiryDate ? day(batch.expiryDate) : null,
    expired: !!batch.expiryDate && certificateState({ status: "VALID", validUntil: batch.expiryDate }, todayDate) === "EXPIRED",
    quantity: batch.quantity,
    quantityUnit: batch.quantityUnit,
    growingArea: batch.growingArea,
    growingAreaCode: batch.growingAreaCode,
    rawMaterial: batch.rawMaterial,
    soldAt: batch.soldAt,
    product: { slug: product.slug, nameVi: product.nameVi, nameEn: product.nameEn, gtin: product.gtin },
    producer: { slug: product.producer.slug, name: product.producer.name, commune: product.producer.region.name, phone: product.producer.phone, email: product.producer.email },
    badge: badge
      ? { stars: badge.stars, decisionNumber: badge.decisionNumber, decisionDate: day(badge.decisionDate), issuingBody: badge.issuingBody, validUntil: day(badge.validUntil) }
      : null,
    certification: certificationStatus(product.certificates, todayDate),
    events: batch.events.map((e) => ({
      type: e.type, date: day(e.occurredOn), place: e.place, actor: e.actor, note: e.note, evidenceKey: e.evidenceKey, evidenceMime: e.evidenceMime, latitude: e.latitude, longitude: e.longitude,
    })),
    labTests: batch.labTests.map((l) => ({ indicator: l.indicator, value: l.value, unit: l.unit, limit: l.limit, lab: l.lab, date: day(l.testedOn), passed: l.passed })),
    certifications: batch.certifications.map((c) => ({
      kind: c.kind, number: c.number, issuer: c.issuer,
      validFrom: c.validFrom ? day(c.validFrom) : null,
      validUntil: c.validUntil ? day(c.validUntil) : null,
      valid: !c.validUntil || certificateState({ status: "VALID", validUntil: c.validUntil }, todayDate) === "VALID",
    })),
  };
}

/** The published product with this GTIN, or null. */
async function findPublicProductByGtin(gtin14: string) {
  // GTINs are stored as GTIN-14, the form Digital Links carry (the studio_review_stock migration
  // padded the shorter ones).
  return db.product.findFirst({
    where: { gtin: gtin14, status: "PUBLISHED", producer: { status: "ACTIVE" } },
    select: { id: true, slug: true, nameVi: true, nameEn: true },
  });
}

/**
 * A public batch of a product by its lot, exact first, then ignoring case: lots are printed in capitals
 * and typed any way on a phone. Two lots of one product differing only in case would be ambiguous, so
 * the fallback answers only when it finds exactly one.
 */
async function findPublicLot(productId: string, lot: string) {
  // Lot codes are stored trimmed and upper-cased (normalizeLotCode); a hand-typed link may not be.
  const exact = await db.batch.findFirst({ where: { productId, lotCode: { in: [...new Set([lot, normalizeLotCode(lot)])] } }, select: { code: true, isPublic: true } });
  if (exact) return exact.isPublic ? exact : null;
  const loose = await db.batch.findMany({ where: { productId, lotCode: { equals: normalizeLotCode(lot), mode: "insensitive" } }, select: { code: true, isPublic: true }, take: 2 });
  return loose.length === 1 && loose[0].isPublic ? loose[0] : null;
}

/** GS1 Digital Link resolution: the public batch with this product GTIN and lot, or the product itself. */
export async function resolveGtin(gtin14: string, lot?: string): Promise<{ productSlug: string; batchCode: string | null } | null> {
  const product = await findPublicProductByGtin(gtin14);
  if (!product) return null;
  if (!lot) return { productSlug: product.slug, batchCode: null };
  const batch = await findPublicLot(product.id, lot);
  return batch ? { productSlug: product.slug, batchCode: batch.code } : null;
}

export interface ScanMiss {
  /** The product the GTIN names (or, with a wrong check digit, most likely meant), when one is public. */
  product: { slug: string; nameVi: string; nameEn: string | null } | null;
  /** The GTIN with its check digit corrected, when the scanned one had a wrong one. */
  correctedGtin: string | null;
}

/** What can be said about a Digital Link that resolved to nothing, for the page that explains it. */
export async function explainScanMiss(gtin: string): Promise<ScanMiss> {
  const corrected = correctedGtin(gtin);
  const gtin14 = normalizeGtin14(corrected ?? gtin);
  const product = gtin14 ? await findPublicProductByGtin(gtin14) : null;
  return { product: product ? { slug: product.slug, nameVi: product.nameVi, nameEn: product.nameEn } : null, correctedGtin: corrected };
}

/** A batch its producer may act on, or NOT_FOUND (for anyone else). */
export async function ownBatch(viewer: Viewer | null, batchId: string) {
  const batch = await db.batch.findUnique({ where: { id: batchId }, include: { product: { select: { producerId: true, slug: true, nameVi: true, producer: { select: { regionId: true } } } } } });
  if (!batch) throw new AppError("NOT_FOUND");
  authorize(viewer, "batch.manageOwn", batch.product);
  return batch;
}

export interface OwnBatchRow {
  id: string;
  code: string;
  lotCode: string;
  product: string;
  isPublic: boolean;
  productionDate: IsoDay;
  events: number;
  labTests: number;
  scans: number;
}

/** The producer's batches, newest production first. */
export async function listOwnBatches(viewer: Viewer): Promise<OwnBatchRow[]> {
  authorize(viewer, "batch.manageOwn");
  const rows = await db.batch.findMany({
    where: { product: { producerId: ownProducerId(viewer) } },
    include: { product: { select: { nameVi: true } }, scanDays: { select: { count: true } }, _count: { select: { events: true, labTests: true } } },
    orderBy: { productionDate: "desc" },
  });
  return rows.map((b) => ({
    id: b.id,
    code: b.code,
    lotCode: b.lotCode,
    product: b.product.nameVi,
    isPublic: b.isPublic,
    productionDate: dateToDay(b.productionDate),
    events: b._count.events,
    labTests: b._count.labTests,
    scans: b.scanDays.reduce((sum, d) => sum + d.count, 0),
  }));
}

export interface OwnBatchView {
  id: string;
  code: string;
  lotCode: string;
  isPublic: boolean;
  productName: string;
  gtin: string | null;
  productionDate: IsoDay;
  expiryDate: IsoDay | null;
  scans: number;
  /** The product's OCOP stars today, for labels. */
  badgeStars: number | null;
  events: { id: string; type: TraceEventType; occurredOn: IsoDay; place: string; actor: string; note: string; hasEvidence: boolean }[];
  labTests: { id: string; indicator: string; value: string; unit: string | null; limit: string | null; lab: string; testedOn: IsoDay; passed: boolean }[];
  certifications: { id: string; kind: CertificationKind; number: string; issuer: string; validFrom: IsoDay | null; validUntil: IsoDay | null }[];
}

/** One of the producer's batches with its trace records, for the studio and its labels. */
export async function getOwnBatch(viewer: Viewer | null, batchId: string): Promise<OwnBatchView> {
  const { id } = await ownBatch(viewer, batchId);
  const batch = await db.batch.findUniqueOrThrow({
    where: { id },
    include: {
      product: { select: { nameVi: true, gtin: true, certificates: { select: { stars: true, status: true, decisionDate: true, validUntil: true } } } },
      events: { orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }] },
      labTests: { orderBy: [{ testedOn: "asc" }, { createdAt: "asc" }] },
      certifications: { orderBy: { createdAt: "asc" } },
      scanDays: { select: { count: true } },
    },
  });
  return {
    id: batch.id,
    code: batch.code,
    lotCode: batch.lotCode,
    isPublic: batch.isPublic,
    productName: batch.product.nameVi,
    gtin: batch.product.gtin,
    productionDate: dateToDay(batch.productionDate),
    expiryDate: batch.expiryDate ? dateToDay(batch.expiryDate) : null,
    scans: batch.scanDays.reduce((sum, d) => sum + d.count, 0),
    badgeStars: pickBadge(batch.product.certificates, dayToDate(today()))?.stars ?? null,
    events: batch.events.map((e) => ({ id: e.id, type: e.type, occurredOn: dateToDay(e.occurredOn), place: e.place, actor: e.actor, note: e.note, hasEvidence: !!e.evidenceKey })),
    labTests: batch.labTests.map((l) => ({ id: l.id, indicator: l.indicator, value: l.value, unit: l.unit, limit: l.limit, lab: l.lab, testedOn: dateToDay(l.testedOn), passed: l.passed })),
    certifications: batch.certifications.map((c) => ({
      id: c.id,
      kind: c.kind,
      number: c.number,
      issuer: c.issuer,
      validFrom: c.validFrom ? dateToDay(c.validFrom) : null,
      validUntil: c.validUntil ? dateToDay(c.validUntil) : null,
    })),
  };
}

export interface BatchHistoryEntry {
  at: Date;
  action: string;
  actor: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The batch's history, newest first: every record added, corrected or removed, and publication. */
export async function listBatchHistory(viewer: Viewer | null, batchId: string, take = 100): Promise<BatchHistoryEntry[]> {
  const batch = await ownBatch(viewer, batchId);
  const rows = await db.auditLog.findMany({
    where: { entityType: "Batch", entityId: batch.id },
    orderBy: { createdAt: "desc" },
    take,
    include: { actor: { select: { name: true } } },
  });
  return rows.map((row) => ({
    at: row.createdAt,
    action: row.action,
    actor: row.actor?.name ?? null,
    before: (row.before ?? null) as Record<string, unknown> | null,
    after: (row.after ?? null) as Record<string, unknown> | null,
  }));
}
