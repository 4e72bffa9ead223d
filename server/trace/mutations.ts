import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/server/audit/record";
import { authorize, ownProducerId, type Viewer } from "@/server/auth/permissions";
import { invalidate } from "@/server/infra/cache";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";
import { storeEvidence, uploaderOf } from "@/server/infra/uploads/images";
import { notifyFailedResultPublic } from "./mail";
import { ownBatch } from "./queries";
import { ZBatchForm, ZCertificationForm, ZCorrectionReason, ZLabTestForm, ZOptionalReason, ZPublishBatch, ZTraceEventForm } from "./schemas";

type Tx = Prisma.TransactionClient;

/** Public batch codes: short, unguessable, URL-safe (private batches must not be found by counting). */
function newBatchCode(): string {
  return randomBytes(6).toString("base64url").toUpperCase().replace(/[^A-Z0-9]/g, "X");
}

type OwnBatch = Awaited<ReturnType<typeof ownBatch>>;

/**
 * One line of the batch's history (the audit log, under the batch): what was added, corrected or
 * removed, by whom and why. Records keep their ids, so a line names the one it is about.
 */
async function recordHistory(tx: Tx, viewer: Viewer, batch: OwnBatch, action: string, before: unknown, after: unknown) {
  await recordAudit(tx, viewer, { action, entityType: "Batch", entityId: batch.id, regionId: batch.product.producer.regionId, before, after });
}

/** The trace page is rendered per request; the product's cached page lists the batch and its results. */
function refreshTrace(batch: OwnBatch): void {
  invalidate([CacheTags.product(batch.product.slug)]);
}

/** The form shows the warning next to its confirmation box. */
const FAILED_PUBLIC = { confirmPublic: "failedPublic" } as const;

export async function createBatch(viewer: Viewer | null, input: unknown): Promise<{ id: string; code: string }> {
  authorize(viewer, "batch.manageOwn");
  const data = ZBatchForm.parse(input);
  const product = await db.product.findUnique({ where: { id: data.productId }, select: { producerId: true, slug: true } });
  if (!product || product.producerId !== ownProducerId(viewer)) throw new AppError("NOT_FOUND");
  let batch;
  try {
    batch = await db.batch.create({
      data: {
        code: newBatchCode(),
        productId: data.productId,
        lotCode: data.lotCode,
        productionDate: data.productionDate,
        expiryDate: data.expiryDate instanceof Date ? data.expiryDate : null,
        quantity: data.quantity,
        quantityUnit: data.quantityUnit,
        growingArea: data.growingArea ?? null,
        growingAreaCode: data.growingAreaCode ?? null,
        isPublic: data.isPublic,
      },
    });
  } catch (error) {
    // The unique index on (product, lot) decides, also between two saves at the same moment.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "lot code in use", { lotCode: "lotTaken" });
    }
    throw error;
  }
  // The product page lists the product's public batches.
  if (batch.isPublic) invalidate([CacheTags.product(product.slug)]);
  return { id: batch.id, code: batch.code };
}

/**
 * Shows or hides a batch's trace page. Making public a batch with a failed lab result needs the
 * producer's confirmation (every buyer who scans will see it), and the producer's accounts are told.
 */
export async function setBatchPublic(viewer: Viewer | null, batchId: string, input: unknown): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const { isPublic, confirmFailed } = ZPublishBatch.parse(input);
  const batch = await ownBatch(viewer, batchId);
  const failed = isPublic && !batch.isPublic ? await db.labTest.count({ where: { batchId, passed: false } }) : 0;
  if (failed > 0 && !confirmFailed) throw new AppError("VALIDATION", "failed results would go public", { reason: "FAILED_RESULT_PUBLIC", failed });
  await db.$transaction(async (tx) => {
    await tx.batch.update({ where: { id: batch.id }, data: { isPublic } });
    await recordHistory(tx, viewer, batch, isPublic ? "trace.batch.publish" : "trace.batch.hide", { isPublic: batch.isPublic }, { isPublic, failedResults: failed });
  });
  refreshTrace(batch);
  if (failed > 0) await notifyFailedResultPublic(batch, viewer);
}

export async function addTraceEvent(viewer: Viewer | null, batchId: string, input: unknown, evidence?: Buffer | null): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const batch = await ownBatch(viewer, batchId);
  const data = ZTraceEventForm.parse(input);
  const stored = evidence ? await storeEvidence(evidence, uploaderOf(viewer)) : null;
  await db.$transaction(async (tx) => {
    const event = await tx.traceEvent.create({ data: { batchId: batch.id, ...data, evidenceKey: stored?.key ?? null, evidenceMime: stored?.mime ?? null } });
    await recordHistory(tx, viewer, batch, "trace.event.add", null, event);
  });
  refreshTrace(batch);
}

/** Loads a record of the viewer's own batch, or NOT_FOUND (another producer's looks like nothing). */
async function ownRecord<T extends { batchId: string }>(viewer: Viewer, find: () => Promise<T | null>): Promise<{ record: T; batch: OwnBatch }> {
  const record = await find();
  if (!record) throw new AppError("NOT_FOUND");
  return { record, batch: await ownBatch(viewer, record.batchId) };
}

/**
 * Corrects a trace event (a new evidence file replaces the old one; `removeEvidence` drops it). The
 * batch's history keeps the event as it was, who changed it and why.
 */
export async function updateTraceEvent(viewer: Viewer | null, eventId: string, input: unknown, evidence?: Buffer | null): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const { record, batch } = await ownRecord(viewer, () => db.traceEvent.findUnique({ where: { id: eventId } }));
  const data = ZTraceEventForm.parse(input);
  const { reason } = ZOptionalReason.parse(input);
  const removeEvidence = (input as { removeEvidence?: unknown }).removeEvidence === "on";
  const stored = evidence ? await storeEvidence(evidence, uploaderOf(viewer)) : null;
  await db.$transaction(async (tx) => {
    const after = await tx.traceEvent.update({
      where: { id: record.id },
      data: { ...data, ...(stored ? { evidenceKey: stored.key, evidenceMime: stored.mime } : removeEvidence ? { evidenceKey: null, evidenceMime: null } : {}) },
    });
    await recordHistory(tx, viewer, batch, "trace.event.update", record, { ...after, reason });
  });
  refreshTrace(batch);
}

export async function deleteTraceEvent(viewer: Viewer | null, eventId: string, input: unknown): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const { reason } = ZCorrectionReason.parse(input);
  const { record, batch } = await ownRecord(viewer, () => db.traceEvent.findUnique({ where: { id: eventId } }));
  await db.$transaction(async (tx) => {
    await tx.traceEvent.delete({ where: { id: record.id } });
    await recordHistory(tx, viewer, batch, "trace.event.delete", record, { reason });
  });
  refreshTrace(batch);
}

export async function addLabTest(viewer: Viewer | null, batchId: string, input: unknown): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const batch = await ownBatch(viewer, batchId);
  const { confirmPublic, ...data } = ZLabTestForm.parse(input);
  const goesPublic = !data.passed && batch.isPublic;
  if (goesPublic && !confirmPublic) throw new AppError("VALIDATION", "a failed result would go public", FAILED_PUBLIC);
  await db.$transaction(async (tx) => {
    const test = await tx.labTest.create({ data: { batchId: batch.id, ...data } });
    await recordHistory(tx, viewer, batch, "trace.lab.add", null, test);
  });
  refreshTrace(batch);
  if (goesPublic) await notifyFailedResultPublic(batch, viewer);
}

export async function updateLabTest(viewer: Viewer | null, labTestId: string, input: unknown): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const { record, batch } = await ownRecord(viewer, () => db.labTest.findUnique({ where: { id: labTestId } }));
  const { confirmPublic, ...data } = ZLabTestForm.parse(input);
  const { reason } = ZOptionalReason.parse(input);
  // Turning a passed result into a failed one on a public batch publishes a failure too.
  const goesPublic = !data.passed && record.passed && batch.isPublic;
  if (goesPublic && !confirmPublic) throw new AppError("VALIDATION", "a failed result would go public", FAILED_PUBLIC);
  await db.$transaction(async (tx) => {
    const after = await tx.labTest.update({ where: { id: record.id }, data });
    await recordHistory(tx, viewer, batch, "trace.lab.update", record, { ...after, reason });
  });
  refreshTrace(batch);
  if (goesPublic) await notifyFailedResultPublic(batch, viewer);
}

export async function deleteLabTest(viewer: Viewer | null, labTestId: string, input: unknown): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const { reason } = ZCorrectionReason.parse(input);
  const { record, batch } = await ownRecord(viewer, () => db.labTest.findUnique({ where: { id: labTestId } }));
  await db.$transaction(async (tx) => {
    await tx.labTest.delete({ where: { id: record.id } });
    await recordHistory(tx, viewer, batch, "trace.lab.delete", record, { reason });
  });
  refreshTrace(batch);
}

function certificationData(data: ReturnType<typeof ZCertificationForm.parse>) {
  return {
    kind: data.kind,
    number: data.number,
    issuer: data.issuer,
    validFrom: data.validFrom instanceof Date ? data.validFrom : null,
    validUntil: data.validUntil instanceof Date ? data.validUntil : null,
  };
}

export async function addCertification(viewer: Viewer | null, batchId: string, input: unknown): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const batch = await ownBatch(viewer, batchId);
  const data = ZCertificationForm.parse(input);
  await db.$transaction(async (tx) => {
    const certification = await tx.certification.create({ data: { batchId: batch.id, ...certificationData(data) } });
    await recordHistory(tx, viewer, batch, "trace.certification.add", null, certification);
  });
  refreshTrace(batch);
}

export async function updateCertification(viewer: Viewer | null, certificationId: string, input: unknown): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const { record, batch } = await ownRecord(viewer, () => db.certification.findUnique({ where: { id: certificationId } }));
  const data = ZCertificationForm.parse(input);
  const { reason } = ZOptionalReason.parse(input);
  await db.$transaction(async (tx) => {
    const after = await tx.certification.update({ where: { id: record.id }, data: certificationData(data) });
    await recordHistory(tx, viewer, batch, "trace.certification.update", record, { ...after, reason });
  });
  refreshTrace(batch);
}

export async function deleteCertification(viewer: Viewer | null, certificationId: string, input: unknown): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const { reason } = ZCorrectionReason.parse(input);
  const { record, batch } = await ownRecord(viewer, () => db.certification.findUnique({ where: { id: certificationId } }));
  await db.$transaction(async (tx) => {
    await tx.certification.delete({ where: { id: record.id } });
    await recordHistory(tx, viewer, batch, "trace.certification.delete", record, { reason });
  });
  refreshTrace(batch);
}
