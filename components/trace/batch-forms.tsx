"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { EMPTY_FORM_STATE } from "@/components/forms/form-state";
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
import { CERTIFICATION_KINDS, TRACE_EVENT_TYPES } from "@/server/trace/schemas";

/** Ids of a form's fields: several forms on the batch page have fields of the same name. */
const fieldId = (formId: string, name: string) => `${formId}-${name}`;

export function NewBatchForm({ locale, products, today }: { locale: string; products: { id: string; name: string }[]; today: string }) {
  const t = useTranslations("trace.studio");
  const [state, action] = useActionState(createBatchAction, EMPTY_FORM_STATE);
  const v = state.values;
  const e = state.fieldErrors;
  return (
    // Keyed by what the server sent back: after an error every field, the product too, shows it.
    <form key={JSON.stringify(v)} action={action} className="grid max-w-2xl gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <div className="sm:col-span-2"><FormMessages formError={state.formError} /></div>
      <Field name="productId" label={t("product")} required defaultValue={v.productId} error={e.productId}>
        {products.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
      </Field>
      <Field name="lotCode" label={t("lotCode")} hint={t("lotCodeHint")} required defaultValue={v.lotCode} error={e.lotCode} />
      <Field name="productionDate" type="date" label={t("productionDate")} required defaultValue={v.productionDate} error={e.productionDate} max={today} />
      <Field name="expiryDate" type="date" label={t("expiryDate")} defaultValue={v.expiryDate} error={e.expiryDate} />
      <Field name="quantity" type="number" min={0} label={t("quantity")} required defaultValue={v.quantity} error={e.quantity} />
      <Field name="quantityUnit" label={t("quantityUnit")} defaultValue={v.quantityUnit} error={e.quantityUnit} />
      <Field name="growingArea" label={t("growingArea")} defaultValue={v.growingArea} error={e.growingArea} />
      <Field name="growingAreaCode" label={t("growingAreaCode")} defaultValue={v.growingAreaCode} error={e.growingAreaCode} />
      <label className="flex items-center gap-2 font-semibold sm:col-span-2">
        <input type="checkbox" name="isPublic" defaultChecked={v.isPublic !== undefined ? v.isPublic === "on" : true} /> {t("isPublic")}
      </label>
      <div><SubmitButton>{t("create")}</SubmitButton></div>
    </form>
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
  const [state, action] = useActionState(record ? updateTraceEventAction : addTraceEventAction, EMPTY_FORM_STATE);
  const v: Record<string, string> = { ...(record ? { type: record.type, occurredOn: record.occurredOn, place: record.place, actor: record.actor, note: record.note } : {}), ...state.values };
  const e = state.fieldErrors;
  const formId = record ? `event-${record.id}` : "event-new";
  return (
    <form key={JSON.stringify(state.values)} action={action} aria-label={record ? t("studio.editEvent") : t("studio.addEvent")} className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2" noValidate encType="multipart/form-data">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="batchId" value={batchId} />
      {record ? <input type="hidden" name="recordId" value={record.id} /> : null}
      <div className="sm:col-span-2"><FormMessages formError={state.formError} /></div>
      <Field id={fieldId(formId, "type")} name="type" label={t("studio.eventType")} required defaultValue={v.type} error={e.type}>
        {TRACE_EVENT_TYPES.map((type) => <option key={type} value={type}>{t(`events.${type}`)}</option>)}
      </Field>
      <Field id={fieldId(formId, "occurredOn")} name="occurredOn" type="date" label={t("studio.date")} hint={t("studio.pastDateHint")} required defaultValue={v.occurredOn} error={e.occurredOn} max={today} />
      <Field id={fieldId(formId, "place")} name="place" label={t("studio.place")} required defaultValue={v.place} error={e.place} />
      <Field id={fieldId(formId, "actor")} name="actor" label={t("studio.actor")} required defaultValue={v.actor} error={e.actor} />
      <div className="sm:col-span-2"><Field id={fieldId(formId, "note")} name="note" label={t("studio.note")} multiline rows={2} defaultValue={v.note} error={e.note} /></div>
      <Field id={fieldId(formId, "evidence")} name="evidence" type="file" accept="image/jpeg,image/png,image/webp,application/pdf" label={record ? t("studio.evidenceReplace") : t("studio.evidence")} hint={t("studio.evidenceHint")} error={e.evidence} />
      {record?.hasEvidence ? (
        <label className="flex items-center gap-2 self-end">
          <input type="checkbox" name="removeEvidence" /> {t("studio.removeEvidence")}
        </label>
      ) : null}
      {record ? <div className="sm:col-span-2"><Field id={fieldId(formId, "reason")} name="reason" label={t("studio.correctionReason")} defaultValue={v.reason} error={e.reason} /></div> : null}
      <div><SubmitButton>{record ? t("studio.saveCorrection") : t("studio.addEvent")}</SubmitButton></div>
    </form>
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
 * Adds or corrects a lab result. A failed result on a public batch is shown to every buyer who scans
 * the label: the form says so as soon as "Không đạt" is chosen and asks for a confirmation, which the
 * server requires too.
 */
export function LabTestForm({ locale, batchId, batchPublic, today, record }: { locale: string; batchId: string; batchPublic: boolean; today: string; record?: LabRecord }) {
  const t = useTranslations("trace");
  const [state, action] = useActionState(record ? updateLabTestAction : addLabTestAction, EMPTY_FORM_STATE);
  const v: Record<string, string> = {
    ...(record ? { indicator: record.indicator, value: record.value, unit: record.unit, limit: record.limit, lab: record.lab, testedOn: record.testedOn, passed: record.passed ? "yes" : "no" } : {}),
    ...state.values,
  };
  const e = state.fieldErrors;
  const [passed, setPassed] = useState(v.passed || "yes");
  const formId = record ? `lab-${record.id}` : "lab-new";
  const warn = passed === "no" && batchPublic && !(record && !record.passed);
  return (
    <form key={JSON.stringify(state.values)} action={action} aria-label={record ? t("studio.editLab") : t("studio.addLab")} className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-3" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="batchId" value={batchId} />
      {record ? <input type="hidden" name="recordId" value={record.id} /> : null}
      <div className="sm:col-span-3"><FormMessages formError={state.formError} /></div>
      <Field id={fieldId(formId, "indicator")} name="indicator" label={t("indicator")} required defaultValue={v.indicator} error={e.indicator} />
      <Field id={fieldId(formId, "value")} name="value" label={t("value")} required defaultValue={v.value} error={e.value} />
      <Field id={fieldId(formId, "unit")} name="unit" label={t("studio.quantityUnit")} defaultValue={v.unit} error={e.unit} />
      <Field id={fieldId(formId, "limit")} name="limit" label={t("limit")} defaultValue={v.limit} error={e.limit} />
      <Field id={fieldId(formId, "lab")} name="lab" label={t("lab")} required defaultValue={v.lab} error={e.lab} />
      <Field id={fieldId(formId, "testedOn")} name="testedOn" type="date" label={t("studio.date")} required defaultValue={v.testedOn} error={e.testedOn} max={today} />
      <div className="space-y-1">
        <label htmlFor={fieldId(formId, "passed")} className="block font-semibold">{t("studio.passedQ")}<span aria-hidden="true"> *</span></label>
        <select id={fieldId(formId, "passed")} name="passed" value={passed} onChange={(event) => setPassed(event.target.value)} className="w-full rounded border border-slate-500 bg-white px-3 py-2">
          <option value="yes">{t("studio.yes")}</option>
          <option value="no">{t("studio.no")}</option>
        </select>
      </div>
      {warn || e.confirmPublic ? (
        <div role="alert" className="space-y-2 rounded border border-amber-700 bg-amber-50 p-3 sm:col-span-3">
          <p className="font-semibold">{t("studio.failedPublicWarning")}</p>
          <label className="flex items-start gap-2">
            <input type="checkbox" name="confirmPublic" className="mt-1" aria-describedby={e.confirmPublic ? `${formId}-confirm-error` : undefined} />
            <span>{t("studio.failedPublicConfirm")}</span>
          </label>
          {e.confirmPublic ? <p id={`${formId}-confirm-error`} className="text-sm font-semibold text-red-800">{e.confirmPublic}</p> : null}
          <p className="text-sm">{t("studio.failedPublicAlternative")}</p>
        </div>
      ) : null}
      {record ? <div className="sm:col-span-3"><Field id={fieldId(formId, "reason")} name="reason" label={t("studio.correctionReason")} defaultValue={v.reason} error={e.reason} /></div> : null}
      <div className="self-end"><SubmitButton>{record ? t("studio.saveCorrection") : t("studio.addLab")}</SubmitButton></div>
    </form>
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
  const [state, action] = useActionState(record ? updateCertificationAction : addCertificationAction, EMPTY_FORM_STATE);
  const v: Record<string, string> = { ...(record ? { kind: record.kind, number: record.number, issuer: record.issuer, validFrom: record.validFrom, validUntil: record.validUntil } : {}), ...state.values };
  const e = state.fieldErrors;
  const formId = record ? `cert-${record.id}` : "cert-new";
  return (
    <form key={JSON.stringify(state.values)} action={action} aria-label={record ? t("studio.editCertification") : t("studio.addCertification")} className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-3" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="batchId" value={batchId} />
      {record ? <input type="hidden" name="recordId" value={record.id} /> : null}
      <div className="sm:col-span-3"><FormMessages formError={state.formError} /></div>
      <Field id={fieldId(formId, "kind")} name="kind" label={t("studio.kind")} required defaultValue={v.kind} error={e.kind}>
        {CERTIFICATION_KINDS.map((kind) => <option key={kind} value={kind}>{t(`kinds.${kind}`)}</option>)}
      </Field>
      <Field id={fieldId(formId, "number")} name="number" label={t("studio.certNumber")} required defaultValue={v.number} error={e.number} />
      <Field id={fieldId(formId, "issuer")} name="issuer" label={t("studio.issuer")} required defaultValue={v.issuer} error={e.issuer} />
      <Field id={fieldId(formId, "validFrom")} name="validFrom" type="date" label={t("studio.validFrom")} defaultValue={v.validFrom} error={e.validFrom} />
      <Field id={fieldId(formId, "validUntil")} name="validUntil" type="date" label={t("studio.validUntilLabel")} defaultValue={v.validUntil} error={e.validUntil} />
      {record ? <div className="sm:col-span-3"><Field id={fieldId(formId, "reason")} name="reason" label={t("studio.correctionReason")} defaultValue={v.reason} error={e.reason} /></div> : null}
      <div className="self-end"><SubmitButton>{record ? t("studio.saveCorrection") : t("studio.addCertification")}</SubmitButton></div>
    </form>
  );
}

const DELETE_ACTIONS = { event: deleteTraceEventAction, lab: deleteLabTestAction, certification: deleteCertificationAction } as const;

/** Removes a record with the reason, which the batch's history keeps with the record as it was. */
export function DeleteRecordForm({ locale, batchId, recordId, kind, label }: { locale: string; batchId: string; recordId: string; kind: keyof typeof DELETE_ACTIONS; label: string }) {
  const t = useTranslations("trace.studio");
  const [state, action] = useActionState(DELETE_ACTIONS[kind], EMPTY_FORM_STATE);
  const id = `delete-${recordId}-reason`;
  return (
    <form action={action} aria-label={label} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="recordId" value={recordId} />
      <div className="min-w-60 flex-1 space-y-1">
        <label htmlFor={id} className="block text-sm font-semibold">{t("deleteReason")}</label>
        <input id={id} name="reason" defaultValue={state.values.reason} aria-invalid={state.fieldErrors.reason ? true : undefined} aria-describedby={state.fieldErrors.reason ? `${id}-error` : undefined} className="w-full rounded border border-slate-500 bg-white px-3 py-1" />
        {state.fieldErrors.reason ? <p id={`${id}-error`} className="text-sm font-semibold text-red-800">{state.fieldErrors.reason}</p> : null}
      </div>
      <button type="submit" className="rounded border border-red-800 px-3 py-1 font-semibold text-red-900">{label}</button>
    </form>
  );
}
