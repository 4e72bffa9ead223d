import "server-only";
import { dayToDate, now, today as clockToday } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { pickBadge } from "@/lib/ocop-stars";
import { authorize, ownProducerId, type Viewer } from "@/server/auth/permissions";
import { db } from "@/server/infra/db";
import { ZFairListQuery } from "./schemas";

/** Today in Vietnam as the @db.Date value fairs' days compare with. */
const today = () => dayToDate(clockToday());

const fairSummarySelect = {
  id: true,
  slug: true,
  nameVi: true,
  nameEn: true,
  startsOn: true,
  endsOn: true,
  venue: true,
  province: true,
  registrationDeadline: true,
  registrationOpen: true,
  boothCapacity: true,
  boothSize: true,
  feeVnd: true,
  subsidyPercent: true,
  minStars: true,
  maxBoothsPerProducer: true,
  updatedAt: true,
} as const;

export type FairSummary = Awaited<ReturnType<typeof listFairs>>["items"][number];

/** Public list: upcoming (not yet ended, soonest first) or past (latest first). */
export async function listFairs(query: unknown = {}) {
  const { when, page, pageSize } = ZFairListQuery.parse(query);
  const where = when === "upcoming" ? { endsOn: { gte: today() } } : { endsOn: { lt: today() } };
  const [items, total] = await Promise.all([
    db.fair.findMany({
      where,
      select: { ...fairSummarySelect, _count: { select: { assignments: true } } },
      orderBy: { startsOn: when === "upcoming" ? "asc" : "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.fair.count({ where }),
  ]);
  return {
    items: items.map(({ _count, ...fair }) => ({ ...fair, allocatedBooths: _count.assignments })),
    page,
    pageSize,
    total,
  };
}

/** Public fair page: the fair, its booth plan and who exhibits what (approved requests only). */
export async function getFairBySlug(slug: string) {
  const fair = await db.fair.findUnique({ where: { slug }, select: { ...fairSummarySelect, descriptionVi: true, descriptionEn: true, images: { orderBy: { position: "asc" }, select: { key: true, width: true, height: true, altVi: true, altEn: true } } } });
  if (!fair) return null;
  const approved = await db.boothRequest.findMany({
    where: { fairId: fair.id, status: "APPROVED" },
    orderBy: { createdAt: "asc" },
    select: {
      producer: { select: { slug: true, name: true } },
      assignments: { select: { number: true }, orderBy: { number: "asc" } },
      products: {
        where: { product: { status: "PUBLISHED" } },
        select: { product: { select: { slug: true, nameVi: true, nameEn: true } } },
      },
    },
  });
  const exhibitors = approved.map((r) => ({
    producerSlug: r.producer.slug,
    producerName: r.producer.name,
    booths: r.assignments.map((a) => a.number),
    products: r.products.map((p) => p.product),
  }));
  const owner = new Map<number, string>();
  for (const e of exhibitors) for (const b of e.booths) owner.set(b, e.producerName);
  const plan = Array.from({ length: fair.boothCapacity }, (_, i) => ({ number: i + 1, producerName: owner.get(i + 1) ?? null }));
  return { ...fair, exhibitors, plan };
}

export async function getFairById(fairId: string) {
  return db.fair.findUnique({ where: { id: fairId } });
}

// ───────────── Officers ─────────────

export async function listFairsForOfficer(viewer: Viewer | null) {
  authorize(viewer, "fair.manage");
  const fairs = await db.fair.findMany({
    orderBy: { startsOn: "desc" },
    select: { ...fairSummarySelect, _count: { select: { assignments: true, requests: { where: { status: "PENDING" } } } } },
  });
  return fairs.map(({ _count, ...f }) => ({ ...f, allocatedBooths: _count.assignments, pendingRequests: _count.requests }));
}

/** Requests of one fair in order of arrival, with the first waitlisted request marked for promotion while booths are free. */
export async function listRequestsForOfficer(viewer: Viewer | null, fairId: string) {
  authorize(viewer, "booth.allocate");
  const fair = await db.fair.findUnique({ where: { id: fairId } });
  if (!fair) throw new AppError("NOT_FOUND");
  const requests = await db.boothRequest.findMany({
    where: { fairId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      status: true,
      boothCount: true,
      needsPower: true,
      needsRefrigeration: true,
      needsWater: true,
      note: true,
      decisionReason: true,
      createdAt: true,
      producer: { select: { name: true, phone: true, email: true } },
      assignments: { select: { number: true }, orderBy: { number: "asc" } },
      products: { select: { product: { select: { nameVi: true } } } },
    },
  });
  const allocated = requests.reduce((n, r) => n + r.assignments.length, 0);
  const free = fair.boothCapacity - allocated;
  const firstWaitlisted = requests.find((r) => r.status === "WAITLISTED");
  return {
    fair,
    free,
    requests: requests.map((r) => ({
      ...r,
      booths: r.assignments.map((a) => a.number),
      productNames: r.products.map((p) => p.product.nameVi),
      suggestPromotion: r.id === firstWaitlisted?.id && free >= r.boothCount,
    })),
  };
}

/** Printable list for the organisers: approved exhibitors by booth number, with contacts and needs. */
export async function exhibitorListForOfficer(viewer: Viewer | null, fairId: string) {
  const { fair, requests } = await listRequestsForOfficer(viewer, fairId);
  const rows = requests
    .filter((r) => r.status === "APPROVED")
    .map((r) => ({ booths: r.booths, producerName: r.producer.name, phone: r.producer.phone, email: r.producer.email, productNames: r.productNames, needsPower: r.needsPower, needsRefrigeration: r.needsRefrigeration, needsWater: r.needsWater, note: r.note }))
    .sort((a, b) => a.booths[0] - b.booths[0]);
  return { fair, rows };
}

// ───────────── Producers ─────────────

/** The viewer's own requests only, newest fair first. */
export async function listOwnRequests(viewer: Viewer | null) {
  authorize(viewer, "booth.requestOwn");
  const producerId = ownProducerId(viewer);
  const requests = await db.boothRequest.findMany({
    where: { producerId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      status: true,
      boothCount: true,
      decisionReason: true,
      createdAt: true,
      fair: { select: { id: true, slug: true, nameVi: true, nameEn: true, startsOn: true, endsOn: true } },
      assignments: { select: { number: true }, orderBy: { number: "asc" } },
    },
  });
  return requests.map(({ assignments, ...r }) => ({ ...r, booths: assignments.map((a) => a.number) }));
}

export async function getOwnRequest(viewer: Viewer | null, requestId: string) {
  authorize(viewer, "booth.requestOwn");
  const request = await db.boothRequest.findUnique({
    where: { id: requestId },
    include: { products: { select: { productId: true } }, assignments: { select: { number: true } }, fair: true },
  });
  if (!request) throw new AppError("NOT_FOUND");
  authorize(viewer, "booth.requestOwn", request);
  return { ...request, productIds: request.products.map((p) => p.productId), booths: request.assignments.map((a) => a.number) };
}

/** The producer's published products with their badge stars; `eligible` against a fair's minimum. */
export async function ownProductsForFair(viewer: Viewer | null, minStars: number) {
  authorize(viewer, "booth.requestOwn");
  const producerId = ownProducerId(viewer);
  const products = await db.product.findMany({
    where: { producerId, status: "PUBLISHED" },
    orderBy: { nameVi: "asc" },
    select: { id: true, nameVi: true, nameEn: true, certificates: { select: { stars: true, status: true, decisionDate: true, validUntil: true } } },
  });
  return products.map(({ certificates, ...p }) => {
    const stars = pickBadge(certificates, today())?.stars ?? null;
    return { ...p, stars, eligible: stars !== null && stars >= minStars };
  });
}

/** Fairs the viewer's producer can still request booths at: open, before the deadline, not already requested. */
export async function listFairsOpenForRequests(viewer: Viewer | null) {
  authorize(viewer, "booth.requestOwn");
  const producerId = ownProducerId(viewer);
  return db.fair.findMany({
    where: {
      registrationOpen: true,
      registrationDeadline: { gte: now() },
      requests: { none: { producerId, status: { in: ["PENDING", "APPROVED", "WAITLISTED"] } } },
    },
    orderBy: { startsOn: "asc" },
    select: { id: true, slug: true, nameVi: true, nameEn: true, startsOn: true, endsOn: true, registrationDeadline: true },
  });
}
