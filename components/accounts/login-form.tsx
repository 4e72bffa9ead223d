"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { EMPTY_FORM_STATE } from "@/components/forms/form-state";
import { loginAction } from "@/server/accounts/actions";

export function LoginForm({ locale, callbackUrl }: { locale: string; callbackUrl?: string }) {
  const t = useTranslations("accounts.login");
  const [state, action] = useActionState(loginAction, EMPTY_FORM_STATE);
  return (
    <form action={action} className="max-w-sm space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FormMessages formError={state.formError} />
      <Field name="email" type="email" label={t("email")} autoComplete="username" required defaultValue={state.values.email} error={state.fieldErrors.email} />
      <Field name="password" type="password" label={t("password")} autoComplete="current-password" required error={state.fieldErrors.password} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
