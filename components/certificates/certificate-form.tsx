"use client";

import { useTranslations } from "next-intl";
import { useActionState, useMemo, useState, type FormEvent } from "react";
import { Field, FormMessages } from "@/components/forms/field";
import { CERTIFICATE_LEVELS, checkDecision, type CertificateLevel, type DecisionDraft, type RecordedDecision } from "@/lib/certificate-rules";
import type { IsoDay } from "@/lib/clock";
import { formatDay } from "@/lib/format";
import { correctCertificateAction, recordCertificateAction } from "@/server/certificates/actions";
import { EMPTY_CERTIFICATE_FORM_STATE } from "./form-state";
import { ruleMessage } from "./rule-message";

/** The values the form starts from (the printed names for a new decision; the recorded facts for a correction). */
export type CertificateFormValues = Partial<Record<
  | "stars"
  | "score"
  | "level"
  | "decisionNumber"
  | "decisionDate"
  | "issuingBody"
  | "productNameOnDecision"
  | "producerNameOnDecision"
  | "addressOnDecision"
  | "categoryOnDecision"
  | "revocationDecisionNumber"
  | "revokedOn"
  | "revocationReason",
  string
>>;

function draftFrom(values: Record<string, string | undefined>): DecisionDraft {
  const number = (v: string | undefined) => (v && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : null);
  const level = values.level && (CERTIFICATE_LEVELS as readonly string[]).includes(values.level) ? (values.level as CertificateLevel) : null;
  return {
    stars: number(values.stars),
    score: number(values.score),
    level,
    decisionDate: values.decisionDate || null,
    decisionNumber: values.decisionNumber || null,
    issuingBody: values.issuingBody || null,
  };
}

/**
 * Records a decision, or corrects one. The rules of lib/certificate-rules.ts run as the officer types
 * (the same function the server runs before writing): refusals show at once, warnings ask for a
 * confirmation. After an answer from the server the form is remounted with exactly what was posted,
 * so every choice — stars and level included — is kept after an error.
 */
export function CertificateForm({
  locale,
  mode,
  targetId,
  initial,
  others,
  today,
  revoked = false,
}: {
  locale: string;
  mode: "record" | "correct";
  /** The product (record) or the certificate (correct). */
  targetId: string;
  initial: CertificateFormValues;
  /** The product's other decisions, for the checks that compare with them. */
  others: RecordedDecision[];
  today: IsoDay;
  /** Correcting a revoked certificate: its revocation's facts are editable too. */
  revoked?: boolean;
}) {
  const t = useTranslations("certificates");
  const [state, action] = useActionState(mode === "record" ? recordCertificateAction : correctCertificateAction, EMPTY_CERTIFICATE_FORM_STATE);
  const values: Record<string, string | undefined> = state.round > 0 ? state.values : initial;
  const prefix = mode === "record" ? `record-${targetId}` : `correct-${targetId}`;
  const id = (name: string) => `${prefix}-${name}`;
  const e = state.fieldErrors;

  // What the officer has typed so far, for the live check; reset to the posted values on every answer.
  const [typed, setTyped] = useState<{ round: number; values: Record<string, string | undefined> }>({ round: state.round, values });
  const current = typed.round === state.round ? typed.values : values;
  const check = useMemo(() => checkDecision(draftFrom(current), { today, others }), [current, today, others]);
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const data = new FormData(event.currentTarget);
    const next: Record<string, string> = {};
    for (const [key, value] of data) if (typeof value === "string") next[key] = value;
    setTyped({ round: state.round, values: next });
  };

  const message = (issue: { code: string; params: Record<string, string | number> }) => ruleMessage(t as never, locale, issue);
  const liveError = (field: string) => {
    const issue = check.errors.find((i) => i.field === field);
    return issue ? message(issue) : undefined;
  };
  const fieldError = (field: string) => liveError(field) ?? e[field];
  // Warnings to confirm: the live ones (they follow the edits); without JavaScript, the server's.
  const warnings = check.warnings.length > 0 ? check.warnings.map((w) => ({ code: w.code, message: message(w) })) : state.warnings;
  const codes = warnings.map((w) => w.code).join(",");
  const [confirmedCodes, setConfirmedCodes] = useState<string | null>(null);
  const confirmed = codes !== "" && confirmedCodes === codes;

  return (
    <form key={state.round} action={action} onChange={onChange} className="grid max-w-3xl gap-4 sm:grid-cols-2" noValidate encType="multipart/form-data">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name={mode === "record" ? "productId" : "certificateId"} value={targetId} />
      {state.pendingScan ? <input type="hidden" name="pendingScan" value={state.pendingScan.key} /> : null}
      <div className="sm:col-span-2">
        <FormMessages formError={state.formError} notice={state.notice} />
      </div>

      <Field id={id("stars")} name="stars" label={t("fields.stars")} required defaultValue={values.stars ?? ""} error={fieldError("stars")}>
        <option value="">{t("fields.select")}</option>
        {["3", "4", "5"].map((s) => (
          <option key={s} value={s}>
            {s}★
          </option>
        ))}
      </Field>
      <Field id={id("level")} name="level" label={t("fields.level")} required defaultValue={values.level ?? ""} error={fieldError("level")}>
        <option value="">{t("fields.select")}</option>
        {CERTIFICATE_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`levels.${level}`)}
          </option>
        ))}
      </Field>
      <Field id={id("score")} name="score" type="number" min={0} max={100} label={t("fields.score")} hint={t("fields.scoreHint")} defaultValue={values.score ?? ""} error={fieldError("score")} />
      <Field
        id={id("decisionDate")}
        name="decisionDate"
        type="date"
        label={t("fields.decisionDate")}
        hint={check.validUntil ? t("fields.validUntilPreview", { date: formatDay(check.validUntil, locale) }) : undefined}
        required
        defaultValue={values.decisionDate ?? ""}
        error={fieldError("decisionDate")}
        max={today}
      />
      <Field id={id("decisionNumber")} name="decisionNumber" label={t("fields.decisionNumber")} hint={t("fields.decisionNumberHint")} required defaultValue={values.decisionNumber ?? ""} error={fieldError("decisionNumber")} />
      <Field id={id("issuingBody")} name="issuingBody" label={t("fields.issuingBody")} hint={t("fields.issuingBodyHint")} required defaultValue={values.issuingBody ?? ""} error={fieldError("issuingBody")} />
      <Field id={id("productNameOnDecision")} name="productNameOnDecision" label={t("fields.productNameOnDecision")} required defaultValue={values.productNameOnDecision ?? ""} error={e.productNameOnDecision} />
      <Field id={id("producerNameOnDecision")} name="producerNameOnDecision" label={t("fields.producerNameOnDecision")} required defaultValue={values.producerNameOnDecision ?? ""} error={e.producerNameOnDecision} />
      <div className="sm:col-span-2">
        <Field id={id("addressOnDecision")} name="addressOnDecision" label={t("fields.addressOnDecision")} hint={t("fields.addressHint")} required defaultValue={values.addressOnDecision ?? ""} error={e.addressOnDecision} />
      </div>
      <div className="sm:col-span-2">
        <Field id={id("categoryOnDecision")} name="categoryOnDecision" label={t("fields.categoryOnDecision")} hint={t("fields.categoryHint")} defaultValue={values.categoryOnDecision ?? ""} error={e.categoryOnDecision} />
      </div>
      <div className="sm:col-span-2">
        <Field
          id={id("scan")}
          name="scan"
          type="file"
          accept="application/pdf,image/jpeg,image/png,image/webp,image/avif"
          label={t("fields.scan")}
          hint={state.pendingScan ? t("fields.scanKept", { type: state.pendingScan.type === "application/pdf" ? "PDF" : "WebP" }) : t("fields.scanHint")}
          error={e.scan}
        />
      </div>
      {mode === "correct" && revoked ? (
        <>
          <Field id={id("revocationDecisionNumber")} name="revocationDecisionNumber" label={t("fields.revocationNumber")} required defaultValue={values.revocationDecisionNumber ?? ""} error={e.revocationDecisionNumber} />
          <Field id={id("revokedOn")} name="revokedOn" type="date" label={t("fields.revokedOn")} required defaultValue={values.revokedOn ?? ""} error={e.revokedOn} />
          <div className="sm:col-span-2">
            <Field id={id("revocationReason")} name="revocationReason" label={t("fields.revocationReason")} required defaultValue={values.revocationReason ?? ""} error={e.revocationReason} />
          </div>
        </>
      ) : null}
      {mode === "correct" ? (
        <div className="sm:col-span-2">
          <Field id={id("reason")} name="reason" multiline rows={2} label={t("fields.correctionReason")} required defaultValue={values.reason ?? ""} error={e.reason} />
        </div>
      ) : null}

      {warnings.length > 0 ? (
        <div role="region" aria-labelledby={id("warnings")} className="space-y-2 rounded border border-amber-600 bg-amber-50 p-3 sm:col-span-2">
          <h3 id={id("warnings")} className="font-bold text-amber-900">
            {t("warnings.title")}
          </h3>
          <p className="text-sm">{t("warnings.intro")}</p>
          <ul className="list-disc space-y-1 pl-6">
            {warnings.map((w) => (
              <li key={w.code}>{w.message}</li>
            ))}
          </ul>
          <label className="flex items-start gap-2 font-semibold">
            <input
              type="checkbox"
              name="confirmed"
              value={codes}
              checked={confirmed}
              onChange={(event) => setConfirmedCodes(event.currentTarget.checked ? codes : null)}
              className="mt-1"
            />
            {t("warnings.confirm")}
          </label>
        </div>
      ) : null}

      <div className="sm:col-span-2">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-900">
          {mode === "record" ? t(warnings.length > 0 ? "actions.recordConfirmed" : "actions.record") : t(warnings.length > 0 ? "actions.saveCorrectionConfirmed" : "actions.saveCorrection")}
        </button>
      </div>
    </form>
  );
}
