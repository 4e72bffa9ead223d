"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { EMPTY_FORM_STATE } from "@/components/forms/form-state";
import { saveProducerProfileAction } from "@/server/producers/actions";

export function ProfileForm({
  locale,
  producerId,
  initial,
  communes,
}: {
  locale: string;
  producerId?: string;
  initial: Record<string, string>;
  communes: { id: string; name: string }[];
}) {
  const t = useTranslations("profile");
  const tForms = useTranslations("common.legalForms");
  const [state, action] = useActionState(saveProducerProfileAction, EMPTY_FORM_STATE);
  const v = { ...initial, ...state.values };
  const e = state.fieldErrors;
  return (
    <form action={action} className="grid max-w-2xl gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {producerId ? <input type="hidden" name="producerId" value={producerId} /> : null}
      <div className="sm:col-span-2"><FormMessages formError={state.formError} notice={state.notice} /></div>
      <Field name="name" label={t("name")} required defaultValue={v.name} error={e.name} />
      <Field name="legalForm" label={t("legalForm")} required defaultValue={v.legalForm || "COOPERATIVE"} error={e.legalForm}>
        {(["HOUSEHOLD", "COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE"] as const).map((f) => <option key={f} value={f}>{tForms(f)}</option>)}
      </Field>
      <Field name="regionId" label={t("commune")} required defaultValue={v.regionId} error={e.regionId}>
        <option value="">—</option>
        {communes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
      </Field>
      <Field name="addressLine" label={t("address")} defaultValue={v.addressLine} error={e.addressLine} />
      <Field name="representative" label={t("representative")} defaultValue={v.representative} error={e.representative} />
      <Field name="phone" type="tel" label={t("phone")} defaultValue={v.phone} error={e.phone} />
      <Field name="email" type="email" label={t("email")} defaultValue={v.email} error={e.email} />
      <Field name="website" type="url" label={t("website")} defaultValue={v.website} error={e.website} />
      <div className="sm:col-span-2"><Field name="storyVi" label={t("storyVi")} multiline rows={6} defaultValue={v.storyVi} error={e.storyVi} /></div>
      <div className="sm:col-span-2"><Field name="storyEn" label={t("storyEn")} multiline rows={6} defaultValue={v.storyEn} error={e.storyEn} /></div>
      <Field name="bankBin" label={t("bankBin")} hint={t("bankBinHint")} defaultValue={v.bankBin} error={e.bankBin} />
      <Field name="bankAccount" label={t("bankAccount")} defaultValue={v.bankAccount} error={e.bankAccount} />
      <Field name="bankAccountName" label={t("bankAccountName")} defaultValue={v.bankAccountName} error={e.bankAccountName} />
      <Field name="photo" type="file" accept="image/jpeg,image/png,image/webp,image/avif" label={t("photo")} hint={t("photoHint")} error={e.photo} />
      <div className="sm:col-span-2"><SubmitButton>{t("save")}</SubmitButton></div>
    </form>
  );
}
