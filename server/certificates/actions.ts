"use server";
import { parseIds, returnSearch } from "@/lib/list-query";
import { getViewer } from "@/server/auth/session";
import { formAction, type FormReply, type SubmittedForm } from "@/server/infra/forms";
import { describeRuleFailure, ruleMessageFormatter } from "./messages";
import { correctCertificate, recordCertificate, removeCertificate, revokeCertificate, revokeCertificates, type DecisionOutcome } from "./mutations";

/**
 * What the form shows after recording or correcting: the warnings to confirm (nothing saved), or the
 * notice. A scan stored by this post goes back into the form's values, so that a post for an error
 * or a warning never makes the officer choose the file again.
 */
async function replyTo(form: SubmittedForm, outcome: DecisionOutcome, notice: string): Promise<FormReply> {
  if (outcome.scan) form.values.pendingScan = outcome.scan.key;
  if (!outcome.written) {
    const message = await ruleMessageFormatter(form.locale);
    return { confirm: outcome.warnings.map((w) => ({ code: w.code, message: message(w) })) };
  }
  return { notice };
}

/** The kit keeps the posted values after a refusal; the stored scan's key travels in the error. */
function keepScan(form: SubmittedForm, error: unknown): never {
  const key = (error as { details?: { pendingScan?: unknown } })?.details?.pendingScan;
  if (typeof key === "string") form.values.pendingScan = key;
  throw error;
}

export const recordCertificateAction = formAction(
  async (form) => {
    const outcome = await recordCertificate(await getViewer(), form.values, await form.file("scan")).catch((error) => keepScan(form, error));
    return replyTo(form, outcome, outcome.written && outcome.status !== "VALID" ? "certificates.notices.recordedHistory" : "certificates.notices.recorded");
  },
  { describe: describeRuleFailure },
);

export const correctCertificateAction = formAction(
  async (form) => {
    const outcome = await correctCertificate(await getViewer(), form.text("certificateId"), form.values, await form.file("scan")).catch((error) => keepScan(form, error));
    const reply = await replyTo(form, outcome, "certificates.notices.corrected");
    return reply && "notice" in reply ? { ...reply, keep: true } : reply;
  },
  { describe: describeRuleFailure },
);

export const revokeCertificateAction = formAction(
  async (form) => {
    await revokeCertificate(await getViewer(), form.text("certificateId"), form.values);
    return { notice: "certificates.notices.revoked" };
  },
  { describe: describeRuleFailure },
);

/** The confirmed bulk "Thu hồi" of the certificates list: one decision for the picked certificates, then back to the list. */
export const revokeCertificatesAction = formAction(
  async (form) => {
    const result = await revokeCertificates(await getViewer(), parseIds(form.list("ids")), form.values);
    return { redirect: `/admin/certificates${returnSearch(form.text("back"), { done: "revoke", count: result.changed, skipped: result.skipped })}` };
  },
  { describe: describeRuleFailure },
);

export const removeCertificateAction = formAction(async (form) => {
  await removeCertificate(await getViewer(), form.text("certificateId"), form.values);
  return { notice: "certificates.notices.removed" };
});
