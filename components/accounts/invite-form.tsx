"use client";

import { useTranslations } from "next-intl";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { inviteProducerAction } from "@/server/accounts/actions";

export function InviteForm({ locale, producers }: { locale: string; producers: { id: string; name: string }[] }) {
  const t = useTranslations("admin.accounts");
  return (
    <Form action={inviteProducerAction} locale={locale} className="max-w-lg space-y-4">
      <FormMessages />
      <Field name="name" label={t("name")} required />
      <Field name="email" type="email" label={t("email")} required />
      <Field name="producerId" label={t("producer")} required>
        <option value="">—</option>
        {producers.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
      </Field>
      <SubmitButton>{t("invite")}</SubmitButton>
    </Form>
  );
}
