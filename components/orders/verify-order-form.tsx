"use client";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";

/**
 * Asks for the phone or email used on the order before anything about it is shown, a kit form posting
 * to `verifyOrderAction`. On an order's own page the code is known (hidden); on the lookup page
 * (/orders) the buyer types it too.
 */
export function VerifyOrderForm({
  action,
  code,
  locale,
  labels,
}: {
  action: FormAction;
  code: string | null;
  locale: string;
  labels: { code: string; codeHint: string; contact: string; verify: string };
}) {
  return (
    <Form action={action} locale={locale} className="max-w-md space-y-3">
      <FormMessages />
      {code ? (
        <input type="hidden" name="code" value={code} />
      ) : (
        <Field name="code" label={labels.code} hint={labels.codeHint} required maxLength={20} autoCapitalize="characters" autoComplete="off" spellCheck={false} />
      )}
      <Field name="contact" label={labels.contact} required maxLength={200} autoComplete="tel" />
      <SubmitButton className="min-h-11">{labels.verify}</SubmitButton>
    </Form>
  );
}
