import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import {
  bulkRevocationSkip,
  checkDecision,
  checkRevocation,
  resolveSupersession,
  unconfirmedWarnings,
  type DecisionCheck,
  type RecordedDecision,
  type RuleIssue,
} from "@/lib/certificate-rules";
import { dateToDay, dayToDate, parseDay, today } from "@/lib/clock";
import { ZodError } from "zod";
import { AppError, isAppError } from "@/lib/errors";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { assertInScope, regionScopeOf } from "@/server/auth/scope";
import { invalidate } from "@/server/infra/cache";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";
import { documentKey, readDocument, storeDocument, type StoredDocument } from "@/server/infra/uploads/documents";
import { ZCertificateForm, ZCorrectionForm, ZRemoveForm, ZRevokeForm, type CertificateForm } from "./schemas";

type Tx = Prisma.TransactionClient;

/**
 * The outcome of recording or correcting a decision: written, or not written because the rules
 * raised warnings the officer has not confirmed yet (the form shows them and asks). Refusals throw
 * AppError("VALIDATION") with the rule issues in `details.rules`.
 */
export type DecisionOutcome =
  | { written: true; id: string; status: "VALID" | "SUPERSEDED" | "REVOKED"; fiveStarPotential: boolean; scan: StoredDocument | null }
  | { written: false; warnings: RuleIssue[]; scan: StoredDocument | null };

/** A refusal by the rules: field → message key for the form, and the issues with their values. */
function ruleError(issues: readonly { code: string; field: string; params: Record<string, string | number> }[]): AppError {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[issue.field] ??= `rules.${issue.code}`;
  return new AppError("VALIDATION", issues.map((i) => i.code).join(", "), { ...fields, rules: issues });
}

async function productDecisions(tx: Tx, productId: string, exceptId?: string): Promise<(RecordedDecision & { createdAt: Date })[]> {
  const rows = await tx.ocopCertificate.findMany({
    where: { productId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true, stars: true, level: true, decisionNumber: true, decisionDate: true, validUntil: true, status: true, createdAt: true },
  });
  return rows.map((r) => ({
    ...r,
    decisionDate: dateToDay(r.decisionDate),
    validUntil: dateToDay(r.validUntil),
    recordedAt: r.createdAt.getTime(),
  }));
}

/**
 * Puts every decision of the product in the state lib/certificate-rules.ts gives it (the newest
 * stands, each older one is superseded by the next). Successors are cleared before they are set again,
 * because a decision has at most one successor and each successor replaces at most one decision.
 */
async function applySupersession(tx: Tx, productId: string): Promise<void> {
  const rows = await tx.ocopCertificate.findMany({
    where: { productId },
    select: { id: true, decisionDate: true, createdAt: true, status: true, supersededById: true },
  });
  const wanted = resolveSupersession(rows.map((r) => ({ id: r.id, decisionDate: dateToDay(r.decisionDate), recordedAt: r.createdAt.getTime(), status: r.status })));
  const current = new Map(rows.map((r) => [r.id, r]));
  const changes = wanted.filter((w) => {
    const row = current.get(w.id)!;
    return row.status !== w.status || row.supersededById !== w.supersededById;
  });
  if (changes.length === 0) return;
  await tx.ocopCertificate.updateMany({ where: { id: { in: changes.map((c) => c.id) } }, data: { supersededById: null } });
  for (const change of changes) {
    await tx.ocopCertificate.update({ where: { id: change.id }, data: { status: change.status, supersededById: change.supersededById } });
  }
}

function draftOf(data: CertificateForm | ReturnType<typeof ZCorrectionForm.parse>) {
  return {
    stars: data.stars,
    score: data.score,
    level: data.level,
    decisionDate: data.decisionDate,
    decisionNumber: data.decisionNumber,
    issuingBody: data.issuingBody,
  };
}

/**
 * What a decision printed, as stored: recording and correcting write the same columns from the same
 * form fields, the validity end always the rules' (never typed).
 */
function decisionColumns(data: CertificateForm | ReturnType<typeof ZCorrectionForm.parse>, check: DecisionCheck) {
  return {
    ...draftOf(data),
    decisionDate: dayToDate(data.decisionDate),
    validUntil: dayToDate(check.validUntil!),
    productNameOnDecision: data.productNameOnDecision,
    producerNameOnDecision: data.producerNameOnDecision,
    addressOnDecision: data.addressOnDecision,
    categoryOnDecision: data.categoryOnDecision,
    confirmedWarnings: check.warnings.map((w) => w.code),
  };
}

/** The rules' verdict: throws on a refusal; returns the check (with warnings to confirm). */
function judge(check: DecisionCheck): DecisionCheck {
  if (check.errors.length > 0) throw ruleError(check.errors);
  return check;
}

/**
 * The scan for this submission: a new file, or the one an earlier submission of the same form stored
 * (its key comes back in the form), or none. It is stored before anything is checked, so that a round
 * trip for an error or a warning never makes the officer choose the file again: every error thrown
 * inside `fn` carries its key (`details.pendingScan`).
 */
async function withScan<T>(file: Buffer | null | undefined, input: unknown, fn: (scan: StoredDocument | null) => Promise<T>): Promise<T> {
  const posted = input && typeof input === "object" ? (input as Record<string, unknown>).pendingScan : null;
  const scan = file && file.byteLength > 0 ? await storeDocument(file) : await pendingScan(typeof posted === "string" ? posted : null);
  try {
    return await fn(scan);
  } catch (error) {
    if (!scan) throw error;
    if (error instanceof ZodError) {
      const fields: Record<string, string> = {};
      for (const issue of error.issues) fields[String(issue.path[0] ?? "form")] ??= issue.message;
      throw new AppError("VALIDATION", "invalid form", { ...fields, pendingScan: scan.key });
    }
    if (isAppError(error)) throw new AppError(error.code, error.message, { ...error.details, pendingScan: scan.key });
    throw error;
  }
}

async function pendingScan(posted: string | null): Promise<StoredDocument | null> {
  const key = documentKey(posted);
  if (!key) return null;
  // A key already attached to a certificate is not a pending upload.
  if (await db.ocopCertificate.findFirst({ where: { scanKey: key }, select: { id: true } })) return null;
  const stored = await readDocument(key);
  return stored ? { key, type: stored.type } : null;
}

/** The public pages a change of these products' certificates shows on: their pages, the catalogue, the programme, the producers. */
function invalidateProducts(slugs: readonly string[]): void {
  invalidate([...new Set(slugs)].map((slug) => CacheTags.product(slug)).concat(CacheTags.catalogue, CacheTags.programme, CacheTags.producers));
}

function invalidateProduct(slug: string): void {
  invalidateProducts([slug]);
}

/**
 * Records an OCOP decision with what was printed on it. The rules (lib/certificate-rules.ts) refuse
 * what the law does not allow and return warnings for what is unusual: nothing is written until the
 * officer confirms each of them (`confirmed`), and the confirmations are kept with the certificate.
 * Supersession then follows the decisions' dates. Checked inside the transaction, so a decision
 * another officer records meanwhile is taken into account.
 */
export async function recordCertificate(viewer: Viewer | null, input: unknown, file?: Buffer | null): Promise<DecisionOutcome> {
  authorize(viewer, "certificate.record");
  return withScan(file, input, async (scan) => {
    const data = ZCertificateForm.parse(input);
    const product = await db.product.findUnique({ where: { id: data.productId }, select: { id: true, slug: true, producerId: true } });
    if (!product) throw new AppError("NOT_FOUND");
    await assertInScope(viewer, { producerId: product.producerId });
    const result = await db.$transaction(async (tx) => {
      const check = judge(checkDecision(draftOf(data), { today: today(), others: await productDecisions(tx, product.id) }));
      if (unconfirmedWarnings(check, data.confirmed).length > 0) return { written: false as const, warnings: check.warnings };
      const created = await tx.ocopCertificate.create({
        data: {
          productId: product.id,
          producerId: product.producerId,
          ...decisionColumns(data, check),
          scanKey: scan?.key ?? null,
          scanType: scan?.type ?? null,
          recordedById: viewer.userId,
        },
      });
      await applySupersession(tx, product.id);
      const after = await tx.ocopCertificate.findUniqueOrThrow({ where: { id: created.id } });
      await recordAudit(tx, viewer, { action: "certificate.record", entityType: "OcopCertificate", entityId: created.id, after });
      return { written: true as const, id: created.id, status: after.status, fiveStarPotential: check.fiveStarPotential };
    });
    if (result.written) invalidateProduct(product.slug);
    return { ...result, scan };
  });
}

/**
 * Corrects what was recorded for a decision (a typing mistake, a wrong date or level): the same rules
 * apply, the reason is required, and the audit log keeps the values before and after. The public
 * history shows the corrected decision with the day it was corrected (docs/certificates.md).
 */
export async function correctCertificate(viewer: Viewer | null, certificateId: string, input: unknown, file?: Buffer | null): Promise<DecisionOutcome> {
  authorize(viewer, "certificate.record");
  return withScan(file, input, async (scan) => {
    const data = ZCorrectionForm.parse(input);
    const result = await db.$transaction(async (tx) => {
      const found = await tx.ocopCertificate.findUnique({ where: { id: certificateId }, include: { product: { select: { slug: true } } } });
      if (!found) throw new AppError("NOT_FOUND");
      await assertInScope(viewer, { producerId: found.producerId });
      const { product, ...before } = found;
      const check = judge(checkDecision(draftOf(data), { today: today(), others: await productDecisions(tx, before.productId, before.id) }));
      const revocation = before.status === "REVOKED" ? revocationCorrection(data) : null;
      if (unconfirmedWarnings(check, data.confirmed).length > 0) return { written: false as const, warnings: check.warnings };
      await tx.ocopCertificate.update({
        where: { id: certificateId },
        data: {
          ...decisionColumns(data, check),
          ...(scan ? { scanKey: scan.key, scanType: scan.type } : {}),
          ...(revocation ?? {}),
          correctedOn: dayToDate(today()),
        },
      });
      await applySupersession(tx, before.productId);
      const after = await tx.ocopCertificate.findUniqueOrThrow({ where: { id: certificateId } });
      await recordAudit(tx, viewer, { action: "certificate.correct", entityType: "OcopCertificate", entityId: certificateId, before, after: { ...after, reason: data.reason } });
      return { written: true as const, id: certificateId, status: after.status, fiveStarPotential: check.fiveStarPotential, slug: product.slug };
    });
    if (!result.written) return { ...result, scan };
    invalidateProduct(result.slug);
    return { written: true as const, id: result.id, status: result.status, fiveStarPotential: result.fiveStarPotential, scan };
  });
}

/** The revocation's facts of a revoked certificate under correction, checked like a revocation. */
function revocationCorrection(data: ReturnType<typeof ZCorrectionForm.parse>) {
  const issues: { code: string; field: string; params: Record<string, string | number> }[] = [];
  if (!data.revocationDecisionNumber || data.revocationDecisionNumber.length < 3) issues.push({ code: "required", field: "revocationDecisionNumber", params: {} });
  if (!data.revocationReason || data.revocationReason.length < 3) issues.push({ code: "required", field: "revocationReason", params: {} });
  const revokedOn = data.revokedOn ?? "";
  for (const issue of checkRevocation(revokedOn, { decisionDate: data.decisionDate, status: "VALID" }, today())) issues.push({ ...issue, field: "revokedOn" });
  if (issues.length > 0) throw ruleError(issues);
  return { revocationDecisionNumber: data.revocationDecisionNumber, revocationReason: data.revocationReason, revokedAt: dayToDate(parseDay(revokedOn)!) };
}

type RevokeForm = ReturnType<typeof ZRevokeForm.parse>;
type RevocableCertificate = Prisma.OcopCertificateGetPayload<{ include: { product: { select: { slug: true } } } }>;

/**
 * The one way a revocation is written, alone or in bulk: the rules of `checkRevocation` (a real day
 * between the decision and today, never twice), then this certificate only (the decisions it had
 * replaced stay replaced, resolveSupersession), with its audit entry. Returns the product's slug.
 */
async function writeRevocation(tx: Tx, viewer: Viewer, cert: RevocableCertificate, data: RevokeForm): Promise<string> {
  const issues = checkRevocation(data.revokedOn, { decisionDate: dateToDay(cert.decisionDate), status: cert.status }, today());
  if (issues.some((i) => i.code === "alreadyRevoked")) throw new AppError("CONFLICT", "already revoked", { decisionNumber: "rules.alreadyRevoked", rules: issues });
  if (issues.length > 0) throw ruleError(issues);
  const { product, ...before } = cert;
  // Only if it still stands as read: of two officers revoking it at once, the second waits for the
  // first's row lock, then finds it revoked and is refused, instead of overwriting the first decision.
  const { count } = await tx.ocopCertificate.updateMany({
    where: { id: cert.id, status: cert.status },
    data: { status: "REVOKED", supersededById: null, revokedAt: dayToDate(parseDay(data.revokedOn)!), revocationDecisionNumber: data.decisionNumber, revocationReason: data.reason },
  });
  if (count === 0) throw new AppError("CONFLICT", "revoked meanwhile", { decisionNumber: "rules.alreadyRevoked" });
  const after = await tx.ocopCertificate.findUniqueOrThrow({ where: { id: cert.id } });
  await recordAudit(tx, viewer, { action: "certificate.revoke", entityType: "OcopCertificate", entityId: cert.id, before, after });
  return product.slug;
}

/**
 * Records the revocation decision of a certificate, valid, expired (provinces revoke certificates of
 * products not re-evaluated) or already superseded. The badge goes at once; the decisions it replaced
 * stay replaced.
 */
export async function revokeCertificate(viewer: Viewer | null, certificateId: string, input: unknown): Promise<void> {
  authorize(viewer, "certificate.record");
  const data = ZRevokeForm.parse(input);
  const slug = await db.$transaction(async (tx) => {
    const cert = await tx.ocopCertificate.findUnique({ where: { id: certificateId }, include: { product: { select: { slug: true } } } });
    if (!cert) throw new AppError("NOT_FOUND");
    await assertInScope(viewer, { producerId: cert.producerId });
    return writeRevocation(tx, viewer, cert, data);
  });
  invalidateProduct(slug);
}

/**
 * Records one revocation decision (a province's Quyết định, its number, day and reason) for several
 * certificates at once, as the list's bulk "Thu hồi" does: each is written and audited as a single
 * revocation would be, all in one transaction. Certificates already revoked or superseded meanwhile are
 * left alone (`bulkRevocationSkip`) and counted as skipped. An id unknown or outside the officer's
 * region refuses the whole decision (NOT_FOUND, nothing changed), like the single revocation; a day
 * the rules refuse for any of them refuses it too.
 */
export async function revokeCertificates(viewer: Viewer | null, ids: readonly string[], input: unknown): Promise<{ changed: number; skipped: number }> {
  authorize(viewer, "certificate.record");
  const data = ZRevokeForm.parse(input);
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return { changed: 0, skipped: 0 };
  const scope = await regionScopeOf(viewer);
  const slugs = await db.$transaction(async (tx) => {
    const certs = await tx.ocopCertificate.findMany({
      where: { ...scope.ofProducer(), id: { in: wanted } },
      include: { product: { select: { slug: true } } },
      orderBy: { id: "asc" },
    });
    if (certs.length !== wanted.length) throw new AppError("NOT_FOUND");
    const written: string[] = [];
    for (const cert of certs) if (!bulkRevocationSkip(cert.status)) written.push(await writeRevocation(tx, viewer, cert, data));
    return written;
  });
  if (slugs.length > 0) invalidateProducts(slugs);
  return { changed: slugs.length, skipped: wanted.length - slugs.length };
}

/**
 * Removes a certificate recorded in error (on the wrong product, or for a decision that does not
 * exist): unlike a revocation, which is a decision of the issuing body and stays in the public
 * history, an entry that never described a real decision of this product disappears from public view.
 * The audit log keeps the whole row and the reason, and officers still see it on the product's page.
 */
export async function removeCertificate(viewer: Viewer | null, certificateId: string, input: unknown): Promise<void> {
  authorize(viewer, "certificate.record");
  const data = ZRemoveForm.parse(input);
  const slug = await db.$transaction(async (tx) => {
    const cert = await tx.ocopCertificate.findUnique({ where: { id: certificateId }, include: { product: { select: { slug: true } }, producer: { select: { regionId: true } } } });
    if (!cert) throw new AppError("NOT_FOUND");
    await assertInScope(viewer, { producerId: cert.producerId });
    const { product, producer, ...before } = cert;
    await tx.ocopCertificate.updateMany({ where: { supersededById: cert.id }, data: { supersededById: null } });
    await tx.ocopCertificate.delete({ where: { id: cert.id } });
    await applySupersession(tx, cert.productId);
    // The row is gone: the entry's region is the producer's, given here.
    await recordAudit(tx, viewer, { action: "certificate.remove", entityType: "OcopCertificate", entityId: cert.id, regionId: producer.regionId, before, after: { reason: data.reason } });
    return product.slug;
  });
  invalidateProduct(slug);
}
