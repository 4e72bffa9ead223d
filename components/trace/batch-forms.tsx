"use client";

import { useTranslations } from "next-intl";
import { Checkbox, Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { CERTIFICATION_KINDS, TRACE_EVENT_TYPES } from "@/lib/trace-kinds";
import { addCertificationAction, addLabTestAction, addTraceEventAction, createBatchAction } from "@/server/trace/actions";

export function NewBatchForm({ locale, products }: { locale: string; products: { id: string; name: string }[] }) {
  const t = useTranslations("trace.studio");
  return (
    <Form action={createBatchAction} locale={locale} initial={{ isPublic: "on" }} className="grid max-w-2xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2"><FormMessages /></div>
      <Field name="productId" label={t("product")} required>
        {products.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
      </Field>
      <Field name="lotCode" label={t("lotCode")} required />
      <Field name="productionDate" type="date" label={t("productionDate")} required />
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

export function TraceEventForm({ locale, batchId }: { locale: string; batchId: string }) {
  const t = useTranslations("trace");
  return (
    <Form action={addTraceEventAction} locale={locale} className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2">
      <input type="hidden" name="batchId" value={batchId} />
      <div className="sm:col-span-2"><FormMessages /></div>
      <Field name="type" label={t("studio.eventType")} required>
        {TRACE_EVENT_TYPES.map((type) => <option key={type} value={type}>{t(`events.${type}`)}</option>)}
      </Field>
      <Field name="occurredOn" type="date" label={t("studio.date")} required />
      <Field name="place" label={t("studio.place")} required />
      <Field name="actor" label={t("studio.actor")} required />
      <div className="sm:col-span-2"><Field name="note" label={t("studio.note")} multiline rows={2} /></div>
      <Field name="evidence" type="file" accept="image/jpeg,image/png,image/webp,application/pdf" label={t("studio.evidence")} hint={t("studio.evidenceHint")} />
      <div><SubmitButton>{t("studio.addEvent")}</SubmitButton></div>
    </Form>
  );
}

export function LabTestForm({ locale, batchId }: { locale: string; batchId: string }) {
  const t = useTranslations("trace");
  return (
    <Form action={addLabTestAction} locale={locale} className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-3">
      <input type="hidden" name="batchId" value={batchId} />
      <div className="sm:col-span-3"><FormMessages /></div>
      <Field name="indicator" label={t("indicator")} required />
      <Field name="value" label={t("value")} required />
      <Field name="unit" label={t("studio.quantityUnit")} />
      <Field name="limit" label={t("limit")} />
      <Field name="lab" label={t("lab")} required />
      <Field name="testedOn" type="date" label={t("studio.date")} required />
      <Field name="passed" label={t("studio.passedQ")} required defaultValue="yes">
        <option value="yes">{t("studio.yes")}</option>
        <option value="no">{t("studio.no")}</option>
      </Field>
      <div className="self-end"><SubmitButton>{t("studio.addLab")}</SubmitButton></div>
    </Form>
  );
}

export function CertificationForm({ locale, batchId }: { locale: string; batchId: string }) {
  const t = useTranslations("trace");
  return (
    <Form action={addCertificationAction} locale={locale} className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-3">
      <input type="hidden" name="batchId" value={batchId} />
      <div className="sm:col-span-3"><FormMessages /></div>
      <Field name="kind" label={t("studio.kind")} required>
        {CERTIFICATION_KINDS.map((kind) => <option key={kind} value={kind}>{t(`kinds.${kind}`)}</option>)}
      </Field>
      <Field name="number" label={t("studio.certNumber")} required />
      <Field name="issuer" label={t("studio.issuer")} required />
      <Field name="validFrom" type="date" label={t("studio.validFrom")} />
      <Field name="validUntil" type="date" label={t("studio.validUntilLabel")} />
      <div className="self-end"><SubmitButton>{t("studio.addCertification")}</SubmitButton></div>
    </Form>
  );
}
