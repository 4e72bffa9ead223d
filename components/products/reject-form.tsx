"use client";

import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";

/**
 * An officer's refusal with the reason the producer will read, for one item of the review queue (a
 * listing or a profile proposal). The hidden fields say what the officer saw (version, photos), so
 * only that is refused.
 */
export function RejectForm({
  locale,
  action,
  hidden,
  label,
  submit,
}: {
  locale: string;
  action: FormAction;
  hidden: Record<string, string>;
  label: string;
  submit: string;
}) {
  return (
    <Form action={action} locale={locale} className="space-y-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessages />
      <Field name="reason" label={label} multiline rows={2} />
      <SubmitButton variant="danger">{submit}</SubmitButton>
    </Form>
  );
}
