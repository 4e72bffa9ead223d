import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { dayToDate, now, today } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { formatNumber } from "@/lib/format";
import { slugify } from "@/lib/text-fold";
import { recordAudit } from "@/server/audit/record";
import { authorize, can, type Viewer } from "@/server/auth/permissions";
import { assertInScope, regionScopeOf } from "@/server/auth/scope";
import { invalidate } from "@/server/infra/cache";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";
import { listCurrentCommunes as allCurrentCommunes, type CommuneOption } from "@/server/regions/communes";
import { isCurrentCommune } from "@/server/regions/queries";
import { refreshProducerSearchText, refreshProductSearchText } from "@/server/search/refresh-search-text";
import { notifyBankChange } from "./mail";
import { BANK_FIELDS, OFFICIAL_FIELDS, PROFILE_FIELDS, ZProducerProfileForm, ZProfileDecision, type ProducerProfile, type ProfileField } from "./schemas";

type Tx = Prisma.TransactionClient;
/** Text fields as strings, the delivery rule's amounts as numbers of đồng. */
export type ProfileChanges = Partial<Record<ProfileField, string | number | null>>;

/**
 * Who edits a profile, decided once: an officer (any producer within their region; edits apply at once)
 * or the producer itself (its own profile only; edits are proposals). Anyone else: refused, and a
 * producer out of scope is not found (docs/backoffice.md).
 */
async function authorizeProfile(viewer: Viewer | null, producerId: string): Promise<{ viewer: Viewer; asOfficer: boolean }> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const asOfficer = can(viewer, "producer.manage");
  authorize(viewer, asOfficer ? "producer.manage" : "producer.editOwnProfile");
  await assertInScope(viewer, { producerId });
  return { viewer, asOfficer };
}

/**
 * A commune a producer can be registered in today: a current COMMUNE of the region tree, and for an
 * officer one of their own region (an officer cannot move a producer out of it).
 */
async function assertCurrentCommune(tx: Tx, regionId: string, officer?: Viewer): Promise<void> {
  if (!(await isCurrentCommune(regionId, tx))) throw new AppError("VALIDATION", "not a current commune", { regionId: "commune" });
  if (officer && !(await regionScopeOf(officer)).includes(regionId)) throw new AppError("VALIDATION", "outside the officer's region", { regionId: "invalid" });
}

/** Current communes to place a producer in, with their province: for an officer, those of their region. */
export async function communesForProfile(viewer?: Viewer | null): Promise<CommuneOption[]> {
  const communes = await allCurrentCommunes();
  if (!viewer || !can(viewer, "producer.manage")) return communes;
  const scope = await regionScopeOf(viewer);
  return scope.national ? communes : communes.filter((c) => scope.includes(c.id));
}

/** The fields whose posted value differs from the stored one. */
function changesOf(data: ProducerProfile, current: Record<ProfileField, string | number | null>): ProfileChanges {
  const changes: ProfileChanges = {};
  for (const field of PROFILE_FIELDS) {
    const value = data[field] ?? null;
    if (value !== (current[field] ?? null)) changes[field] = value;
  }
  return changes;
}

function pick(row: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, row[field] ?? null]));
}

/** After the producer's name or commune changed, its products are found under the new ones. */
async function refreshAfter(tx: Tx, producerId: string, fields: readonly string[]): Promise<void> {
  await refreshProducerSearchText(tx, producerId);
  if (fields.includes("name") || fields.includes("regionId")) {
    const products = await tx.product.findMany({ where: { producerId }, select: { id: true } });
    await refreshProductSearchText(tx, products.map((p) => p.id));
  }
}

function invalidateProducer(slug: string, fields: readonly string[]): void {
  const official = fields.some((field) => OFFICIAL_FIELDS.includes(field as ProfileField));
  invalidate([CacheTags.producers, CacheTags.producer(slug), CacheTags.catalogue, ...(official ? [CacheTags.programme] : [])]);
}

/**
 * Saves a profile. An officer's edit applies at once (audited). A producer's edit is a proposal: the
 * public profile, the programme's figures (legal form, commune) and the account new orders are paid
 * to stay as they are until an officer approves it (`approveProducerRevision`); each proposal is
 * audited, and a proposed bank change is mailed to every account of the producer. Saving the live
 * values again withdraws a proposal.
 */
export async function updateProducerProfile(viewer: Viewer | null, producerId: string, input: unknown): Promise<{ pendingReview: boolean }> {
  const { viewer: who, asOfficer } = await authorizeProfile(viewer, producerId);
  const data = ZProducerProfileForm.parse(input);
  const result = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM producers WHERE id = ${producerId} FOR UPDATE`;
    const before = await tx.producer.findUnique({ where: { id: producerId } });
    if (!before) throw new AppError("NOT_FOUND");
    const changes = changesOf(data, before as unknown as Record<ProfileField, string | number | null>);
    const fields = Object.keys(changes);
    if (changes.regionId) await assertCurrentCommune(tx, String(changes.regionId), asOfficer ? who : undefined);
    if (asOfficer) {
      const after = await tx.producer.update({ where: { id: producerId }, data: changes as Prisma.ProducerUncheckedUpdateInput });
      await refreshAfter(tx, producerId, fields);
      await recordAudit(tx, who, { action: "producer.update", entityType: "Producer", entityId: producerId, before, after });
      return { slug: before.slug, applied: fields, pendingReview: false, bankProposed: false };
    }
    const hadProposal = before.pendingRevision !== null;
    if (fields.length === 0) {
      if (hadProposal) {
        await tx.producer.update({ where: { id: producerId }, data: { pendingRevision: Prisma.DbNull } });
        await recordAudit(tx, who, { action: "producer.profile.withdraw", entityType: "Producer", entityId: producerId, before: before.pendingRevision });
      }
      return { slug: before.slug, applied: [], pendingReview: false, bankProposed: false };
    }
    await tx.producer.update({
      where: { id: producerId },
      data: { pendingRevision: changes as Prisma.InputJsonValue, revisionSubmittedAt: now(), revisionRejectionReason: null },
    });
    await recordAudit(tx, who, { action: "producer.profile.propose", entityType: "Producer", entityId: producerId, before: pick(before, fields), after: changes });
    const previous = (before.pendingRevision ?? {}) as ProfileChanges;
    const bankProposed = BANK_FIELDS.some((field) => field in changes && changes[field] !== previous[field]);
    return { slug: before.slug, applied: [], pendingReview: true, bankProposed };
  });
  if (result.applied.length > 0) invalidateProducer(result.slug, result.applied);
  if (result.bankProposed) await notifyBankChange(producerId, "proposed");
  return { pendingReview: result.pendingReview };
}

async function lockForReview(tx: Tx, producerId: string) {
  await tx.$queryRaw`SELECT id FROM producers WHERE id = ${producerId} FOR UPDATE`;
  const producer = await tx.producer.findUnique({ where: { id: producerId } });
  if (!producer) throw new AppError("NOT_FOUND");
  return producer;
}

/**
 * Applies a producer's proposal as the officer saw it: a proposal submitted after the officer opened
 * it is refused (to be reviewed again), and only the photos shown are approved. Orders already placed
 * keep the account they were placed with.
 */
export async function approveProducerRevision(viewer: Viewer | null, producerId: string, input: unknown = {}): Promise<void> {
  authorize(viewer, "producer.manage");
  await assertInScope(viewer, { producerId });
  const seen = ZProfileDecision.parse(input);
  const result = await db.$transaction(async (tx) => {
    const producer = await lockForReview(tx, producerId);
    const changes = (producer.pendingRevision ?? null) as ProfileChanges | null;
    const photos = await tx.producerImage.findMany({ where: { producerId, review: "PENDING", ...(seen.photoIds ? { id: { in: seen.photoIds } } : {}) }, select: { id: true, key: true } });
    if (!changes && photos.length === 0) throw new AppError("CONFLICT", "nothing to review", { reason: "NOTHING_TO_REVIEW" });
    if (changes && seen.submittedAt !== undefined && producer.revisionSubmittedAt?.getTime() !== seen.submittedAt) {
      throw new AppError("CONFLICT", "changed since reviewed", { reason: "CHANGED_SINCE_REVIEW" });
    }
    const fields = Object.keys(changes ?? {});
    // A producer may propose a commune outside the officer's region (it moved): the officer of its
    // current region decides, and it then leaves that officer's region.
    if (changes?.regionId) await assertCurrentCommune(tx, String(changes.regionId));
    const after = await tx.producer.update({
      where: { id: producerId },
      data: { ...(changes as Prisma.ProducerUncheckedUpdateInput), pendingRevision: Prisma.DbNull, revisionSubmittedAt: null, revisionRejectionReason: null },
    });
    await tx.producerImage.updateMany({ where: { id: { in: photos.map((p) => p.id) } }, data: { review: "APPROVED" } });
    await refreshAfter(tx, producerId, fields);
    await recordAudit(tx, viewer, {
      action: "producer.profile.approve", entityType: "Producer", entityId: producerId,
      before: pick(producer, fields), after: { ...pick(after, fields), approvedPhotos: photos.map((p) => p.key) },
    });
    return { slug: producer.slug, fields, bank: BANK_FIELDS.some((field) => fields.includes(field)), photos: photos.length };
  });
  invalidateProducer(result.slug, result.fields);
  if (result.bank) await notifyBankChange(producerId, "approved");
}

/** Refuses a proposal with the officer's reason (shown in the studio); the live profile stays. */
export async function rejectProducerRevision(viewer: Viewer | null, producerId: string, input: unknown): Promise<void> {
  authorize(viewer, "producer.manage");
  await assertInScope(viewer, { producerId });
  const seen = ZProfileDecision.parse(input);
  if (seen.reason.length < 3) throw new AppError("VALIDATION", "reason required", { reason: "reason" });
  await db.$transaction(async (tx) => {
    const producer = await lockForReview(tx, producerId);
    const photos = await tx.producerImage.findMany({ where: { producerId, review: "PENDING", ...(seen.photoIds ? { id: { in: seen.photoIds } } : {}) }, select: { id: true } });
    if (!producer.pendingRevision && photos.length === 0) throw new AppError("CONFLICT", "nothing to review", { reason: "NOTHING_TO_REVIEW" });
    await tx.producer.update({ where: { id: producerId }, data: { pendingRevision: Prisma.DbNull, revisionSubmittedAt: null, revisionRejectionReason: seen.reason } });
    await tx.producerImage.updateMany({ where: { id: { in: photos.map((p) => p.id) } }, data: { review: "REJECTED" } });
    await recordAudit(tx, viewer, { action: "producer.profile.reject", entityType: "Producer", entityId: producerId, before: producer.pendingRevision, after: { reason: seen.reason } });
  });
}

export async function createProducer(viewer: Viewer | null, input: unknown): Promise<{ id: string }> {
  authorize(viewer, "producer.manage");
  const data = ZProducerProfileForm.parse(input);
  return db.$transaction(async (tx) => {
    await assertCurrentCommune(tx, data.regionId, viewer);
    const base = slugify(data.name) || "chu-the";
    let slug = base;
    for (let n = 2; await tx.producer.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
    // The day it joined the site, in Vietnam (the column default would take the database session's day).
    const producer = await tx.producer.create({ data: { ...data, slug, registeredOn: dayToDate(today()) } });
    await refreshProducerSearchText(tx, producer.id);
    await recordAudit(tx, viewer, { action: "producer.create", entityType: "Producer", entityId: producer.id, after: producer });
    return { id: producer.id };
  });
}

/** A stored value as the form's field holds it: amounts of đồng grouped the Vietnamese way ("25.000"). */
function formText(value: string | number | null | undefined): string {
  return typeof value === "number" ? formatNumber(value, "vi") : (value ?? "");
}

/** The profile with the producer's proposal awaiting review (its values are what the form shows). */
export async function getProducerProfile(viewer: Viewer, producerId: string) {
  await authorizeProfile(viewer, producerId);
  const producer = await db.producer.findUnique({ where: { id: producerId }, include: { images: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] } } });
  if (!producer) throw new AppError("NOT_FOUND");
  const pending = (producer.pendingRevision ?? {}) as ProfileChanges;
  const values = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, formText(field in pending ? pending[field] : producer[field])])) as Record<ProfileField, string>;
  const liveValues = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, formText(producer[field])])) as Record<ProfileField, string>;
  return {
    id: producer.id,
    slug: producer.slug,
    name: producer.name,
    /** What the producer's form shows: its proposal where there is one. */
    values,
    /** The profile as it is live (what an officer edits). */
    liveValues,
    pendingFields: Object.keys(pending) as ProfileField[],
    revisionSubmittedAt: producer.revisionSubmittedAt,
    revisionRejectionReason: producer.revisionRejectionReason,
    images: producer.images.map((i) => ({ id: i.id, key: i.key, width: i.width, height: i.height, alt: i.altVi, review: i.review, illustration: i.illustration })),
  };
}
