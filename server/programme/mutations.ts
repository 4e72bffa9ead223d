import "server-only";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { invalidateProgramme } from "@/server/programme/invalidate";
import { db } from "@/server/infra/db";
import { ZCommitmentsForm, ZProgrammeForm, ZTargetForm } from "./schemas";

/** Officers rename the programme or change its period. */
export async function updateProgramme(viewer: Viewer | null, input: unknown) {
  const data = ZProgrammeForm.parse(input);
  authorize(viewer, "programme.manage");
  const result = await db.$transaction(async (tx) => {
    const before = await tx.programme.findUnique({ where: { id: data.programmeId } });
    if (!before) throw new AppError("NOT_FOUND");
    const after = await tx.programme.update({
      where: { id: data.programmeId },
      data: { nameVi: data.nameVi, nameEn: data.nameEn || null, reference: data.reference || null, startYear: data.startYear, endYear: data.endYear },
    });
    await recordAudit(tx, viewer, { action: "programme.update", entityType: "Programme", entityId: after.id, before, after });
    return { id: after.id };
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

/**
 * Officers keep each producer's five-commitment checklist: ticked commitments are recorded with their
 * date and evidence, unticked ones are removed. The whole checklist is written at once.
 */
export async function setProducerCommitments(viewer: Viewer | null, input: unknown) {
  const data = ZCommitmentsForm.parse(input);
  authorize(viewer, "programme.manage");
  await db.$transaction(async (tx) => {
    const producer = await tx.producer.findUnique({ where: { id: data.producerId }, select: { id: true } });
    if (!producer) throw new AppError("NOT_FOUND");
    const before = await tx.producerCommitment.findMany({ where: { producerId: producer.id }, orderBy: { kind: "asc" } });
    const removed = data.items.filter((item) => !item.committed).map((item) => item.kind);
    await tx.producerCommitment.deleteMany({ where: { producerId: producer.id, kind: { in: removed } } });
    for (const item of data.items) {
      if (!item.committed) continue;
      const fields = { committedOn: new Date(`${item.committedOn}T00:00:00Z`), evidence: item.evidence, recordedById: viewer.userId };
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
