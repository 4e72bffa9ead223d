import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { dayToDate } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { assertInScope, regionScopeOf } from "@/server/auth/scope";
import { db } from "@/server/infra/db";
import { invalidateProgramme } from "@/server/programme/invalidate";
import {
  ZBulkCommitmentForm,
  ZCommitmentsForm,
  ZCommuneTeamForm,
  ZNewProgrammeForm,
  ZOcopStaffForm,
  ZOrganisationChangeForm,
  ZProgrammeForm,
  ZRecordId,
  ZStallSupportForm,
  ZSubgroupBaselinesForm,
  ZTargetForm,
} from "./schemas";

/*
 * Officers' use cases for the programme: its name, period and targets, and the records its figures
 * count (commitments, stall support, organisations founded or re-formed, commune teams, OCOP officers
 * and their training). Each parses, authorizes (the action, then the officer's region: what lies outside
 * it, before or after the change, is not found), writes in one transaction with its audit entry, and
 * expires the programme's cached figures.
 */

/** The programme, if the officer's region holds it (a nationwide programme: national officers only). */
async function programmeInScope(viewer: Viewer, programmeId: string) {
  const programme = await db.programme.findUnique({ where: { id: programmeId }, select: { id: true, regionId: true } });
  if (!programme) throw new AppError("NOT_FOUND");
  await assertInScope(viewer, { regionId: programme.regionId });
  return programme;
}

type Tx = Prisma.TransactionClient;

const optionalDate = (day: string | null) => (day === null ? null : dayToDate(day));

/** The region a record is filed under: it must exist and be of one of `levels`. */
async function regionFor(tx: Tx, regionId: string, levels: readonly string[]) {
  const region = await tx.region.findUnique({ where: { id: regionId }, select: { id: true, level: true } });
  if (!region || !levels.includes(region.level)) throw new AppError("VALIDATION", "unknown region", { regionId: "region" });
  return region;
}

/** A region chosen on a form must lie in the officer's region: outside it is an invalid choice. */
async function regionInScope(viewer: Viewer, regionId: string, field = "regionId") {
  await assertInScope(viewer, { regionId }).catch(() => {
    throw new AppError("VALIDATION", "region outside the officer's", { [field]: field === "producerId" ? "producer" : "region" });
  });
}

async function producerFor(tx: Tx, producerId: string, field = "producerId") {
  const producer = await tx.producer.findUnique({ where: { id: producerId }, select: { id: true, regionId: true } });
  if (!producer) throw new AppError("VALIDATION", "unknown producer", { [field]: "producer" });
  return producer;
}

// ───────────────────────────── Programmes and targets ─────────────────────────────

/** Officers rename a programme, change its period, or make it the one `/programme` shows. */
export async function updateProgramme(viewer: Viewer | null, input: unknown) {
  const data = ZProgrammeForm.parse(input);
  authorize(viewer, "programme.manage");
  await programmeInScope(viewer, data.programmeId);
  const national = (await regionScopeOf(viewer)).national;
  const result = await db.$transaction(async (tx) => {
    const before = await tx.programme.findUnique({ where: { id: data.programmeId } });
    if (!before) throw new AppError("NOT_FOUND");
    // Which programme the whole site shows at /programme is a national officer's choice.
    if (data.isCurrent !== before.isCurrent && !national) throw new AppError("FORBIDDEN", "only national officers choose the current programme", { isCurrent: "nationalOnly" });
    // One programme is current: choosing another releases it (unticking the only one is allowed).
    if (data.isCurrent && !before.isCurrent) await tx.programme.updateMany({ where: { isCurrent: true }, data: { isCurrent: false } });
    const after = await tx.programme.update({
      where: { id: data.programmeId },
      data: {
        nameVi: data.nameVi,
        nameEn: data.nameEn || null,
        reference: data.reference || null,
        startYear: data.startYear,
        endYear: data.endYear,
        isCurrent: data.isCurrent,
      },
    });
    await recordAudit(tx, viewer, { action: "programme.update", entityType: "Programme", entityId: after.id, before, after });
    return { id: after.id, slug: after.slug };
  });
  invalidateProgramme();
  return result;
}

/** Officers add a programme for a region (by its official code; none for a nationwide one). */
export async function createProgramme(viewer: Viewer | null, input: unknown) {
  const data = ZNewProgrammeForm.parse(input);
  authorize(viewer, "programme.manage");
  const result = await db.$transaction(async (tx) => {
    const region = data.regionCode ? await tx.region.findUnique({ where: { code: data.regionCode }, select: { id: true } }) : null;
    if (data.regionCode && !region) throw new AppError("VALIDATION", "unknown region code", { regionCode: "region" });
    // Within the officer's region; a nationwide programme (no region) for national officers only.
    await assertInScope(viewer, { regionId: region?.id ?? null }).catch(() => {
      throw new AppError("VALIDATION", "region outside the officer's", { regionCode: "region" });
    });
    if (await tx.programme.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
      throw new AppError("CONFLICT", "slug taken", { slug: "slugTaken" });
    }
    const created = await tx.programme.create({
      data: {
        slug: data.slug,
        nameVi: data.nameVi,
        nameEn: data.nameEn || null,
        reference: data.reference || null,
        regionId: region?.id ?? null,
        startYear: data.startYear,
        endYear: data.endYear,
      },
    });
    await recordAudit(tx, viewer, { action: "programme.create", entityType: "Programme", entityId: created.id, after: created });
    return { id: created.id, slug: created.slug };
  });
  invalidateProgramme();
  return result;
}

/** Officers add a target (one per metric) or change one's label, baseline, goal or unit. */
export async function saveTarget(viewer: Viewer | null, input: unknown) {
  const data = ZTargetForm.parse(input);
  authorize(viewer, "programme.manage");
  const fields = {
    metric: data.metric,
    labelVi: data.labelVi,
    labelEn: data.labelEn,
    baseline: data.baseline,
    goal: data.goal,
    goalMax: data.goalMax,
    unit: data.unit,
  };
  await programmeInScope(viewer, data.programmeId);
  const result = await db.$transaction(async (tx) => {
    const programme = await tx.programme.findUnique({ where: { id: data.programmeId }, select: { id: true } });
    if (!programme) throw new AppError("NOT_FOUND");
    const clash = await tx.programmeTarget.findUnique({ where: { programmeId_metric: { programmeId: programme.id, metric: data.metric } }, select: { id: true } });
    if (clash && clash.id !== data.targetId) throw new AppError("CONFLICT", "a target already measures this metric", { metric: "metricTaken" });
    if (data.targetId) {
      const before = await tx.programmeTarget.findFirst({ where: { id: data.targetId, programmeId: programme.id } });
      if (!before) throw new AppError("NOT_FOUND");
      const after = await tx.programmeTarget.update({ where: { id: before.id }, data: fields });
      await recordAudit(tx, viewer, { action: "programme.target.update", entityType: "ProgrammeTarget", entityId: after.id, before, after });
      return { id: after.id };
    }
    const position = await tx.programmeTarget.count({ where: { programmeId: programme.id } });
    const created = await tx.programmeTarget.create({ data: { programmeId: programme.id, position, ...fields } });
    await recordAudit(tx, viewer, { action: "programme.target.create", entityType: "ProgrammeTarget", entityId: created.id, after: created });
    return { id: created.id };
  });
  invalidateProgramme();
  return result;
}

/** Officers enter the resolution's baseline by subgroup ("13 tea …"); a blank count removes one. */
export async function setSubgroupBaselines(viewer: Viewer | null, input: unknown) {
  const data = ZSubgroupBaselinesForm.parse(input);
  authorize(viewer, "programme.manage");
  await programmeInScope(viewer, data.programmeId);
  await db.$transaction(async (tx) => {
    const programme = await tx.programme.findUnique({ where: { id: data.programmeId }, select: { id: true } });
    if (!programme) throw new AppError("NOT_FOUND");
    const subgroups = await tx.subgroup.findMany({ where: { code: { in: Object.keys(data.counts) } }, select: { id: true, code: true } });
    if (subgroups.length !== Object.keys(data.counts).length) throw new AppError("VALIDATION", "unknown subgroup");
    const before = await tx.programmeSubgroupBaseline.findMany({ where: { programmeId: programme.id }, orderBy: { subgroupId: "asc" } });
    await tx.programmeSubgroupBaseline.deleteMany({ where: { programmeId: programme.id } });
    const rows = subgroups.flatMap((s) => (data.counts[s.code] === null ? [] : [{ programmeId: programme.id, subgroupId: s.id, count: data.counts[s.code]! }]));
    await tx.programmeSubgroupBaseline.createMany({ data: rows });
    await recordAudit(tx, viewer, { action: "programme.baselines.set", entityType: "Programme", entityId: programme.id, before, after: rows });
  });
  invalidateProgramme();
  return { programmeId: data.programmeId };
}

// ───────────────────────────── Commitments ─────────────────────────────

/**
 * Officers keep each producer's five-commitment checklist: ticked commitments are recorded with their
 * date and evidence, unticked ones are removed. The whole checklist is written at once.
 */
export async function setProducerCommitments(viewer: Viewer | null, input: unknown) {
  const data = ZCommitmentsForm.parse(input);
  authorize(viewer, "programme.manage");
  await assertInScope(viewer, { producerId: data.producerId });
  await db.$transaction(async (tx) => {
    const producer = await tx.producer.findUnique({ where: { id: data.producerId }, select: { id: true } });
    if (!producer) throw new AppError("NOT_FOUND");
    const before = await tx.producerCommitment.findMany({ where: { producerId: producer.id }, orderBy: { kind: "asc" } });
    const removed = data.items.filter((item) => !item.committed).map((item) => item.kind);
    await tx.producerCommitment.deleteMany({ where: { producerId: producer.id, kind: { in: removed } } });
    for (const item of data.items) {
      if (!item.committed) continue;
      const fields = { committedOn: dayToDate(item.committedOn), evidence: item.evidence, recordedById: viewer.userId };
      await tx.producerCommitment.upsert({
        where: { producerId_kind: { producerId: producer.id, kind: item.kind } },
        create: { producerId: producer.id, kind: item.kind, ...fields },
        update: fields,
      });
    }
    const after = await tx.producerCommitment.findMany({ where: { producerId: producer.id }, orderBy: { kind: "asc" } });
    await recordAudit(tx, viewer, { action: "producer.commitments.set", entityType: "Producer", entityId: producer.id, before, after });
  });
  invalidateProgramme();
  return { producerId: data.producerId };
}

/**
 * Records one commitment for several producers at once, as after a training session where every
 * attending producer signs the same commitment: one kind, day and evidence for each, written as the
 * producer's own checklist would write it (`recordedBy`, one audit entry per producer), all in one
 * transaction. A producer that already has this commitment keeps its own record: skipped, never
 * overwritten. An id unknown or outside the officer's region refuses the whole (NOT_FOUND, nothing
 * written).
 */
export async function recordCommitmentForProducers(viewer: Viewer | null, ids: readonly string[], input: unknown): Promise<{ changed: number; skipped: number }> {
  authorize(viewer, "programme.manage");
  const data = ZBulkCommitmentForm.parse(input);
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return { changed: 0, skipped: 0 };
  const scope = await regionScopeOf(viewer);
  const changed = await db.$transaction(async (tx) => {
    const producers = await tx.producer.findMany({ where: { ...scope.producers(), id: { in: wanted } }, select: { id: true }, orderBy: { id: "asc" } });
    if (producers.length !== wanted.length) throw new AppError("NOT_FOUND");
    let written = 0;
    for (const producer of producers) {
      const before = await tx.producerCommitment.findMany({ where: { producerId: producer.id }, orderBy: { kind: "asc" } });
      if (before.some((commitment) => commitment.kind === data.kind)) continue;
      // Another officer may record it meanwhile: theirs stands (the unique producer and kind), this one is skipped.
      const { count } = await tx.producerCommitment.createMany({
        data: [{ producerId: producer.id, kind: data.kind, committedOn: dayToDate(data.committedOn), evidence: data.evidence, recordedById: viewer.userId }],
        skipDuplicates: true,
      });
      if (count === 0) continue;
      const after = await tx.producerCommitment.findMany({ where: { producerId: producer.id }, orderBy: { kind: "asc" } });
      await recordAudit(tx, viewer, { action: "producer.commitments.set", entityType: "Producer", entityId: producer.id, before, after });
      written++;
    }
    return written;
  });
  if (changed > 0) invalidateProgramme();
  return { changed, skipped: wanted.length - changed };
}

// ───────────────────────────── Stall support ─────────────────────────────

/** Records (or corrects) support given to a producer for its own display and sales stall. */
export async function saveStallSupport(viewer: Viewer | null, input: unknown) {
  const data = ZStallSupportForm.parse(input);
  authorize(viewer, "programme.manage");
  if (data.id) await assertInScope(viewer, { producerId: (await db.stallSupport.findUnique({ where: { id: data.id } }))?.producerId ?? "" });
  const result = await db.$transaction(async (tx) => {
    const producer = await producerFor(tx, data.producerId);
    await assertInScope(viewer, { producerId: producer.id }).catch(() => {
      throw new AppError("VALIDATION", "producer outside the officer's region", { producerId: "producer" });
    });
    const fields = {
      producerId: producer.id,
      supportedOn: dayToDate(data.supportedOn),
      place: data.place,
      description: data.description,
      amountVnd: data.amountVnd,
      reference: data.reference,
      recordedById: viewer.userId,
    };
    if (data.id) {
      const before = await tx.stallSupport.findUnique({ where: { id: data.id } });
      if (!before) throw new AppError("NOT_FOUND");
      const after = await tx.stallSupport.update({ where: { id: before.id }, data: fields });
      await recordAudit(tx, viewer, { action: "stallSupport.update", entityType: "StallSupport", entityId: after.id, regionId: producer.regionId, before, after });
      return { id: after.id };
    }
    const created = await tx.stallSupport.create({ data: fields });
    await recordAudit(tx, viewer, { action: "stallSupport.create", entityType: "StallSupport", entityId: created.id, regionId: producer.regionId, after: created });
    return { id: created.id };
  });
  invalidateProgramme();
  return result;
}

export async function deleteStallSupport(viewer: Viewer | null, input: unknown) {
  const { id } = ZRecordId.parse(input);
  authorize(viewer, "programme.manage");
  await assertInScope(viewer, { producerId: (await db.stallSupport.findUnique({ where: { id } }))?.producerId ?? "" });
  await db.$transaction(async (tx) => {
    const before = await tx.stallSupport.findUnique({ where: { id }, include: { producer: { select: { regionId: true } } } });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.stallSupport.delete({ where: { id } });
    const { producer, ...record } = before;
    await recordAudit(tx, viewer, { action: "stallSupport.delete", entityType: "StallSupport", entityId: id, regionId: producer.regionId, before: record });
  });
  invalidateProgramme();
}

// ───────────────────────────── Organisations founded or re-formed ─────────────────────────────

/** Records (or corrects) an economic organisation founded or re-formed, in a commune. */
export async function saveOrganisationChange(viewer: Viewer | null, input: unknown) {
  const data = ZOrganisationChangeForm.parse(input);
  authorize(viewer, "programme.manage");
  if (data.id) await assertInScope(viewer, { regionId: (await db.organisationChange.findUnique({ where: { id: data.id } }))?.regionId ?? "" });
  const result = await db.$transaction(async (tx) => {
    const region = await regionFor(tx, data.regionId, ["COMMUNE"]);
    await regionInScope(viewer, region.id);
    const producer = data.producerId ? await producerFor(tx, data.producerId) : null;
    if (producer) await regionInScope(viewer, producer.regionId, "producerId");
    const fields = {
      kind: data.kind,
      name: data.name,
      legalForm: data.legalForm,
      changedOn: dayToDate(data.changedOn),
      regionId: region.id,
      producerId: producer?.id ?? null,
      registrationNumber: data.registrationNumber,
      note: data.note,
      recordedById: viewer.userId,
    };
    if (data.id) {
      const before = await tx.organisationChange.findUnique({ where: { id: data.id } });
      if (!before) throw new AppError("NOT_FOUND");
      const after = await tx.organisationChange.update({ where: { id: before.id }, data: fields });
      await recordAudit(tx, viewer, { action: "organisationChange.update", entityType: "OrganisationChange", entityId: after.id, regionId: region.id, before, after });
      return { id: after.id };
    }
    const created = await tx.organisationChange.create({ data: fields });
    await recordAudit(tx, viewer, { action: "organisationChange.create", entityType: "OrganisationChange", entityId: created.id, regionId: region.id, after: created });
    return { id: created.id };
  });
  invalidateProgramme();
  return result;
}

export async function deleteOrganisationChange(viewer: Viewer | null, input: unknown) {
  const { id } = ZRecordId.parse(input);
  authorize(viewer, "programme.manage");
  await assertInScope(viewer, { regionId: (await db.organisationChange.findUnique({ where: { id } }))?.regionId ?? "" });
  await db.$transaction(async (tx) => {
    const before = await tx.organisationChange.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.organisationChange.delete({ where: { id } });
    await recordAudit(tx, viewer, { action: "organisationChange.delete", entityType: "OrganisationChange", entityId: id, regionId: before.regionId, before });
  });
  invalidateProgramme();
}

// ───────────────────────────── Commune OCOP teams ─────────────────────────────

/** Records (or corrects) a commune's OCOP team: one per commune. */
export async function setCommuneTeam(viewer: Viewer | null, input: unknown) {
  const data = ZCommuneTeamForm.parse(input);
  authorize(viewer, "programme.manage");
  const result = await db.$transaction(async (tx) => {
    const region = await regionFor(tx, data.regionId, ["COMMUNE"]);
    await regionInScope(viewer, region.id);
    const fields = { establishedOn: dayToDate(data.establishedOn), decisionNumber: data.decisionNumber, members: data.members, recordedById: viewer.userId };
    const before = await tx.communeOcopTeam.findUnique({ where: { regionId: region.id } });
    const after = await tx.communeOcopTeam.upsert({ where: { regionId: region.id }, create: { regionId: region.id, ...fields }, update: fields });
    await recordAudit(tx, viewer, {
      action: before ? "communeTeam.update" : "communeTeam.create",
      entityType: "CommuneOcopTeam",
      entityId: after.id,
      regionId: region.id,
      before: before ?? undefined,
      after,
    });
    return { id: after.id };
  });
  invalidateProgramme();
  return result;
}

/** Removes a team recorded by mistake (the audit log keeps what it said). */
export async function deleteCommuneTeam(viewer: Viewer | null, input: unknown) {
  const { id } = ZRecordId.parse(input);
  authorize(viewer, "programme.manage");
  await assertInScope(viewer, { regionId: (await db.communeOcopTeam.findUnique({ where: { id } }))?.regionId ?? "" });
  await db.$transaction(async (tx) => {
    const before = await tx.communeOcopTeam.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.communeOcopTeam.delete({ where: { id } });
    await recordAudit(tx, viewer, { action: "communeTeam.delete", entityType: "CommuneOcopTeam", entityId: id, regionId: before.regionId, before });
  });
  invalidateProgramme();
}

// ───────────────────────────── OCOP officers and training ─────────────────────────────

/** Records (or corrects) a district or commune OCOP officer, where they serve and their training. */
export async function saveOcopStaff(viewer: Viewer | null, input: unknown) {
  const data = ZOcopStaffForm.parse(input);
  authorize(viewer, "programme.manage");
  if (data.id) await assertInScope(viewer, { regionId: (await db.ocopStaff.findUnique({ where: { id: data.id } }))?.regionId ?? "" });
  const result = await db.$transaction(async (tx) => {
    const region = await regionFor(tx, data.regionId, ["COMMUNE", "AREA", "DISTRICT", "PROVINCE"]);
    await regionInScope(viewer, region.id);
    const fields = {
      name: data.name,
      position: data.position,
      regionId: region.id,
      servingFrom: optionalDate(data.servingFrom),
      servingUntil: optionalDate(data.servingUntil),
      trainedOn: optionalDate(data.trainedOn),
      training: data.training,
      recordedById: viewer.userId,
    };
    if (data.id) {
      const before = await tx.ocopStaff.findUnique({ where: { id: data.id } });
      if (!before) throw new AppError("NOT_FOUND");
      const after = await tx.ocopStaff.update({ where: { id: before.id }, data: fields });
      await recordAudit(tx, viewer, { action: "ocopStaff.update", entityType: "OcopStaff", entityId: after.id, regionId: region.id, before, after });
      return { id: after.id };
    }
    const created = await tx.ocopStaff.create({ data: fields });
    await recordAudit(tx, viewer, { action: "ocopStaff.create", entityType: "OcopStaff", entityId: created.id, regionId: region.id, after: created });
    return { id: created.id };
  });
  invalidateProgramme();
  return result;
}

export async function deleteOcopStaff(viewer: Viewer | null, input: unknown) {
  const { id } = ZRecordId.parse(input);
  authorize(viewer, "programme.manage");
  await assertInScope(viewer, { regionId: (await db.ocopStaff.findUnique({ where: { id } }))?.regionId ?? "" });
  await db.$transaction(async (tx) => {
    const before = await tx.ocopStaff.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.ocopStaff.delete({ where: { id } });
    await recordAudit(tx, viewer, { action: "ocopStaff.delete", entityType: "OcopStaff", entityId: id, regionId: before.regionId, before });
  });
  invalidateProgramme();
}
