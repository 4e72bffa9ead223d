import "server-only";
import { AppError } from "@/lib/errors";
import { defaultValidUntil } from "@/lib/ocop-stars";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { invalidate } from "@/server/infra/cache";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";
import { ZCertificateForm, ZRevokeForm } from "./schemas";

/**
 * Records an OCOP decision. Valid until defaults to 36 months after the decision. An upgrade (more
 * stars than the product's current valid certificates) supersedes them; the history is kept.
 */
export async function recordCertificate(viewer: Viewer | null, input: unknown): Promise<{ id: string; superseded: number }> {
  authorize(viewer, "certificate.record");
  const data = ZCertificateForm.parse(input);
  const result = await db.$transaction(async (tx) => {
    const product = await tx.product.findUnique({ where: { id: data.productId }, include: { producer: { select: { name: true, addressLine: true } } } });
    if (!product) throw new AppError("NOT_FOUND");
    const validUntil = data.validUntil instanceof Date ? data.validUntil : defaultValidUntil(data.decisionDate);
    const created = await tx.ocopCertificate.create({
      data: {
        productId: product.id,
        producerId: product.producerId,
        stars: data.stars,
        score: data.score ?? null,
        level: data.level,
        decisionNumber: data.decisionNumber,
        decisionDate: data.decisionDate,
        issuingBody: data.issuingBody,
        validUntil,
        productNameOnDecision: product.nameVi,
        producerNameOnDecision: product.producer.name,
        addressOnDecision: product.producer.addressLine || null,
        recordedById: viewer.userId,
      },
    });
    const older = await tx.ocopCertificate.findMany({
      where: { productId: product.id, status: "VALID", id: { not: created.id }, stars: { lt: data.stars } },
    });
    for (const cert of older) {
      await tx.ocopCertificate.update({ where: { id: cert.id }, data: { status: "SUPERSEDED", supersededById: older.length === 1 ? created.id : undefined } });
    }
    await recordAudit(tx, viewer, { action: "certificate.record", entityType: "OcopCertificate", entityId: created.id, after: created });
    return { id: created.id, superseded: older.length, slug: product.slug };
  });
  invalidate([CacheTags.product(result.slug), CacheTags.catalogue, CacheTags.programme, CacheTags.producers]);
  return { id: result.id, superseded: result.superseded };
}

export async function revokeCertificate(viewer: Viewer | null, certificateId: string, input: unknown): Promise<void> {
  authorize(viewer, "certificate.record");
  const data = ZRevokeForm.parse(input);
  const slug = await db.$transaction(async (tx) => {
    const cert = await tx.ocopCertificate.findUnique({ where: { id: certificateId }, include: { product: { select: { slug: true } } } });
    if (!cert) throw new AppError("NOT_FOUND");
    if (cert.status === "REVOKED") throw new AppError("CONFLICT", "already revoked");
    const after = await tx.ocopCertificate.update({
      where: { id: cert.id },
      data: { status: "REVOKED", revokedAt: data.revokedOn, revocationDecisionNumber: data.decisionNumber, revocationReason: data.reason },
    });
    await recordAudit(tx, viewer, { action: "certificate.revoke", entityType: "OcopCertificate", entityId: cert.id, before: cert, after });
    return cert.product.slug;
  });
  invalidate([CacheTags.product(slug), CacheTags.catalogue, CacheTags.programme, CacheTags.producers]);
}
