import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { authorize, ownProducerId, type Viewer } from "@/server/auth/permissions";
import { invalidate } from "@/server/infra/cache";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";
import { storeEvidence, uploaderOf } from "@/server/infra/uploads/images";
import { ownBatch } from "./queries";
import { ZBatchForm, ZCertificationForm, ZLabTestForm, ZTraceEventForm } from "./schemas";

/** Public batch codes: short, unguessable, URL-safe (private batches must not be found by counting). */
function newBatchCode(): string {
  return randomBytes(6).toString("base64url").toUpperCase().replace(/[^A-Z0-9]/g, "X");
}

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

export async function setBatchPublic(viewer: Viewer | null, batchId: string, isPublic: boolean): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const batch = await ownBatch(viewer, batchId);
  await db.batch.update({ where: { id: batch.id }, data: { isPublic } });
  invalidate([CacheTags.product(batch.product.slug)]);
}

export async function addTraceEvent(viewer: Viewer | null, batchId: string, input: unknown, evidence?: Buffer | null): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const batch = await ownBatch(viewer, batchId);
  const data = ZTraceEventForm.parse(input);
  const stored = evidence ? await storeEvidence(evidence, uploaderOf(viewer)) : null;
  await db.traceEvent.create({ data: { batchId: batch.id, ...data, evidenceKey: stored?.key ?? null, evidenceMime: stored?.mime ?? null } });
}

export async function addLabTest(viewer: Viewer | null, batchId: string, input: unknown): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const batch = await ownBatch(viewer, batchId);
  const data = ZLabTestForm.parse(input);
  await db.labTest.create({ data: { batchId: batch.id, ...data } });
}

export async function addCertification(viewer: Viewer | null, batchId: string, input: unknown): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const batch = await ownBatch(viewer, batchId);
  const data = ZCertificationForm.parse(input);
  await db.certification.create({
    data: {
      batchId: batch.id,
      kind: data.kind,
      number: data.number,
      issuer: data.issuer,
      validFrom: data.validFrom instanceof Date ? data.validFrom : null,
      validUntil: data.validUntil instanceof Date ? data.validUntil : null,
    },
  });
}
