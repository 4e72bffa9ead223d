"use server";
import { getTranslations } from "next-intl/server";
import { ZodError } from "zod";
import type { CertificateFormState } from "@/components/certificates/form-state";
import { isAppError } from "@/lib/errors";
import { getViewer } from "@/server/auth/session";
import { formValues, localeOf } from "@/server/infra/forms";
import { correctCertificate, recordCertificate, removeCertificate, revokeCertificate, type DecisionOutcome } from "./mutations";
import { ruleMessageFormatter } from "./messages";

async function fileOf(formData: FormData, name: string): Promise<Buffer | null> {
  const file = formData.get(name);
  return file instanceof File && file.size > 0 ? Buffer.from(await file.arrayBuffer()) : null;
}

const round = (previous: CertificateFormState) => (previous.round ?? 0) + 1;

/** Not written: the officer must confirm the warnings. Everything typed (and the scan) is kept. */
async function warningState(previous: CertificateFormState, values: Record<string, string>, outcome: Extract<DecisionOutcome, { written: false }>, locale: "vi" | "en"): Promise<CertificateFormState> {
  const message = await ruleMessageFormatter(locale);
  return {
    values,
    fieldErrors: {},
    formError: null,
    notice: null,
    warnings: outcome.warnings.map((w) => ({ code: w.code, message: message(w) })),
    pendingScan: outcome.scan,
    round: round(previous),
  };
}

/**
 * A refusal: messages next to their fields in the user's language (with the rule's values: the score
 * band, the dates), everything typed kept, and the scan stored by this submission kept too.
 */
async function failureState(previous: CertificateFormState, error: unknown, values: Record<string, string>, locale: "vi" | "en"): Promise<CertificateFormState> {
  const tForms = await getTranslations({ locale, namespace: "forms" });
  const tErrors = await getTranslations({ locale, namespace: "errors" });
  const message = await ruleMessageFormatter(locale);
  const fieldErrors: Record<string, string> = {};
  const formKey = (key: string) => (tForms.has(key) ? tForms(key) : tForms("invalid"));
  let formError: string;
  let pendingScan: CertificateFormState["pendingScan"] = null;
  if (error instanceof ZodError) {
    for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= formKey(issue.message);
    formError = tErrors("VALIDATION");
  } else if (isAppError(error)) {
    const details = error.details ?? {};
    const rules = Array.isArray(details.rules) ? (details.rules as { code: string; field: string; params: Record<string, string | number> }[]) : [];
    for (const issue of rules) fieldErrors[issue.field] ??= message(issue);
    for (const [field, key] of Object.entries(details)) {
      if (field === "rules" || field === "pendingScan" || typeof key !== "string") continue;
      fieldErrors[field] ??= key.startsWith("rules.") ? message({ code: key.slice(6), params: {} }) : formKey(key);
    }
    if (typeof details.pendingScan === "string") {
      pendingScan = { key: details.pendingScan, type: details.pendingScan.endsWith(".pdf") ? "application/pdf" : "image/webp" };
    }
    formError = tErrors(error.code);
  } else {
    throw error;
  }
  return { values, fieldErrors, formError, notice: null, warnings: [], pendingScan, round: round(previous) };
}

export async function recordCertificateAction(previous: CertificateFormState, formData: FormData): Promise<CertificateFormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    const outcome = await recordCertificate(await getViewer(), values, await fileOf(formData, "scan"));
    if (!outcome.written) return await warningState(previous, values, outcome, locale);
    const t = await getTranslations({ locale, namespace: "certificates.notices" });
    // The form starts again empty except for what belongs to the product (its printed names).
    const kept = { productNameOnDecision: values.productNameOnDecision, producerNameOnDecision: values.producerNameOnDecision, addressOnDecision: values.addressOnDecision };
    return { values: kept, fieldErrors: {}, formError: null, notice: t(outcome.status === "VALID" ? "recorded" : "recordedHistory"), warnings: [], pendingScan: null, round: round(previous) };
  } catch (error) {
    return failureState(previous, error, values, locale);
  }
}

export async function correctCertificateAction(previous: CertificateFormState, formData: FormData): Promise<CertificateFormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    const outcome = await correctCertificate(await getViewer(), values.certificateId, values, await fileOf(formData, "scan"));
    if (!outcome.written) return await warningState(previous, values, outcome, locale);
    const t = await getTranslations({ locale, namespace: "certificates.notices" });
    return { values: { ...values, reason: "", confirmed: "" }, fieldErrors: {}, formError: null, notice: t("corrected"), warnings: [], pendingScan: null, round: round(previous) };
  } catch (error) {
    return failureState(previous, error, values, locale);
  }
}

export async function revokeCertificateAction(previous: CertificateFormState, formData: FormData): Promise<CertificateFormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await revokeCertificate(await getViewer(), values.certificateId, values);
    const t = await getTranslations({ locale, namespace: "certificates.notices" });
    return { values: {}, fieldErrors: {}, formError: null, notice: t("revoked"), warnings: [], pendingScan: null, round: round(previous) };
  } catch (error) {
    return failureState(previous, error, values, locale);
  }
}

export async function removeCertificateAction(previous: CertificateFormState, formData: FormData): Promise<CertificateFormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await removeCertificate(await getViewer(), values.certificateId, values);
    const t = await getTranslations({ locale, namespace: "certificates.notices" });
    return { values: {}, fieldErrors: {}, formError: null, notice: t("removed"), warnings: [], pendingScan: null, round: round(previous) };
  } catch (error) {
    return failureState(previous, error, values, locale);
  }
}
