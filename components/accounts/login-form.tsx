"use client";

import { useTranslations } from "next-intl";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { loginAction } from "@/server/accounts/actions";

export function LoginForm({ locale, callbackUrl }: { locale: string; callbackUrl?: string }) {
  const t = useTranslations("accounts.login");
  return (
    <Form action={loginAction} locale={locale} className="max-w-sm space-y-4">
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FormMessages />
      <Field name="email" type="email" label={t("email")} autoComplete="username" required />
      <Field name="password" type="password" label={t("password")} autoComplete="current-password" required />
      <SubmitButton>{t("submit")}</SubmitButton>
    </Form>
  );
}
