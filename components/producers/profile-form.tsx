"use client";

import { useTranslations } from "next-intl";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
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
  return (
    <Form action={saveProducerProfileAction} locale={locale} initial={initial} className="grid max-w-2xl gap-4 sm:grid-cols-2">
      {producerId ? <input type="hidden" name="producerId" value={producerId} /> : null}
      <div className="sm:col-span-2"><FormMessages /></div>
      <Field name="name" label={t("name")} required />
      <Field name="legalForm" label={t("legalForm")} required defaultValue="COOPERATIVE">
        {(["HOUSEHOLD", "COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE"] as const).map((f) => <option key={f} value={f}>{tForms(f)}</option>)}
      </Field>
      <Field name="regionId" label={t("commune")} required>
        <option value="">—</option>
        {communes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
      </Field>
      <Field name="addressLine" label={t("address")} />
      <Field name="representative" label={t("representative")} />
      <Field name="phone" type="tel" label={t("phone")} />
      <Field name="email" type="email" label={t("email")} />
      <Field name="website" type="url" label={t("website")} />
      <div className="sm:col-span-2"><Field name="storyVi" label={t("storyVi")} multiline rows={6} /></div>
      <div className="sm:col-span-2"><Field name="storyEn" label={t("storyEn")} multiline rows={6} /></div>
      <Field name="bankBin" label={t("bankBin")} hint={t("bankBinHint")} />
      <Field name="bankAccount" label={t("bankAccount")} />
      <Field name="bankAccountName" label={t("bankAccountName")} />
      <Field name="photo" type="file" accept="image/jpeg,image/png,image/webp,image/avif" label={t("photo")} hint={t("photoHint")} />
      <div className="sm:col-span-2"><SubmitButton>{t("save")}</SubmitButton></div>
    </Form>
  );
}
