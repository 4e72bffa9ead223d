"use client";

import { useTranslations } from "next-intl";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { acceptInvitationAction, changePasswordAction } from "@/server/accounts/actions";

export function ChangePasswordForm({ locale }: { locale: string }) {
  const t = useTranslations("accounts.password");
  return (
    <Form action={changePasswordAction} locale={locale} className="max-w-sm space-y-4">
      <FormMessages />
      <Field name="currentPassword" type="password" label={t("current")} autoComplete="current-password" required />
      <Field name="newPassword" type="password" label={t("new")} hint={t("hint")} autoComplete="new-password" required />
      <Field name="confirmPassword" type="password" label={t("confirm")} autoComplete="new-password" required />
      <SubmitButton>{t("submit")}</SubmitButton>
    </Form>
  );
}

export function AcceptInvitationForm({ locale, token }: { locale: string; token: string }) {
  const t = useTranslations("accounts.password");
  return (
    <Form action={acceptInvitationAction} locale={locale} className="max-w-sm space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormMessages />
      <Field name="newPassword" type="password" label={t("new")} hint={t("hint")} autoComplete="new-password" required />
      <Field name="confirmPassword" type="password" label={t("confirm")} autoComplete="new-password" required />
      <SubmitButton>{t("setSubmit")}</SubmitButton>
    </Form>
  );
}
