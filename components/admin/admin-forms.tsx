"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { EMPTY_FORM_STATE } from "@/components/forms/form-state";
import { inviteOfficerAction, inviteProducerAction } from "@/server/accounts/actions";
import { recordCertificateAction, revokeCertificateAction } from "@/server/certificates/actions";
import { rejectListingAction } from "@/server/products/actions";

export function RejectForm({ locale, id }: { locale: string; id: string }) {
  const t = useTranslations("admin.review");
  const [state, action] = useActionState(rejectListingAction, EMPTY_FORM_STATE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <FormMessages formError={state.formError} />
      <Field name={`reason`} label={t("reason")} multiline rows={2} defaultValue={state.values.reason} error={state.fieldErrors.reason} />
      <button type="submit" className="rounded border border-red-800 px-3 py-1 font-semibold text-red-900">{t("reject")}</button>
    </form>
  );
}

export function CertificateForm({ locale, productId }: { locale: string; productId: string }) {
  const t = useTranslations("admin.certificates");
  const [state, action] = useActionState(recordCertificateAction, EMPTY_FORM_STATE);
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={action} className="grid max-w-2xl gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="productId" value={productId} />
      <div className="sm:col-span-2"><FormMessages formError={state.formError} notice={state.notice} /></div>
      <Field name="stars" label={t("stars")} required defaultValue={v.stars || "3"} error={e.stars}>
        {["3", "4", "5"].map((s) => <option key={s} value={s}>{s}★</option>)}
      </Field>
      <Field name="score" type="number" min={0} max={100} label={t("score")} defaultValue={v.score} error={e.score} />
      <Field name="level" label={t("level")} required defaultValue={v.level || "PROVINCE"} error={e.level}>
        {["DISTRICT", "PROVINCE", "NATIONAL"].map((l) => <option key={l} value={l}>{t(`levels.${l}`)}</option>)}
      </Field>
      <Field name="decisionNumber" label={t("decisionNumber")} hint="1234/QĐ-UBND" required defaultValue={v.decisionNumber} error={e.decisionNumber} />
      <Field name="decisionDate" type="date" label={t("decisionDate")} required defaultValue={v.decisionDate} error={e.decisionDate} />
      <Field name="validUntil" type="date" label={t("validUntil")} hint={t("validUntilHint")} defaultValue={v.validUntil} error={e.validUntil} />
      <div className="sm:col-span-2"><Field name="issuingBody" label={t("issuingBody")} required defaultValue={v.issuingBody} error={e.issuingBody} /></div>
      <div><SubmitButton>{t("record")}</SubmitButton></div>
    </form>
  );
}

export function RevokeForm({ locale, certificateId }: { locale: string; certificateId: string }) {
  const t = useTranslations("admin.certificates");
  const [state, action] = useActionState(revokeCertificateAction, EMPTY_FORM_STATE);
  return (
    <form action={action} className="grid gap-2 sm:grid-cols-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="certificateId" value={certificateId} />
      <div className="sm:col-span-3"><FormMessages formError={state.formError} notice={state.notice} /></div>
      <Field name="decisionNumber" label={t("revocationNumber")} defaultValue={state.values.decisionNumber} error={state.fieldErrors.decisionNumber} />
      <Field name="revokedOn" type="date" label={t("revokedOn")} defaultValue={state.values.revokedOn} error={state.fieldErrors.revokedOn} />
      <Field name="reason" label={t("revocationReason")} defaultValue={state.values.reason} error={state.fieldErrors.reason} />
      <div><button type="submit" className="rounded border border-red-800 px-3 py-1 font-semibold text-red-900">{t("revoke")}</button></div>
    </form>
  );
}

/** A producer account: the producer is picked among the few that matched the officer's search. */
export function InviteForm({ locale, producers, picked }: { locale: string; producers: { id: string; label: string }[]; picked?: string }) {
  const t = useTranslations("admin.accounts");
  const [state, action] = useActionState(inviteProducerAction, EMPTY_FORM_STATE);
  const chosen = state.values.producerId ?? picked ?? (producers.length === 1 ? producers[0].id : "");
  return (
    <form action={action} className="max-w-lg space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessages formError={state.formError} notice={state.notice} />
      <fieldset className="space-y-1" aria-describedby={state.fieldErrors.producerId ? "producer-error" : undefined}>
        <legend className="font-semibold">
          {t("pickProducer")}
          <span aria-hidden="true"> *</span>
        </legend>
        {producers.map((p) => (
          <label key={p.id} className="flex items-start gap-2">
            <input type="radio" name="producerId" value={p.id} defaultChecked={p.id === chosen} className="mt-1" />
            <span>{p.label}</span>
          </label>
        ))}
        {state.fieldErrors.producerId ? (
          <p id="producer-error" className="text-sm font-semibold text-red-800">
            {state.fieldErrors.producerId}
          </p>
        ) : null}
      </fieldset>
      <Field name="name" label={t("name")} required defaultValue={state.values.name} error={state.fieldErrors.name} />
      <Field name="email" type="email" label={t("email")} required defaultValue={state.values.email} error={state.fieldErrors.email} />
      <SubmitButton>{t("invite")}</SubmitButton>
    </form>
  );
}

/** An officer account in the inviting officer's region or one level below. */
export function OfficerInviteForm({ locale, regions, allowNational }: { locale: string; regions: { id: string; name: string }[]; allowNational: boolean }) {
  const t = useTranslations("admin.accounts");
  const [state, action] = useActionState(inviteOfficerAction, EMPTY_FORM_STATE);
  return (
    <form action={action} className="max-w-lg space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessages formError={state.formError} notice={state.notice} />
      <Field name="regionId" label={t("region")} required defaultValue={state.values.regionId ?? regions[0]?.id ?? ""} error={state.fieldErrors.regionId}>
        {allowNational ? <option value="">{t("wholeCountry")}</option> : null}
        {regions.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </Field>
      <Field name="name" label={t("name")} required defaultValue={state.values.name} error={state.fieldErrors.name} />
      <Field name="email" type="email" label={t("email")} required defaultValue={state.values.email} error={state.fieldErrors.email} />
      <SubmitButton>{t("invite")}</SubmitButton>
    </form>
  );
}
