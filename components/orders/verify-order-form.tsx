"use client";
import { Field, SubmitButton } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";

/** Asks for the email or phone used on the order before anything about it is shown. */
export function VerifyOrderForm({ action, code, locale, labels }: { action: FormAction; code: string; locale: string; labels: { contact: string; verify: string } }) {
  return (
    <Form action={action} locale={locale} className="max-w-md space-y-3">
      <input type="hidden" name="code" value={code} />
      <Field name="contact" label={labels.contact} autoComplete="email" required />
      <SubmitButton>{labels.verify}</SubmitButton>
    </Form>
  );
}
