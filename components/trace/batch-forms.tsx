"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Checkbox, Field, FormMessages, SubmitButton, useField } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { textOf, type FormValues } from "@/lib/form-state";
import { CERTIFICATION_KINDS, TRACE_EVENT_TYPES } from "@/lib/trace-kinds";
import {
  addCertificationAction,
  addLabTestAction,
  addTraceEventAction,
  createBatchAction,
  deleteCertificationAction,
  deleteLabTestAction,
  deleteTraceEventAction,
  updateCertificationAction,
  updateLabTestAction,
  updateTraceEventAction,
} from "@/server/trace/actions";

export function NewBatchForm({ locale, products, today }: { locale: string; products: { id: string; name: string }[]; today: string }) {
  const t = useTranslations("trace.studio");
  return (
    <Form action={createBatchAction} locale={locale} initial={{ isPublic: "on" }} className="grid max-w-2xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2"><FormMessages /></div>
      <Field name="productId" label={t("product")} required>
        {products.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
      </Field>
      <Field name="lotCode" label={t("lotCode")} hint={t("lotCodeHint")} required />
      <Field name="productionDate" type="date" label={t("productionDate")} required max={today} />
      <Field name="expiryDate" type="date" label={t("expiryDate")} />
      <Field name="quantity" type="number" min={0} label={t("quantity")} required />
      <Field name="quantityUnit" label={t("quantityUnit")} />
      <Field name="growingArea" label={t("growingArea")} />
      <Field name="growingAreaCode" label={t("growingAreaCode")} />
      <div className="font-semibold sm:col-span-2"><Checkbox name="isPublic" label={t("isPublic")} /></div>
      <div><SubmitButton>{t("create")}</SubmitButton></div>
    </Form>
  );
}

export interface EventRecord {
  id: string;
  type: string;
  occurredOn: string;
  place: string;
  actor: string;
  note: string;
  hasEvidence: boolean;
}

/** Adds an event, or corrects one (`record`) with an optional reason kept in the batch's history. */
export function TraceEventForm({ locale, batchId, today, record }: { locale: string; batchId: string; today: string; record?: EventRecord }) {
  const t = useTranslations("trace");
  const initial: FormValues = record ? { type: record.type, occurredOn: record.occurredOn, place: record.place, actor: record.actor, note: record.note } : {};
  return (
    <Form
      action={record ? updateTraceEventAction : addTraceEventAction}
      locale={locale}
      initial={initial}
      label={record ? t("studio.editEvent") : t("studio.addEvent")}
      className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2"
    >
      <input type="hidden" name="batchId" value={batchId} />
      {record ? <input type="hidden" name="recordId" value={record.id} /> : null}
      <div className="sm:col-span-2"><FormMessages /></div>
      <Field name="type" label={t("studio.eventType")} required>
        {TRACE_EVENT_TYPES.map((type) => <option key={type} value={type}>{t(`events.${type}`)}</option>)}
      </Field>
      <Field name="occurredOn" type="date" label={t("studio.date")} hint={t("studio.pastDateHint")} required max={today} />
      <Field name="place" label={t("studio.place")} required />
      <Field name="actor" label={t("studio.actor")} required />
      <div className="sm:col-span-2"><Field name="note" label={t("studio.note")} multiline rows={2} /></div>
      <Field name="evidence" type="file" accept="image/jpeg,image/png,image/webp,application/pdf" label={record ? t("studio.evidenceReplace") : t("studio.evidence")} hint={t("studio.evidenceHint")} />
      {record?.hasEvidence ? <div className="self-end"><Checkbox name="removeEvidence" label={t("studio.removeEvidence")} /></div> : null}
      {record ? <div className="sm:col-span-2"><Field name="reason" label={t("studio.correctionReason")} /></div> : null}
      <div><SubmitButton>{record ? t("studio.saveCorrection") : t("studio.addEvent")}</SubmitButton></div>
    </Form>
  );
}

export interface LabRecord {
  id: string;
  indicator: string;
  value: string;
  unit: string;
  limit: string;
  lab: string;
  testedOn: string;
  passed: boolean;
}

/**
 * "Đạt?" with, as soon as "Không đạt" is chosen on a public batch, the warning that every buyer who
 * scans the label will see it and the confirmation the server requires too.
 */
function LabVerdict({ batchPublic, wasFailed }: { batchPublic: boolean; wasFailed: boolean }) {
  const t = useTranslations("trace");
  const { values } = useField("passed");
  const confirm = useField("confirmPublic");
  const [passed, setPassed] = useState(textOf(values, "passed") || "yes");
  const warn = passed === "no" && batchPublic && !wasFailed;
  return (
    <>
      {/* A change inside bubbles here (React's onChange does), so the kit's select stays as it is. */}
      <div onChange={(event) => setPassed((event.target as unknown as HTMLSelectElement).value)}>
        <Field name="passed" label={t("studio.passedQ")} required defaultValue="yes">
          <option value="yes">{t("studio.yes")}</option>
          <option value="no">{t("studio.no")}</option>
        </Field>
      </div>
      {warn || confirm.error ? (
        <div role="alert" className="space-y-2 rounded border border-amber-700 bg-amber-50 p-3 sm:col-span-3">
          <p className="font-semibold">{t("studio.failedPublicWarning")}</p>
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              name="confirmPublic"
              className="mt-1"
              aria-invalid={confirm.error ? true : undefined}
              aria-describedby={confirm.error ? `${confirm.id}-error` : undefined}
            />
            <span>{t("studio.failedPublicConfirm")}</span>
          </label>
          {confirm.error ? <p id={`${confirm.id}-error`} className="text-sm font-semibold text-red-800">{confirm.error}</p> : null}
          <p className="text-sm">{t("studio.failedPublicAlternative")}</p>
        </div>
      ) : null}
    </>
  );
}

/**
 * Adds or corrects a lab result. A failed result on a public batch is shown to every buyer who scans
 * the label: the form says so as soon as "Không đạt" is chosen and asks for a confirmation, which the
 * server requires too.
 */
export function LabTestForm({ locale, batchId, batchPublic, today, record }: { locale: string; batchId: string; batchPublic: boolean; today: string; record?: LabRecord }) {
  const t = useTranslations("trace");
  const initial: FormValues = record
    ? { indicator: record.indicator, value: record.value, unit: record.unit, limit: record.limit, lab: record.lab, testedOn: record.testedOn, passed: record.passed ? "yes" : "no" }
    : {};
  return (
    <Form
      action={record ? updateLabTestAction : addLabTestAction}
      locale={locale}
      initial={initial}
      label={record ? t("studio.editLab") : t("studio.addLab")}
      className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-3"
    >
      <input type="hidden" name="batchId" value={batchId} />
      {record ? <input type="hidden" name="recordId" value={record.id} /> : null}
      <div className="sm:col-span-3"><FormMessages /></div>
      <Field name="indicator" label={t("indicator")} required />
      <Field name="value" label={t("value")} required />
      <Field name="unit" label={t("studio.quantityUnit")} />
      <Field name="limit" label={t("limit")} />
      <Field name="lab" label={t("lab")} required />
      <Field name="testedOn" type="date" label={t("studio.date")} required max={today} />
      <LabVerdict batchPublic={batchPublic} wasFailed={!!record && !record.passed} />
      {record ? <div className="sm:col-span-3"><Field name="reason" label={t("studio.correctionReason")} /></div> : null}
      <div className="self-end"><SubmitButton>{record ? t("studio.saveCorrection") : t("studio.addLab")}</SubmitButton></div>
    </Form>
  );
}

export interface CertificationRecord {
  id: string;
  kind: string;
  number: string;
  issuer: string;
  validFrom: string;
  validUntil: string;
}

export function CertificationForm({ locale, batchId, record }: { locale: string; batchId: string; record?: CertificationRecord }) {
  const t = useTranslations("trace");
  const initial: FormValues = record ? { kind: record.kind, number: record.number, issuer: record.issuer, validFrom: record.validFrom, validUntil: record.validUntil } : {};
  return (
    <Form
      action={record ? updateCertificationAction : addCertificationAction}
      locale={locale}
      initial={initial}
      label={record ? t("studio.editCertification") : t("studio.addCertification")}
      className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-3"
    >
      <input type="hidden" name="batchId" value={batchId} />
      {record ? <input type="hidden" name="recordId" value={record.id} /> : null}
      <div className="sm:col-span-3"><FormMessages /></div>
      <Field name="kind" label={t("studio.kind")} required>
        {CERTIFICATION_KINDS.map((kind) => <option key={kind} value={kind}>{t(`kinds.${kind}`)}</option>)}
      </Field>
      <Field name="number" label={t("studio.certNumber")} required />
      <Field name="issuer" label={t("studio.issuer")} required />
      <Field name="validFrom" type="date" label={t("studio.validFrom")} />
      <Field name="validUntil" type="date" label={t("studio.validUntilLabel")} />
      {record ? <div className="sm:col-span-3"><Field name="reason" label={t("studio.correctionReason")} /></div> : null}
      <div className="self-end"><SubmitButton>{record ? t("studio.saveCorrection") : t("studio.addCertification")}</SubmitButton></div>
    </Form>
  );
}

const DELETE_ACTIONS = { event: deleteTraceEventAction, lab: deleteLabTestAction, certification: deleteCertificationAction } as const;

/** Removes a record with the reason, which the batch's history keeps with the record as it was. */
export function DeleteRecordForm({ locale, batchId, recordId, kind, label }: { locale: string; batchId: string; recordId: string; kind: keyof typeof DELETE_ACTIONS; label: string }) {
  const t = useTranslations("trace.studio");
  return (
    <Form action={DELETE_ACTIONS[kind]} locale={locale} label={label} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="recordId" value={recordId} />
      <div className="min-w-60 flex-1">
        <Field name="reason" label={t("deleteReason")} />
      </div>
      <SubmitButton variant="danger">{label}</SubmitButton>
    </Form>
  );
}
