"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { EMPTY_FORM_STATE } from "@/components/forms/form-state";
import { addLabTestAction, addTraceEventAction, createBatchAction } from "@/server/trace/actions";
import { TRACE_EVENT_TYPES } from "@/server/trace/schemas";

export function NewBatchForm({ locale, products }: { locale: string; products: { id: string; name: string }[] }) {
  const t = useTranslations("trace.studio");
  const [state, action] = useActionState(createBatchAction, EMPTY_FORM_STATE);
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={action} className="grid max-w-2xl gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <div className="sm:col-span-2"><FormMessages formError={state.formError} /></div>
      <Field name="productId" label={t("product")} required defaultValue={v.productId} error={e.productId}>
        {products.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
      </Field>
      <Field name="lotCode" label={t("lotCode")} required defaultValue={v.lotCode} error={e.lotCode} />
      <Field name="productionDate" type="date" label={t("productionDate")} required defaultValue={v.productionDate} error={e.productionDate} />
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

export function TraceEventForm({ locale, batchId }: { locale: string; batchId: string }) {
  const t = useTranslations("trace");
  const [state, action] = useActionState(addTraceEventAction, EMPTY_FORM_STATE);
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={action} className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="batchId" value={batchId} />
      <div className="sm:col-span-2"><FormMessages formError={state.formError} /></div>
      <Field name="type" label={t("studio.eventType")} required defaultValue={v.type} error={e.type}>
        {TRACE_EVENT_TYPES.map((type) => <option key={type} value={type}>{t(`events.${type}`)}</option>)}
      </Field>
      <Field name="occurredOn" type="date" label={t("studio.date")} required defaultValue={v.occurredOn} error={e.occurredOn} />
      <Field name="place" label={t("studio.place")} required defaultValue={v.place} error={e.place} />
      <Field name="actor" label={t("studio.actor")} required defaultValue={v.actor} error={e.actor} />
      <div className="sm:col-span-2"><Field name="note" label={t("studio.note")} multiline rows={2} defaultValue={v.note} error={e.note} /></div>
      <div><SubmitButton>{t("studio.addEvent")}</SubmitButton></div>
    </form>
  );
}

export function LabTestForm({ locale, batchId }: { locale: string; batchId: string }) {
  const t = useTranslations("trace");
  const [state, action] = useActionState(addLabTestAction, EMPTY_FORM_STATE);
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={action} className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-3" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="batchId" value={batchId} />
      <div className="sm:col-span-3"><FormMessages formError={state.formError} /></div>
      <Field name="indicator" label={t("indicator")} required defaultValue={v.indicator} error={e.indicator} />
      <Field name="value" label={t("value")} required defaultValue={v.value} error={e.value} />
      <Field name="unit" label={t("studio.quantityUnit")} defaultValue={v.unit} error={e.unit} />
      <Field name="limit" label={t("limit")} defaultValue={v.limit} error={e.limit} />
      <Field name="lab" label={t("lab")} required defaultValue={v.lab} error={e.lab} />
      <Field name="testedOn" type="date" label={t("studio.date")} required defaultValue={v.testedOn} error={e.testedOn} />
      <Field name="passed" label={t("studio.passedQ")} required defaultValue={v.passed || "yes"} error={e.passed}>
        <option value="yes">{t("studio.yes")}</option>
        <option value="no">{t("studio.no")}</option>
      </Field>
      <div className="self-end"><SubmitButton>{t("studio.addLab")}</SubmitButton></div>
    </form>
  );
}
