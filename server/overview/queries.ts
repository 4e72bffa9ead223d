import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { addDays, dayToDate, today } from "@/lib/clock";
import type { Viewer } from "@/server/auth/permissions";
import { authorizeList } from "@/server/auth/scope";
import { db } from "@/server/infra/db";

/** How far ahead "expiring soon" looks: officers and producers see an expiry coming 90 days out. */
export const EXPIRY_WARNING_DAYS = 90;

export interface OfficerOverview {
  /** The region the officer works in (null: the whole country). */
  regionName: string | null;
  /** Products waiting for an officer: new listings and changes to published ones. */
  reviews: number;
  /** Certificates still valid today whose validity ends within the next 90 days. */
  expiringCertificates: number;
  /** Booth requests waiting for a decision, per fair not yet over (the fairs the officer organises). */
  boothRequests: { fairId: string; fairName: string; fairNameEn: string | null; pending: number }[];
  /** Ideas nobody has looked at yet, and ideas under review. */
  newIdeas: number;
  ideasUnderReview: number;
}

/** The work waiting for an officer, counted within their region only. */
export async function getOfficerOverview(viewer: Viewer): Promise<OfficerOverview> {
  const scope = await authorizeList(viewer, "admin.access");
  const day = today();
  const [region, reviews, expiringCertificates, requests, newIdeas, ideasUnderReview] = await Promise.all([
    viewer.regionId ? db.region.findUnique({ where: { id: viewer.regionId }, select: { name: true } }) : null,
    db.product.count({
      where: { ...scope.ofProducer(), OR: [{ status: "PENDING_REVIEW" }, { status: "PUBLISHED", NOT: { pendingRevision: { equals: Prisma.DbNull } } }] },
    }),
    db.ocopCertificate.count({
      where: { ...scope.ofProducer(), status: "VALID", validUntil: { gte: dayToDate(day), lte: dayToDate(addDays(day, EXPIRY_WARNING_DAYS)) } },
    }),
    db.boothRequest.groupBy({
      by: ["fairId"],
      where: { status: "PENDING", fair: { ...scope.byRegion(), endsOn: { gte: dayToDate(day) } } },
      _count: { _all: true },
    }),
    db.productIdea.count({ where: { ...scope.byRegion(), status: "NEW" } }),
    db.productIdea.count({ where: { ...scope.byRegion(), status: "UNDER_REVIEW" } }),
  ]);
  const fairs = await db.fair.findMany({ where: { id: { in: requests.map((r) => r.fairId) } }, orderBy: { startsOn: "asc" }, select: { id: true, nameVi: true, nameEn: true } });
  const pending = new Map(requests.map((r) => [r.fairId, r._count._all]));
  return {
    regionName: region?.name ?? null,
    reviews,
    expiringCertificates,
    boothRequests: fairs.map((f) => ({ fairId: f.id, fairName: f.nameVi, fairNameEn: f.nameEn, pending: pending.get(f.id) ?? 0 })),
    newIdeas,
    ideasUnderReview,
  };
}
