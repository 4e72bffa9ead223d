import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { CERTIFICATE_LEVELS, isFiveStarPotentialDecision, productFiveStarPotential, type RecordedDecision } from "@/lib/certificate-rules";
import { addDays, dateToDay, dayToDate, today as clockToday, type IsoDay } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { defineList, pageWindow, type ListPage, type ListQuery } from "@/lib/list-query";
import { certificateState, pickBadge } from "@/lib/ocop-stars";
import { foldText } from "@/lib/text-fold";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { assertInScope, authorizeList, type RegionScope } from "@/server/auth/scope";
import { db } from "@/server/infra/db";
import type { ProductPickerQuery } from "./schemas";

const PICKER_PAGE_SIZE = 20;
/** "Expiring soon": still valid and ending within 90 days (DESIGN §4; reminders at 90 and 30 days). */
const EXPIRING_WITHIN_DAYS = 90;

export const CERTIFICATE_STATES = ["valid", "expiring", "expired", "revoked", "superseded", "potential"] as const;

/**
 * The officers' certificate list (lib/list-query, like every officer list): searched by product words
 * or decision number, filtered by state, stars and level, sorted by a column either way; the page and
 * its CSV read the same query. With no sort chosen the newest decision comes first, and "expiring"
 * lists the soonest ending first: the work to do before it lapses.
 */
export const CERTIFICATE_LIST = defineList({
  sorts: ["decision", "valid", "product", "stars"],
  defaultSort: "decision",
  defaultDir: "desc",
  defaultOrder: (filters) => (filters.state === "expiring" ? { sort: "valid", dir: "asc" } : undefined),
  filters: {
    state: z.enum(CERTIFICATE_STATES),
    stars: z.coerce.number().int().min(3).max(5),
    level: z.enum(CERTIFICATE_LEVELS),
  },
});

export type CertificateListQuery = ListQuery<(typeof CERTIFICATE_LIST.sorts)[number], typeof CERTIFICATE_LIST.filters>;

/** The filters of the officers' certificate list, as one `where`: the page and its CSV use the same. */
function certificateWhere(scope: RegionScope, query: CertificateListQuery, today: IsoDay): Prisma.OcopCertificateWhereInput {
  const day = dayToDate(today);
  const { state, stars, level } = query.filters;
  // Only the certificates of producers in the officer's region (server/auth/scope.ts).
  const and: Prisma.OcopCertificateWhereInput[] = [scope.ofProducer()];
  switch (state) {
    case "valid":
      and.push({ status: "VALID", validUntil: { gte: day } });
      break;
    case "expiring":
      and.push({ status: "VALID", validUntil: { gte: day, lte: dayToDate(addDays(today, EXPIRING_WITHIN_DAYS)) } });
      break;
    case "expired":
      and.push({ status: "VALID", validUntil: { lt: day } });
      break;
    case "revoked":
      and.push({ status: "REVOKED" });
      break;
    case "superseded":
      and.push({ status: "SUPERSEDED" });
      break;
    case "potential":
      // A valid province 4★ at 90+: a later national decision would have superseded it (decisions follow in time).
      and.push({ status: "VALID", validUntil: { gte: day }, level: "PROVINCE", stars: 4, score: { gte: 90 } });
      break;
  }
  if (stars) and.push({ stars });
  if (level) and.push({ level });
  if (query.q) {
    const words = foldText(query.q).split(" ").filter(Boolean);
    and.push({
      OR: [
        { decisionNumber: { contains: query.q, mode: "insensitive" } },
        { AND: words.map((word) => ({ product: { searchText: { contains: word } } })) },
      ],
    });
  }
  return { AND: and };
}

/** The chosen column, then the newest decision, then the id: ties keep one order and pages never repeat or skip a row. */
function certificateOrder(query: CertificateListQuery): Prisma.OcopCertificateOrderByWithRelationInput[] {
  const dir = query.dir;
  if (query.sort === "decision") return [{ decisionDate: dir }, { id: "asc" }];
  if (query.sort === "valid") return [{ validUntil: dir }, { id: "asc" }];
  if (query.sort === "product") return [{ product: { nameVi: dir } }, { decisionDate: "desc" }, { id: "asc" }];
  return [{ stars: dir }, { decisionDate: "desc" }, { id: "asc" }];
}

const LIST_SELECT = {
  id: true,
  stars: true,
  score: true,
  level: true,
  decisionNumber: true,
  decisionDate: true,
  issuingBody: true,
  validUntil: true,
  status: true,
  revokedAt: true,
  revocationDecisionNumber: true,
  product: { select: { id: true, nameVi: true } },
  producer: { select: { name: true, region: { select: { name: true } } } },
} as const satisfies Prisma.OcopCertificateSelect;

type ListRow = Prisma.OcopCertificateGetPayload<{ select: typeof LIST_SELECT }>;

export interface CertificateListItem {
  id: string;
  productId: string;
  productName: string;
  producerName: string;
  commune: string;
  stars: number;
  score: number | null;
  level: "DISTRICT" | "PROVINCE" | "NATIONAL";
  decisionNumber: string;
  decisionDate: IsoDay;
  issuingBody: string;
  validUntil: IsoDay;
  state: "VALID" | "EXPIRED" | "REVOKED" | "SUPERSEDED";
  fiveStarPotential: boolean;
  revocation: { decisionNumber: string | null; date: IsoDay | null } | null;
}

function listItem(row: ListRow, today: IsoDay): CertificateListItem {
  const state = certificateState(row, dayToDate(today));
  return {
    id: row.id,
    productId: row.product.id,
    productName: row.product.nameVi,
    producerName: row.producer.name,
    commune: row.producer.region.name,
    stars: row.stars,
    score: row.score,
    level: row.level,
    decisionNumber: row.decisionNumber,
    decisionDate: dateToDay(row.decisionDate),
    issuingBody: row.issuingBody,
    validUntil: dateToDay(row.validUntil),
    state,
    fiveStarPotential: state === "VALID" && isFiveStarPotentialDecision(row),
    revocation: row.status === "REVOKED" ? { decisionNumber: row.revocationDecisionNumber, date: row.revokedAt ? dateToDay(row.revokedAt) : null } : null,
  };
}

/** One page of certificates under the officer's filters, search and sort. */
export async function listCertificates(viewer: Viewer, query: CertificateListQuery, today: IsoDay = clockToday()): Promise<ListPage<CertificateListItem>> {
  const scope = await authorizeList(viewer, "certificate.record");
  const where = certificateWhere(scope, query, today);
  const [total, rows] = await Promise.all([
    db.ocopCertificate.count({ where }),
    db.ocopCertificate.findMany({ where, select: LIST_SELECT, orderBy: certificateOrder(query), ...pageWindow(query) }),
  ]);
  return { items: rows.map((row) => listItem(row, today)), total, page: query.page, pageSize: query.pageSize };
}

/** Every certificate the same filters select, in the list's order, batch by batch: the list's CSV (every page, not one). */
export async function certificateRowsForExport(viewer: Viewer, query: CertificateListQuery, today: IsoDay = clockToday()) {
  const scope = await authorizeList(viewer, "certificate.record");
  const where = certificateWhere(scope, query, today);
  return (skip: number, take: number) =>
    db.ocopCertificate.findMany({ where, select: LIST_SELECT, orderBy: certificateOrder(query), skip, take }).then((rows) => rows.map((row) => listItem(row, today)));
}

/**
 * The certificates an officer picked for a bulk revocation, as they stand now, in the list's default
 * order, and how many picked ids are not among them (unknown, or outside the officer's region: nothing
 * of them is shown).
 */
export async function certificatesForConfirmation(
  viewer: Viewer,
  ids: readonly string[],
  today: IsoDay = clockToday(),
): Promise<{ items: (CertificateListItem & { status: ListRow["status"] })[]; missing: number }> {
  const scope = await authorizeList(viewer, "certificate.record");
  const wanted = [...new Set(ids)];
  const rows = await db.ocopCertificate.findMany({
    where: { ...scope.ofProducer(), id: { in: wanted } },
    select: LIST_SELECT,
    orderBy: [{ product: { nameVi: "asc" } }, { decisionDate: "desc" }, { id: "asc" }],
  });
  return { items: rows.map((row) => ({ ...listItem(row, today), status: row.status })), missing: wanted.length - rows.length };
}

/** Products an officer may record a decision for, found by name, producer or commune. */
export async function findProductsForCertification(viewer: Viewer, query: ProductPickerQuery, today: IsoDay = clockToday()) {
  const scope = await authorizeList(viewer, "certificate.record");
  const words = query.q ? foldText(query.q).split(" ").filter(Boolean) : [];
  const where: Prisma.ProductWhereInput = { ...scope.ofProducer(), status: { not: "ARCHIVED" }, AND: words.map((word) => ({ searchText: { contains: word } })) };
  const [total, rows] = await Promise.all([
    db.product.count({ where }),
    db.product.findMany({
      where,
      select: {
        id: true,
        nameVi: true,
        status: true,
        producer: { select: { name: true, region: { select: { name: true } } } },
        certificates: { where: { status: "VALID" }, select: { stars: true, status: true, decisionDate: true, validUntil: true } },
      },
      orderBy: [{ nameVi: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * PICKER_PAGE_SIZE,
      take: PICKER_PAGE_SIZE,
    }),
  ]);
  return {
    items: rows.map((p) => ({
      id: p.id,
      nameVi: p.nameVi,
      status: p.status,
      producer: p.producer.name,
      commune: p.producer.region.name,
      badgeStars: pickBadge(p.certificates, dayToDate(today))?.stars ?? null,
    })),
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / PICKER_PAGE_SIZE)),
  };
}

/**
 * A product's whole certificate history for officers: every decision with what was printed on it,
 * who recorded it, the warnings confirmed, the revocation, the scan, and the entries removed as made
 * in error (from the audit log). Plus what the form needs: the printed names to start from, and the
 * other decisions for its live checks.
 */
export async function getProductCertificates(viewer: Viewer, productId: string, today: IsoDay = clockToday()) {
  authorize(viewer, "certificate.record");
  const product = await db.product.findUnique({
    where: { id: productId },
    select: {
      id: true,
      nameVi: true,
      producerId: true,
      producer: { select: { name: true, addressLine: true, certificateAddress: true, region: { select: { name: true } } } },
      certificates: {
        orderBy: [{ decisionDate: "desc" }, { createdAt: "desc" }],
        include: {
          recordedBy: { select: { name: true } },
          supersededBy: { select: { decisionNumber: true, decisionDate: true, issuingBody: true } },
        },
      },
    },
  });
  if (!product) throw new AppError("NOT_FOUND");
  await assertInScope(viewer, { producerId: product.producerId });
  const removed = await db.auditLog.findMany({
    where: { action: "certificate.remove", entityType: "OcopCertificate", before: { path: ["productId"], equals: product.id } },
    select: { entityId: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
  const decisions: RecordedDecision[] = product.certificates.map((c) => ({
    id: c.id,
    stars: c.stars,
    level: c.level,
    decisionNumber: c.decisionNumber,
    decisionDate: dateToDay(c.decisionDate),
    validUntil: dateToDay(c.validUntil),
    status: c.status,
    recordedAt: c.createdAt.getTime(),
  }));
  return {
    id: product.id,
    nameVi: product.nameVi,
    producerName: product.producer.name,
    commune: product.producer.region.name,
    /** Where the form starts: today's names, and the pre-reform address when the producer has one. */
    printedDefaults: {
      productNameOnDecision: product.nameVi,
      producerNameOnDecision: product.producer.name,
      addressOnDecision: product.producer.certificateAddress ?? product.producer.addressLine,
    },
    fiveStarPotential: productFiveStarPotential(product.certificates, today),
    decisions,
    certificates: product.certificates.map((c) => ({
      id: c.id,
      stars: c.stars,
      score: c.score,
      level: c.level,
      decisionNumber: c.decisionNumber,
      decisionDate: dateToDay(c.decisionDate),
      issuingBody: c.issuingBody,
      validUntil: dateToDay(c.validUntil),
      status: c.status,
      state: certificateState(c, dayToDate(today)),
      fiveStarPotential: isFiveStarPotentialDecision(c),
      productNameOnDecision: c.productNameOnDecision,
      producerNameOnDecision: c.producerNameOnDecision,
      addressOnDecision: c.addressOnDecision,
      categoryOnDecision: c.categoryOnDecision,
      hasScan: !!c.scanKey,
      confirmedWarnings: c.confirmedWarnings,
      recordedBy: c.recordedBy?.name ?? null,
      correctedOn: c.correctedOn ? dateToDay(c.correctedOn) : null,
      revocation:
        c.status === "REVOKED"
          ? { decisionNumber: c.revocationDecisionNumber, date: c.revokedAt ? dateToDay(c.revokedAt) : null, reason: c.revocationReason }
          : null,
      supersededBy: c.supersededBy ? { decisionNumber: c.supersededBy.decisionNumber, decisionDate: dateToDay(c.supersededBy.decisionDate), issuingBody: c.supersededBy.issuingBody } : null,
    })),
    removed: removed.map((entry) => {
      const before = (entry.before ?? {}) as { decisionNumber?: string; decisionDate?: string };
      const after = (entry.after ?? {}) as { reason?: string };
      return {
        id: entry.entityId,
        decisionNumber: before.decisionNumber ?? "",
        decisionDate: before.decisionDate ? before.decisionDate.slice(0, 10) : null,
        reason: after.reason ?? "",
        removedAt: entry.createdAt,
        by: entry.actor?.name ?? null,
      };
    }),
  };
}

/** The producer's own certificates (studio), newest first, with whether a scan can be viewed. */
export async function listOwnCertificates(viewer: Viewer, today: IsoDay = clockToday()) {
  authorize(viewer, "certificate.viewOwn", { producerId: viewer.producerId });
  const rows = await db.ocopCertificate.findMany({
    where: { producerId: viewer.producerId! },
    select: { ...LIST_SELECT, scanKey: true, revocationReason: true },
    orderBy: [{ decisionDate: "desc" }, { id: "asc" }],
  });
  return rows.map((row) => ({ ...listItem(row, today), hasScan: !!row.scanKey, revocationReason: row.revocationReason }));
}

/**
 * The scan of a certificate, for officers of the producer's region and for the producer it belongs to.
 * Anyone else gets "not found", the same as for a certificate without a scan.
 */
export async function getCertificateScan(viewer: Viewer | null, certificateId: string) {
  authorize(viewer, "certificate.viewScan");
  const cert = await db.ocopCertificate.findUnique({ where: { id: certificateId }, select: { producerId: true, scanKey: true, decisionNumber: true } });
  if (!cert) throw new AppError("NOT_FOUND");
  // Officers of the producer's region, or the producer itself.
  await assertInScope(viewer, { producerId: cert.producerId });
  if (!cert.scanKey) throw new AppError("NOT_FOUND");
  return { key: cert.scanKey, decisionNumber: cert.decisionNumber };
}
