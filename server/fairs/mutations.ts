import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { chosenBoothNumbers, freeBoothNumbers, isEligibleForFair, planBulkApproval, undecidableReason } from "@/lib/booth-plan";
import { now as clockNow, dateToDay, today } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { pickBadge } from "@/lib/ocop-stars";
import { slugify } from "@/lib/text-fold";
import { recordAudit } from "@/server/audit/record";
import { authorize, ownProducerId, type Viewer } from "@/server/auth/permissions";
import { assertInScope } from "@/server/auth/scope";
import { invalidate } from "@/server/infra/cache";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";
import { withRetry } from "@/server/infra/retry";
import { notifyProducer } from "./mail";
import { ZBoothRequestInput, ZBulkRejection, ZDecision, ZFairInput, ZRejection } from "./schemas";

type Tx = Prisma.TransactionClient;
const TX = { maxWait: 30_000, timeout: 30_000 } as const;

function invalidateFair(slug: string): void {
  invalidate([CacheTags.fairs, CacheTags.fair(slug)]);
}

// ───────────── Officers: fairs ─────────────

export async function createFair(viewer: Viewer | null, input: unknown): Promise<{ id: string; slug: string }> {
  authorize(viewer, "fair.manage");
  const data = ZFairInput.parse(input);
  // A short random suffix keeps slugs unique when two fairs share a name (yearly editions).
  const slug = `${slugify(data.nameVi).slice(0, 60)}-${randomBytes(3).toString("hex")}`;
  const fair = await db.$transaction(async (tx) => {
    // The organisers are the officer's own region (a national officer's fair is national): officers of
    // that region and above manage it and its booth requests.
    const created = await tx.fair.create({ data: { ...data, slug, regionId: viewer.regionId }, select: { id: true, slug: true } });
    await recordAudit(tx, viewer, { action: "fair.create", entityType: "Fair", entityId: created.id, after: data });
    return created;
  });
  invalidateFair(fair.slug);
  return fair;
}

export async function updateFair(viewer: Viewer | null, fairId: string, input: unknown): Promise<void> {
  authorize(viewer, "fair.manage");
  const data = ZFairInput.parse(input);
  const slug = await db.$transaction(async (tx) => {
    const before = await lockFair(tx, fairId, viewer);
    const taken = await tx.boothAssignment.count({ where: { fairId } });
    // Shrinking below what is already allocated would make the plan lie about booths that exist.
    if (data.boothCapacity < taken) throw new AppError("VALIDATION", "capacity below allocated booths", { boothCapacity: "belowAllocated" });
    const maxNumber = await tx.boothAssignment.aggregate({ where: { fairId }, _max: { number: true } });
    if ((maxNumber._max.number ?? 0) > data.boothCapacity) throw new AppError("VALIDATION", "capacity below a booth number", { boothCapacity: "belowAllocated" });
    await tx.fair.update({ where: { id: fairId }, data });
    await recordAudit(tx, viewer, { action: "fair.update", entityType: "Fair", entityId: fairId, before, after: data });
    return before.slug;
  });
  invalidateFair(slug);
}

export async function setRegistrationOpen(viewer: Viewer | null, fairId: string, open: boolean): Promise<void> {
  authorize(viewer, "fair.manage");
  const slug = await db.$transaction(async (tx) => {
    const fair = await lockFair(tx, fairId, viewer);
    await tx.fair.update({ where: { id: fairId }, data: { registrationOpen: open } });
    await recordAudit(tx, viewer, { action: open ? "fair.open" : "fair.close", entityType: "Fair", entityId: fairId });
    return fair.slug;
  });
  invalidateFair(slug);
}

/**
 * Locks the fair row for the rest of the transaction: every allocation for one fair runs one at a time.
 * With an officer, the fair must be organised within their region (else NOT_FOUND, as for any record
 * outside it).
 */
async function lockFair(tx: Tx, fairId: string, officer?: Viewer) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM fairs WHERE id = ${fairId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND");
  const fair = await tx.fair.findUniqueOrThrow({ where: { id: fairId } });
  if (officer) await assertInScope(officer, { regionId: fair.regionId });
  return fair;
}

/** The fair a booth request belongs to, locked (decisions on one fair are serialised) and within the officer's region; NOT_FOUND when there is no such request. */
async function lockFairOfRequest(tx: Tx, requestId: string, officer: Viewer) {
  const found = await tx.boothRequest.findUnique({ where: { id: requestId }, select: { fairId: true } });
  if (!found) throw new AppError("NOT_FOUND");
  return lockFair(tx, found.fairId, officer);
}

// ───────────── Producers: booth requests ─────────────

/** Checks the request against the fair's rules: the products must be the producer's own, published and starred enough. */
async function checkEligibility(tx: Tx, producerId: string, fair: { minStars: number; maxBoothsPerProducer: number; registrationDeadline: Date; registrationOpen: boolean }, boothCount: number, productIds: readonly string[], now: Date) {
  const products = await tx.product.findMany({
    where: { id: { in: [...productIds] }, producerId, status: "PUBLISHED" },
    select: { id: true, certificates: { select: { stars: true, status: true, decisionDate: true, validUntil: true } } },
  });
  // A product that is not this producer's (or not published) is reported as missing, never as someone else's.
  if (products.length !== new Set(productIds).size) throw new AppError("VALIDATION", "unknown product", { productIds: "notOwnProduct" });
  const verdict = isEligibleForFair({
    productStars: products.map((p) => pickBadge(p.certificates, now)?.stars ?? null),
    minStars: fair.minStars,
    boothCount,
    maxBooths: fair.maxBoothsPerProducer,
    deadline: fair.registrationDeadline,
    now,
    registrationOpen: fair.registrationOpen,
  });
  if (!verdict.ok) {
    const field = verdict.reason === "TOO_MANY_BOOTHS" ? "boothCount" : verdict.reason === "STARS_TOO_LOW" || verdict.reason === "NO_PRODUCTS" ? "productIds" : "form";
    const code = verdict.reason === "REGISTRATION_CLOSED" || verdict.reason === "DEADLINE_PASSED" ? "CONFLICT" : "VALIDATION";
    throw new AppError(code, verdict.reason, { [field]: verdict.reason, reason: verdict.reason });
  }
}

export async function requestBooth(viewer: Viewer | null, fairId: string, input: unknown, { now = clockNow() } = {}): Promise<{ id: string }> {
  authorize(viewer, "booth.requestOwn");
  const producerId = ownProducerId(viewer);
  const data = ZBoothRequestInput.parse(input);
  const { productIds, ...fields } = data;
  return db.$transaction(async (tx) => {
    const fair = await lockFair(tx, fairId);
    await checkEligibility(tx, producerId, fair, data.boothCount, productIds, now);
    const active = await tx.boothRequest.count({ where: { fairId, producerId, status: { in: ["PENDING", "APPROVED", "WAITLISTED"] } } });
    if (active > 0) throw new AppError("CONFLICT", "already requested", { reason: "ALREADY_REQUESTED" });
    return tx.boothRequest.create({
      data: { ...fields, fairId, producerId, products: { create: [...new Set(productIds)].map((productId) => ({ productId })) } },
      select: { id: true },
    });
  }, TX);
}

/** Loads a request of the viewer's own producer, locking its fair; another producer's request is NOT_FOUND. */
async function ownRequest(tx: Tx, viewer: Viewer, requestId: string) {
  const request = await tx.boothRequest.findUnique({ where: { id: requestId }, select: { id: true, fairId: true, producerId: true } });
  if (!request) throw new AppError("NOT_FOUND");
  authorize(viewer, "booth.requestOwn", request);
  const fair = await lockFair(tx, request.fairId);
  const current = await tx.boothRequest.findUniqueOrThrow({ where: { id: requestId } });
  return { fair, request: current };
}

export async function updateBoothRequest(viewer: Viewer | null, requestId: string, input: unknown, { now = clockNow() } = {}): Promise<void> {
  authorize(viewer, "booth.requestOwn");
  const data = ZBoothRequestInput.parse(input);
  const { productIds, ...fields } = data;
  await db.$transaction(async (tx) => {
    const { fair, request } = await ownRequest(tx, viewer, requestId);
    if (request.status !== "PENDING") throw new AppError("CONFLICT", "already decided", { reason: "ALREADY_DECIDED" });
    await checkEligibility(tx, request.producerId, fair, data.boothCount, productIds, now);
    await tx.boothRequestProduct.deleteMany({ where: { requestId } });
    await tx.boothRequest.update({
      where: { id: requestId },
      data: { ...fields, products: { create: [...new Set(productIds)].map((productId) => ({ productId })) } },
    });
  }, TX);
}

export interface Withdrawal {
  freedBooths: number[];
  /** The first waitlisted request of the fair, suggested to officers for promotion (oldest first). */
  suggestedPromotionId: string | null;
}

/**
 * Withdraws before a decision, from the waitlist, or after approval (freeing the booths) — but not
 * once the fair has begun: a booth freed on the day cannot be used, and the organisers' list and fees
 * stand as they were.
 */
export async function withdrawBoothRequest(viewer: Viewer | null, requestId: string): Promise<Withdrawal> {
  authorize(viewer, "booth.requestOwn");
  const result = await db.$transaction(async (tx) => {
    const { fair, request } = await ownRequest(tx, viewer, requestId);
    if (request.status === "WITHDRAWN" || request.status === "REJECTED") throw new AppError("CONFLICT", "nothing to withdraw", { reason: "ALREADY_DECIDED" });
    if (dateToDay(fair.startsOn) <= today()) throw new AppError("CONFLICT", "the fair has begun", { reason: "FAIR_STARTED" });
    const freed = await tx.boothAssignment.findMany({ where: { requestId }, select: { number: true }, orderBy: { number: "asc" } });
    await tx.boothAssignment.deleteMany({ where: { requestId } });
    await tx.boothRequest.update({ where: { id: requestId }, data: { status: "WITHDRAWN" } });
    const next = freed.length > 0 ? await tx.boothRequest.findFirst({ where: { fairId: fair.id, status: "WAITLISTED" }, orderBy: { createdAt: "asc" }, select: { id: true } }) : null;
    return { slug: fair.slug, freedBooths: freed.map((f) => f.number), suggestedPromotionId: next?.id ?? null };
  }, TX);
  if (result.freedBooths.length > 0) invalidateFair(result.slug);
  return { freedBooths: result.freedBooths, suggestedPromotionId: result.suggestedPromotionId };
}

// ───────────── Officers: decisions ─────────────

/**
 * Approves a pending or waitlisted request with the lowest free booth numbers. The fair row is locked
 * first, so concurrent approvals for one fair are serialised and see each other's assignments; the
 * (fairId, number) primary key is the last line of defence.
 */
export async function approveBoothRequest(viewer: Viewer | null, input: unknown): Promise<{ boothNumbers: number[] }> {
  authorize(viewer, "booth.allocate");
  const { requestId, boothNumbers: chosen } = ZDecision.parse(input);
  const result = await withRetry(() =>
    db.$transaction(async (tx) => {
      const fair = await lockFairOfRequest(tx, requestId, viewer);
      const request = await tx.boothRequest.findUniqueOrThrow({ where: { id: requestId } });
      if (request.status !== "PENDING" && request.status !== "WAITLISTED") throw new AppError("CONFLICT", "already decided", { reason: "ALREADY_DECIDED" });
      const taken = (await tx.boothAssignment.findMany({ where: { fairId: fair.id }, select: { number: true } })).map((t) => t.number);
      const free = freeBoothNumbers(fair.boothCapacity, taken);
      if (free.length < request.boothCount) throw new AppError("CAPACITY_EXCEEDED", "not enough free booths", { free: free.length });
      const numbers = pickBooths(chosen, { count: request.boothCount, capacity: fair.boothCapacity, taken }) ?? free.slice(0, request.boothCount);
      await tx.boothAssignment.createMany({ data: numbers.map((number) => ({ fairId: fair.id, number, requestId })) });
      await tx.boothRequest.update({ where: { id: requestId }, data: { status: "APPROVED", decidedById: viewer.userId, decidedAt: clockNow(), decisionReason: null } });
      await recordAudit(tx, viewer, { action: "booth.approve", entityType: "BoothRequest", entityId: requestId, before: { status: request.status }, after: { status: "APPROVED", booths: numbers } });
      return { fair, request, numbers };
    }, TX),
  );
  invalidateFair(result.fair.slug);
  await notifyProducer(result.request.producerId, "approved", { fair: result.fair, booths: result.numbers });
  return { boothNumbers: result.numbers };
}

/**
 * The officer's chosen numbers, checked against the plan (null: none chosen), or a refusal shown next
 * to the booth numbers typed: a taken booth is named (`numbers`, `count` fill the message).
 */
function pickBooths(text: string, plan: { count: number; capacity: number; taken: readonly number[] }): number[] | null {
  const choice = chosenBoothNumbers(text, plan);
  if (choice.ok) return choice.numbers;
  const named = choice.problem === "TAKEN" ? { numbers: choice.taken.join(", "), count: choice.taken.length } : {};
  throw new AppError(choice.problem === "TAKEN" ? "CONFLICT" : "VALIDATION", `booth numbers: ${choice.problem}`, { boothNumbers: `BOOTHS_${choice.problem}`, reason: "BOOTHS_CHECK", ...named });
}

/** Moves an approved request to other booth numbers the officer chooses (free ones, within the plan). */
export async function reassignBooths(viewer: Viewer | null, input: unknown): Promise<{ boothNumbers: number[] }> {
  authorize(viewer, "booth.allocate");
  const { requestId, boothNumbers: chosen } = ZDecision.parse(input);
  const result = await withRetry(() =>
    db.$transaction(async (tx) => {
      const fair = await lockFairOfRequest(tx, requestId, viewer);
      const request = await tx.boothRequest.findUniqueOrThrow({ where: { id: requestId }, include: { assignments: { select: { number: true } } } });
      if (request.status !== "APPROVED") throw new AppError("CONFLICT", "not approved", { reason: "NOT_APPROVED" });
      const mine = request.assignments.map((a) => a.number).sort((a, b) => a - b);
      const taken = (await tx.boothAssignment.findMany({ where: { fairId: fair.id, NOT: { requestId } }, select: { number: true } })).map((t) => t.number);
      const numbers = pickBooths(chosen, { count: request.boothCount, capacity: fair.boothCapacity, taken });
      if (!numbers) throw new AppError("VALIDATION", "no booth numbers", { boothNumbers: "BOOTHS_WRONG_COUNT", reason: "BOOTHS_CHECK" });
      await tx.boothAssignment.deleteMany({ where: { requestId } });
      await tx.boothAssignment.createMany({ data: numbers.map((number) => ({ fairId: fair.id, number, requestId })) });
      await recordAudit(tx, viewer, { action: "booth.reassign", entityType: "BoothRequest", entityId: requestId, before: { booths: mine }, after: { booths: numbers } });
      return { fair, request, numbers };
    }, TX),
  );
  invalidateFair(result.fair.slug);
  await notifyProducer(result.request.producerId, "approved", { fair: result.fair, booths: result.numbers });
  return { boothNumbers: result.numbers };
}

async function decide(viewer: Viewer, requestId: string, status: "WAITLISTED" | "REJECTED", reason: string) {
  const result = await db.$transaction(async (tx) => {
    const fair = await lockFairOfRequest(tx, requestId, viewer);
    const request = await tx.boothRequest.findUniqueOrThrow({ where: { id: requestId } });
    const allowed = status === "WAITLISTED" ? ["PENDING"] : ["PENDING", "WAITLISTED"];
    if (!allowed.includes(request.status)) throw new AppError("CONFLICT", "already decided", { reason: "ALREADY_DECIDED" });
    await tx.boothRequest.update({ where: { id: requestId }, data: { status, decisionReason: reason || null, decidedById: viewer.userId, decidedAt: clockNow() } });
    await recordAudit(tx, viewer, { action: status === "WAITLISTED" ? "booth.waitlist" : "booth.reject", entityType: "BoothRequest", entityId: requestId, before: { status: request.status }, after: { status, reason } });
    return { fair, request };
  }, TX);
  await notifyProducer(result.request.producerId, status === "WAITLISTED" ? "waitlisted" : "rejected", { fair: result.fair, reason });
}

export async function waitlistBoothRequest(viewer: Viewer | null, input: unknown): Promise<void> {
  authorize(viewer, "booth.allocate");
  const { requestId, reason } = ZDecision.parse(input);
  await decide(viewer, requestId, "WAITLISTED", reason);
}

export async function rejectBoothRequest(viewer: Viewer | null, input: unknown): Promise<void> {
  authorize(viewer, "booth.allocate");
  const { requestId, reason } = ZRejection.parse(input);
  await decide(viewer, requestId, "REJECTED", reason);
}

/**
 * The officer's confirmed bulk decision on ticked requests of one fair: approve (each with the lowest
 * free booths, as a single approval with no numbers chosen) or reject with one reason. One transaction
 * under the fair's lock, so no booth goes to two requests and another officer's decision meanwhile is
 * seen; what can no longer be decided, or no longer gets all its booths, is skipped whole (lib/booth-plan
 * `planBulkApproval`, the rule the confirmation page showed). Ids of another fair, and so of another
 * region, are not found and skipped; a fair outside the officer's region is NOT_FOUND and nothing changes.
 * Each decision is audited and mailed as a single one is.
 */
export async function decideBoothRequests(viewer: Viewer | null, fairId: string, ids: readonly string[], decision: "approve" | "reject", input: unknown = {}): Promise<{ changed: number; skipped: number }> {
  authorize(viewer, "booth.allocate");
  const reason = decision === "reject" ? ZBulkRejection.parse(input).reason : "";
  const wanted = [...new Set(ids)];
  const result = await withRetry(() =>
    db.$transaction(async (tx) => {
      const fair = await lockFair(tx, fairId, viewer);
      const requests = await tx.boothRequest.findMany({
        where: { fairId, id: { in: wanted } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, status: true, boothCount: true, producerId: true },
      });
      const decided: { producerId: string; booths: number[] }[] = [];
      if (decision === "approve") {
        const taken = (await tx.boothAssignment.findMany({ where: { fairId }, select: { number: true } })).map((t) => t.number);
        for (const { request, booths } of planBulkApproval(requests, freeBoothNumbers(fair.boothCapacity, taken))) {
          if (!booths) continue;
          await tx.boothAssignment.createMany({ data: booths.map((number) => ({ fairId, number, requestId: request.id })) });
          await tx.boothRequest.update({ where: { id: request.id }, data: { status: "APPROVED", decidedById: viewer.userId, decidedAt: clockNow(), decisionReason: null } });
          await recordAudit(tx, viewer, { action: "booth.approve", entityType: "BoothRequest", entityId: request.id, before: { status: request.status }, after: { status: "APPROVED", booths } });
          decided.push({ producerId: request.producerId, booths });
        }
      } else {
        for (const request of requests) {
          if (undecidableReason(request.status)) continue;
          await tx.boothRequest.update({ where: { id: request.id }, data: { status: "REJECTED", decisionReason: reason, decidedById: viewer.userId, decidedAt: clockNow() } });
          await recordAudit(tx, viewer, { action: "booth.reject", entityType: "BoothRequest", entityId: request.id, before: { status: request.status }, after: { status: "REJECTED", reason } });
          decided.push({ producerId: request.producerId, booths: [] });
        }
      }
      return { fair, decided };
    }, TX),
  );
  if (decision === "approve" && result.decided.length > 0) invalidateFair(result.fair.slug);
  for (const { producerId, booths } of result.decided) {
    await notifyProducer(producerId, decision === "approve" ? "approved" : "rejected", { fair: result.fair, booths, reason });
  }
  return { changed: result.decided.length, skipped: wanted.length - result.decided.length };
}
