"use client";

import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";

/**
 * The last step of a bulk action: hidden fields carry what was picked, an optional reason is asked
 * for, and nothing changes until the officer presses the button. A refused reason keeps what was typed.
 */
export function ConfirmForm({
  action,
  locale,
  hidden,
  ids,
  reason,
  submitLabel,
  cancelLabel,
  cancelHref,
  danger = false,
}: {
  action: FormAction;
  locale: string;
  hidden: Record<string, string>;
  ids: readonly string[];
  reason?: { label: string; required?: boolean; hint?: string };
  submitLabel: string;
  cancelLabel: string;
  cancelHref: string;
  danger?: boolean;
}) {
  return (
    <Form action={action} locale={locale} className="max-w-xl space-y-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {ids.map((id) => (
        <input key={id} type="hidden" name="ids" value={id} />
      ))}
      <FormMessages />
      {reason ? <Field name="reason" label={reason.label} hint={reason.hint} required={reason.required} multiline rows={2} /> : null}
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton variant={danger ? "danger" : "primary"}>{submitLabel}</SubmitButton>
        <a href={cancelHref} className="text-brand-800 underline">
          {cancelLabel}
        </a>
      </div>
    </Form>
  );
}
