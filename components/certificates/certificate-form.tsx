"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState, type FormEvent } from "react";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form, useFormReply } from "@/components/forms/form";
import { CERTIFICATE_LEVELS, checkDecision, type CertificateLevel, type DecisionDraft, type RecordedDecision } from "@/lib/certificate-rules";
import type { IsoDay } from "@/lib/clock";
import { formatDay } from "@/lib/format";
import { textOf, type FormValues } from "@/lib/form-state";
import { correctCertificateAction, recordCertificateAction } from "@/server/certificates/actions";
import { ruleMessage } from "@/lib/certificate-rule-message";

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

interface Props {
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
}

function draftFrom(values: FormValues): DecisionDraft {
  const text = (name: string) => textOf(values, name).trim();
  const number = (name: string) => (text(name) !== "" && Number.isFinite(Number(text(name))) ? Number(text(name)) : null);
  const level = (CERTIFICATE_LEVELS as readonly string[]).includes(text("level")) ? (text("level") as CertificateLevel) : null;
  return {
    stars: number("stars"),
    score: number("score"),
    level,
    decisionDate: text("decisionDate") || null,
    decisionNumber: text("decisionNumber") || null,
    issuingBody: text("issuingBody") || null,
  };
}

/**
 * Records a decision, or corrects one (the form kit: every choice kept after an error, selects
 * included). The rules of lib/certificate-rules.ts run as the officer types — the same function the
 * use case runs before writing: refusals show at once, and warnings ask for a confirmation that is
 * posted with the form and kept with the certificate.
 */
export function CertificateForm(props: Props) {
  return (
    <Form
      action={props.mode === "record" ? recordCertificateAction : correctCertificateAction}
      locale={props.locale}
      initial={props.initial}
      className="grid max-w-3xl gap-4 sm:grid-cols-2"
    >
      <CertificateFields {...props} />
    </Form>
  );
}

/** Remounted with every reply (the kit's key), so what the officer typed starts from the reply's values. */
function CertificateFields({ locale, mode, targetId, others, today, revoked = false }: Props) {
  const t = useTranslations("certificates");
  const reply = useFormReply()!;
  const [typed, setTyped] = useState<FormValues>(reply.values);
  const check = useMemo(() => checkDecision(draftFrom(typed), { today, others }), [typed, today, others]);
  const onChange = (event: FormEvent<HTMLDivElement>) => {
    const form = event.currentTarget.closest("form");
    if (!form) return;
    const next: FormValues = {};
    for (const [key, value] of new FormData(form)) if (typeof value === "string") next[key] = value;
    setTyped(next);
  };

  const message = (issue: { code: string; params: Record<string, string | number> }) => ruleMessage(t as never, locale, issue);
  // A refusal the rules see as the officer types replaces the server's message for that field.
  const ruleError = (field: string) => {
    const issue = check.errors.find((i) => i.field === field);
    const text = issue ? message(issue) : undefined;
    return text === reply.fieldErrors[field] ? undefined : text;
  };
  // Warnings to confirm: the live ones follow the edits; without JavaScript, the server's.
  const warnings = check.warnings.length > 0 ? check.warnings.map((w) => ({ code: w.code, message: message(w) })) : reply.warnings;
  const codes = warnings.map((w) => w.code).join(",");
  const [confirmedCodes, setConfirmedCodes] = useState<string | null>(textOf(reply.values, "confirmed") || null);
  const confirmed = codes !== "" && confirmedCodes === codes;
  const pendingScan = textOf(reply.values, "pendingScan");
  const id = (name: string) => `${reply.id}-${name}`;

  return (
    <div className="contents" onChange={onChange}>
      <input type="hidden" name={mode === "record" ? "productId" : "certificateId"} value={targetId} />
      {pendingScan ? <input type="hidden" name="pendingScan" value={pendingScan} /> : null}
      <div className="sm:col-span-2">
        <FormMessages />
      </div>

      <Field name="stars" label={t("fields.stars")} required>
        <option value="">{t("fields.select")}</option>
        {["3", "4", "5"].map((s) => (
          <option key={s} value={s}>
            {s}★
          </option>
        ))}
      </Field>
      <RuleError text={ruleError("stars")} />
      <Field name="level" label={t("fields.level")} required>
        <option value="">{t("fields.select")}</option>
        {CERTIFICATE_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`levels.${level}`)}
          </option>
        ))}
      </Field>
      <RuleError text={ruleError("level")} />
      <Field name="score" type="number" min={0} max={100} label={t("fields.score")} hint={t("fields.scoreHint")} />
      <RuleError text={ruleError("score")} />
      <Field
        name="decisionDate"
        type="date"
        max={today}
        label={t("fields.decisionDate")}
        hint={check.validUntil ? t("fields.validUntilPreview", { date: formatDay(check.validUntil, locale) }) : undefined}
        required
      />
      <RuleError text={ruleError("decisionDate")} />
      <Field name="decisionNumber" label={t("fields.decisionNumber")} hint={t("fields.decisionNumberHint")} required />
      <RuleError text={ruleError("decisionNumber")} />
      <Field name="issuingBody" label={t("fields.issuingBody")} hint={t("fields.issuingBodyHint")} required />
      <Field name="productNameOnDecision" label={t("fields.productNameOnDecision")} required />
      <Field name="producerNameOnDecision" label={t("fields.producerNameOnDecision")} required />
      <div className="sm:col-span-2">
        <Field name="addressOnDecision" label={t("fields.addressOnDecision")} hint={t("fields.addressHint")} required />
      </div>
      <div className="sm:col-span-2">
        <Field name="categoryOnDecision" label={t("fields.categoryOnDecision")} hint={t("fields.categoryHint")} />
      </div>
      <div className="sm:col-span-2">
        <Field
          name="scan"
          type="file"
          accept="application/pdf,image/jpeg,image/png,image/webp,image/avif"
          label={t("fields.scan")}
          hint={pendingScan ? t("fields.scanKept", { type: pendingScan.endsWith(".pdf") ? "PDF" : "WebP" }) : t("fields.scanHint")}
        />
      </div>
      {mode === "correct" && revoked ? (
        <>
          <Field name="revocationDecisionNumber" label={t("fields.revocationNumber")} required />
          <Field name="revokedOn" type="date" max={today} label={t("fields.revokedOn")} required />
          <div className="sm:col-span-2">
            <Field name="revocationReason" label={t("fields.revocationReason")} required />
          </div>
        </>
      ) : null}
      {mode === "correct" ? (
        <div className="sm:col-span-2">
          <Field name="reason" multiline rows={2} label={t("fields.correctionReason")} required />
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
              className="mt-1 h-5 w-5 accent-brand-700"
            />
            {t("warnings.confirm")}
          </label>
        </div>
      ) : null}

      <div className="sm:col-span-2">
        <SubmitButton>
          {mode === "record"
            ? t(warnings.length > 0 ? "actions.recordConfirmed" : "actions.record")
            : t(warnings.length > 0 ? "actions.saveCorrectionConfirmed" : "actions.saveCorrection")}
        </SubmitButton>
      </div>
    </div>
  );
}

/** What the rules refuse as the officer types, under the field (the server says the same on posting). */
function RuleError({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <p role="status" className="text-sm font-semibold text-red-800 sm:col-span-2">
      {text}
    </p>
  );
}
