"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { EMPTY_FORM_STATE } from "@/components/forms/form-state";
import { acceptInvitationAction, changePasswordAction } from "@/server/accounts/actions";

export function ChangePasswordForm({ locale }: { locale: string }) {
  const t = useTranslations("accounts.password");
  const [state, action] = useActionState(changePasswordAction, EMPTY_FORM_STATE);
  return (
    <form action={action} className="max-w-sm space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessages formError={state.formError} notice={state.notice} />
      <Field name="currentPassword" type="password" label={t("current")} autoComplete="current-password" required error={state.fieldErrors.currentPassword} />
      <Field name="newPassword" type="password" label={t("new")} hint={t("hint")} autoComplete="new-password" required error={state.fieldErrors.newPassword} />
      <Field name="confirmPassword" type="password" label={t("confirm")} autoComplete="new-password" required error={state.fieldErrors.confirmPassword} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

export function AcceptInvitationForm({ locale, token }: { locale: string; token: string }) {
  const t = useTranslations("accounts.password");
  const [state, action] = useActionState(acceptInvitationAction, EMPTY_FORM_STATE);
  return (
    <form action={action} className="max-w-sm space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <FormMessages formError={state.formError} />
      <Field name="newPassword" type="password" label={t("new")} hint={t("hint")} autoComplete="new-password" required error={state.fieldErrors.newPassword} />
      <Field name="confirmPassword" type="password" label={t("confirm")} autoComplete="new-password" required error={state.fieldErrors.confirmPassword} />
      <SubmitButton>{t("setSubmit")}</SubmitButton>
    </form>
  );
}
