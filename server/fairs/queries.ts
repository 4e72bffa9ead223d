import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { boothFee, freeBoothNumbers, planBulkApproval, undecidableReason, type BulkBoothSkip } from "@/lib/booth-plan";
import { dateToDay, dayToDate, now, today as clockToday } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { defineList, pageWindow, parseListQuery, type ListQuery } from "@/lib/list-query";
import { foldText } from "@/lib/text-fold";
import { certificationStatus } from "@/lib/certification-status";
import { pickBadge } from "@/lib/ocop-stars";
import { authorize, ownProducerId, type Viewer } from "@/server/auth/permissions";
import { assertInScope, regionScopeOf } from "@/server/auth/scope";
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

/** What visitors read about a fair besides its summary: hours, place, description, photos. */
const fairVisitorSelect = {
  ...fairSummarySelect,
  descriptionVi: true,
  descriptionEn: true,
  opensAt: true,
  closesAt: true,
  hoursNoteVi: true,
  hoursNoteEn: true,
  address: true,
  directionsVi: true,
  directionsEn: true,
  images: { orderBy: { position: "asc" }, select: { key: true, width: true, height: true, altVi: true, altEn: true } },
} as const;


/**
 * A fair's public facts (the visitor page, the exhibitor page, the API and the calendar file) with
 * how many booths are allocated and how many producers exhibit; exhibitors come a page at a time
 * (`listFairExhibitors`), since a national fair may have hundreds.
 */
export async function getFairBySlug(slug: string) {
  const fair = await db.fair.findUnique({ where: { slug }, select: { ...fairVisitorSelect, _count: { select: { assignments: true } } } });
  if (!fair) return null;
  const { _count, ...rest } = fair;
  return { ...rest, allocatedBooths: _count.assignments, exhibitorCount: await countExhibitors(fair.id) };
}

/** Exhibitors are the approved requests of active producers (a suspended producer has no public page). */
async function countExhibitors(fairId: string): Promise<number> {
  const [{ count }] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM booth_requests r JOIN producers p ON p.id = r."producerId"
    WHERE r."fairId" = ${fairId} AND r.status = 'APPROVED' AND p.status = 'ACTIVE'`;
  return count;
}

export const EXHIBITORS_PER_PAGE = 40;

/**
 * One page of a fair's exhibitors in the order of their booths (what a visitor walks past), each with
 * its booth numbers and its published products on show, with their badge stars and certification
 * state today (a certificate may have run out since the booth was approved).
 */
export async function listFairExhibitors(fairId: string, { page = 1, pageSize = EXHIBITORS_PER_PAGE }: { page?: number; pageSize?: number } = {}) {
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM booth_requests r
      JOIN producers p ON p.id = r."producerId"
      LEFT JOIN booth_assignments a ON a."requestId" = r.id
    WHERE r."fairId" = ${fairId} AND r.status = 'APPROVED' AND p.status = 'ACTIVE'
    GROUP BY r.id ORDER BY min(a.number) NULLS LAST, r.id
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const requests = await db.boothRequest.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    select: {
      id: true,
      producer: { select: { slug: true, name: true } },
      assignments: { select: { number: true }, orderBy: { number: "asc" } },
      products: {
        where: { product: { status: "PUBLISHED" } },
        orderBy: { product: { nameVi: "asc" } },
        select: { product: { select: { slug: true, nameVi: true, nameEn: true, certificates: { select: { stars: true, status: true, decisionDate: true, validUntil: true } } } } },
      },
    },
  });
  const day = today();
  const byId = new Map(requests.map((r) => [r.id, r]));
  return ids.flatMap(({ id }) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        producerSlug: r.producer.slug,
        producerName: r.producer.name,
        booths: r.assignments.map((a) => a.number),
        products: r.products.map(({ product: { certificates, ...product } }) => ({
          ...product,
          stars: pickBadge(certificates, day)?.stars ?? null,
          certification: certificationStatus(certificates, day),
        })),
      },
    ];
  });
}

export type FairExhibitor = Awaited<ReturnType<typeof listFairExhibitors>>[number];

/** The booth plan for would-be exhibitors: every booth number of the fair, taken ones named. */
export async function getFairBoothPlan(fair: { id: string; boothCapacity: number }) {
  const taken = await db.boothAssignment.findMany({ where: { fairId: fair.id }, select: { number: true, request: { select: { producer: { select: { name: true } } } } } });
  const owner = new Map(taken.map((a) => [a.number, a.request.producer.name]));
  return Array.from({ length: fair.boothCapacity }, (_, i) => ({ number: i + 1, producerName: owner.get(i + 1) ?? null }));
}

export async function getFairById(fairId: string) {
  return db.fair.findUnique({ where: { id: fairId } });
}

// ───────────── Officers ─────────────

export async function listFairsForOfficer(viewer: Viewer | null) {
  authorize(viewer, "fair.manage");
  // Fairs organised within the officer's region (a national fair: national officers only).
  const scope = await regionScopeOf(viewer);
  const fairs = await db.fair.findMany({
    where: scope.byRegion(),
    orderBy: { startsOn: "desc" },
    select: { ...fairSummarySelect, _count: { select: { assignments: true, requests: { where: { status: "PENDING" } } } } },
  });
  return fairs.map(({ _count, ...f }) => ({ ...f, allocatedBooths: _count.assignments, pendingRequests: _count.requests }));
}

export const BOOTH_REQUEST_STATUSES = ["PENDING", "APPROVED", "WAITLISTED", "REJECTED", "WITHDRAWN"] as const;

/**
 * The booth requests of one fair as officers work through them (lib/list-query): in order of arrival
 * by default (first come, first served), searched by the producer's name with or without diacritics,
 * filtered by status, a page at a time, and a CSV of what is filtered. A national fair may draw
 * hundreds of requests; the page never holds them all.
 */
export const BOOTH_REQUEST_LIST = defineList({
  sorts: ["arrived", "producer", "status"],
  defaultSort: "arrived",
  defaultDir: "asc",
  // Each request is a card with its own decision form: 50 of them weighed 330 kB of HTML for the
  // largest national fair, over the 300 kB budget (tests/national/fair-pages.spec.ts).
  pageSizes: [20],
  filters: { status: z.enum(BOOTH_REQUEST_STATUSES) },
});

export type BoothRequestListQuery = ListQuery<(typeof BOOTH_REQUEST_LIST.sorts)[number], typeof BOOTH_REQUEST_LIST.filters>;

const boothRequestSelect = {
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
} satisfies Prisma.BoothRequestSelect;

function toRequestRow(r: Prisma.BoothRequestGetPayload<{ select: typeof boothRequestSelect }>) {
  return { ...r, booths: r.assignments.map((a) => a.number), productNames: r.products.map((p) => p.product.nameVi) };
}

/** The fair, refused (NOT_FOUND) outside the officer's region like everything there. */
async function fairForOfficer(viewer: Viewer | null, fairId: string) {
  authorize(viewer, "booth.allocate");
  const fair = await db.fair.findUnique({ where: { id: fairId } });
  if (!fair) throw new AppError("NOT_FOUND");
  await assertInScope(viewer, { regionId: fair.regionId });
  return fair;
}

function requestWhere(fairId: string, query: BoothRequestListQuery): Prisma.BoothRequestWhereInput {
  const folded = foldText(query.q);
  return {
    fairId,
    ...(query.filters.status ? { status: query.filters.status } : {}),
    // The producer's folded name (trigram index), as on the producers list.
    ...(folded ? { producer: { searchText: { contains: folded } } } : {}),
  };
}

function requestOrder(query: BoothRequestListQuery): Prisma.BoothRequestOrderByWithRelationInput[] {
  const by: Record<BoothRequestListQuery["sort"], Prisma.BoothRequestOrderByWithRelationInput> = {
    arrived: { createdAt: query.dir },
    producer: { producer: { name: query.dir } },
    status: { status: query.dir },
  };
  return [by[query.sort], { createdAt: "asc" }, { id: "asc" }];
}

/**
 * One page of a fair's requests, with the booths still free, how many requests wait in each status, and
 * the first waitlisted request (in order of arrival, whatever the page) marked for promotion while
 * booths are free.
 */
export async function listRequestsForOfficer(viewer: Viewer | null, fairId: string, query: BoothRequestListQuery = parseListQuery(BOOTH_REQUEST_LIST, {})) {
  const fair = await fairForOfficer(viewer, fairId);
  const where = requestWhere(fairId, query);
  const [rows, total, allocated, firstWaitlisted, byStatus] = await Promise.all([
    db.boothRequest.findMany({ where, orderBy: requestOrder(query), select: boothRequestSelect, ...pageWindow(query) }),
    db.boothRequest.count({ where }),
    db.boothAssignment.count({ where: { fairId } }),
    db.boothRequest.findFirst({ where: { fairId, status: "WAITLISTED" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, boothCount: true } }),
    db.boothRequest.groupBy({ by: ["status"], where: { fairId }, _count: { _all: true } }),
  ]);
  const free = fair.boothCapacity - allocated;
  const promote = firstWaitlisted && free >= firstWaitlisted.boothCount ? firstWaitlisted.id : null;
  return {
    fair,
    free,
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts: Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])) as Partial<Record<(typeof BOOTH_REQUEST_STATUSES)[number], number>>,
    requests: rows.map((r) => ({ ...toRequestRow(r), suggestPromotion: r.id === promote })),
  };
}

/**
 * What a bulk decision on ticked requests of one fair would do, before anything does: each request of
 * this fair (in order of arrival, the order booths are handed out in) with the booths an approval would
 * give it, or why it is skipped, by the same rule the decision applies (`planBulkApproval`). Ids of
 * another fair are simply not there; a fair outside the officer's region is NOT_FOUND.
 */
export async function boothRequestsForConfirmation(viewer: Viewer | null, fairId: string, ids: readonly string[], decision: "approve" | "reject") {
  const fair = await fairForOfficer(viewer, fairId);
  const [requests, taken] = await Promise.all([
    db.boothRequest.findMany({
      where: { fairId, id: { in: [...ids] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, status: true, boothCount: true, createdAt: true, producer: { select: { name: true } } },
    }),
    db.boothAssignment.findMany({ where: { fairId }, select: { number: true } }),
  ]);
  const free = freeBoothNumbers(fair.boothCapacity, taken.map((t) => t.number));
  const items: { id: string; producerName: string; status: (typeof BOOTH_REQUEST_STATUSES)[number]; boothCount: number; createdAt: Date; booths: number[]; skipped: BulkBoothSkip | null }[] =
    decision === "approve"
      ? planBulkApproval(requests, free).map(({ request, booths, skipped }) => ({ ...requestFacts(request), booths: booths ?? [], skipped: skipped ?? null }))
      : requests.map((request) => ({ ...requestFacts(request), booths: [], skipped: undecidableReason(request.status) }));
  return { fair, free: free.length, items };
}

function requestFacts(r: { id: string; status: (typeof BOOTH_REQUEST_STATUSES)[number]; boothCount: number; createdAt: Date; producer: { name: string } }) {
  return { id: r.id, producerName: r.producer.name, status: r.status, boothCount: r.boothCount, createdAt: r.createdAt };
}

/** Every request the same filters select, in the list's order, batch by batch: the list's CSV. */
export async function requestRowsForExport(viewer: Viewer | null, fairId: string, query: BoothRequestListQuery) {
  const fair = await fairForOfficer(viewer, fairId);
  const where = requestWhere(fairId, query);
  return { fair, read: async (skip: number, take: number) => (await db.boothRequest.findMany({ where, orderBy: requestOrder(query), select: boothRequestSelect, skip, take })).map(toRequestRow) };
}

/**
 * Printable list for the organisers: approved exhibitors by booth number, with contacts, needs and
 * the fee each pays (booths × fee, less the subsidy). The page and its CSV read the same rows.
 */
export async function exhibitorListForOfficer(viewer: Viewer | null, fairId: string) {
  const fair = await fairForOfficer(viewer, fairId);
  const approved = await db.boothRequest.findMany({ where: { fairId, status: "APPROVED" }, orderBy: { createdAt: "asc" }, select: boothRequestSelect });
  const rows = approved
    .map(toRequestRow)
    .map((r) => ({
      booths: r.booths, boothCount: r.boothCount, producerName: r.producer.name, phone: r.producer.phone, email: r.producer.email, productNames: r.productNames,
      needsPower: r.needsPower, needsRefrigeration: r.needsRefrigeration, needsWater: r.needsWater, note: r.note,
      fee: boothFee({ feeVnd: fair.feeVnd, subsidyPercent: fair.subsidyPercent, boothCount: r.boothCount }),
    }))
    .sort((a, b) => a.booths[0] - b.booths[0]);
  const totals = rows.reduce((sum, r) => ({ gross: sum.gross + r.fee.gross, subsidy: sum.subsidy + r.fee.subsidy, net: sum.net + r.fee.net }), { gross: 0, subsidy: 0, net: 0 });
  return { fair, rows, totals };
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
      fair: { select: { id: true, slug: true, nameVi: true, nameEn: true, startsOn: true, endsOn: true, feeVnd: true, subsidyPercent: true } },
      assignments: { select: { number: true }, orderBy: { number: "asc" } },
    },
  });
  const day = clockToday();
  return requests.map(({ assignments, ...r }) => ({
    ...r,
    booths: assignments.map((a) => a.number),
    fee: boothFee({ feeVnd: r.fair.feeVnd, subsidyPercent: r.fair.subsidyPercent, boothCount: r.boothCount }),
    // Once the fair has begun there is nothing left to withdraw from (withdrawBoothRequest refuses too).
    canWithdraw: (r.status === "PENDING" || r.status === "WAITLISTED" || r.status === "APPROVED") && dateToDay(r.fair.startsOn) > day,
  }));
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
