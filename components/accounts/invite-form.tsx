"use client";

import { useTranslations } from "next-intl";
import { Choices, Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { inviteOfficerAction, inviteProducerAction } from "@/server/accounts/actions";

/** A producer account: the producer is picked among the few that matched the officer's search. */
export function InviteForm({ locale, producers, picked }: { locale: string; producers: { id: string; label: string }[]; picked?: string }) {
  const t = useTranslations("admin.accounts");
  const chosen = picked ?? (producers.length === 1 ? producers[0].id : "");
  return (
    <Form action={inviteProducerAction} locale={locale} initial={{ producerId: chosen }} className="max-w-lg space-y-4">
      <FormMessages />
      <Choices name="producerId" legend={t("pickProducer")} options={producers.map((p) => ({ value: p.id, label: <span>{p.label}</span> }))} className="space-y-1" />
      <Field name="name" label={t("name")} required />
      <Field name="email" type="email" label={t("email")} required />
      <SubmitButton>{t("invite")}</SubmitButton>
    </Form>
  );
}

/** An officer account in the inviting officer's region or one level below. */
export function OfficerInviteForm({ locale, regions, allowNational }: { locale: string; regions: { id: string; name: string }[]; allowNational: boolean }) {
  const t = useTranslations("admin.accounts");
  return (
    <Form action={inviteOfficerAction} locale={locale} initial={{ regionId: regions[0]?.id ?? "" }} className="max-w-lg space-y-4">
      <FormMessages />
      <Field name="regionId" label={t("region")} required>
        {allowNational ? <option value="">{t("wholeCountry")}</option> : null}
        {regions.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </Field>
      <Field name="name" label={t("name")} required />
      <Field name="email" type="email" label={t("email")} required />
      <SubmitButton>{t("invite")}</SubmitButton>
    </Form>
  );
}
