"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { EMPTY_FORM_STATE } from "@/components/forms/form-state";
import { inviteProducerAction } from "@/server/accounts/actions";
import { rejectListingAction } from "@/server/products/actions";
import { suspendProducerAction } from "@/server/producers/actions";

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

export function SuspendForm({ locale, producerId }: { locale: string; producerId: string }) {
  const t = useTranslations("admin.producers");
  const [state, action] = useActionState(suspendProducerAction, EMPTY_FORM_STATE);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="producerId" value={producerId} />
      <Field name="reason" label={t("reason")} defaultValue={state.values.reason} error={state.fieldErrors.reason} />
      <button type="submit" className="rounded border border-red-800 px-3 py-1 font-semibold text-red-900">{t("suspend")}</button>
    </form>
  );
}

export function InviteForm({ locale, producers }: { locale: string; producers: { id: string; name: string }[] }) {
  const t = useTranslations("admin.accounts");
  const [state, action] = useActionState(inviteProducerAction, EMPTY_FORM_STATE);
  return (
    <form action={action} className="max-w-lg space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessages formError={state.formError} notice={state.notice} />
      <Field name="name" label={t("name")} required defaultValue={state.values.name} error={state.fieldErrors.name} />
      <Field name="email" type="email" label={t("email")} required defaultValue={state.values.email} error={state.fieldErrors.email} />
      <Field name="producerId" label={t("producer")} required defaultValue={state.values.producerId} error={state.fieldErrors.producerId}>
        <option value="">—</option>
        {producers.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
      </Field>
      <SubmitButton>{t("invite")}</SubmitButton>
    </form>
  );
}
