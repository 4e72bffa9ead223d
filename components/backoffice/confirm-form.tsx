"use client";

import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";

/** A field a bulk action asks for once, before its reason (a revocation's decision number and day). */
export interface ConfirmField {
  name: string;
  label: string;
  type?: "text" | "date";
  required?: boolean;
  hint?: string;
  /** The latest day a date field accepts ("2026-11-30"). */
  max?: string;
}

/**
 * The last step of a bulk action: hidden fields carry what was picked, the action's own fields and an
 * optional reason are asked for, and nothing changes until the officer presses the button. A refused
 * value keeps what was typed, its message next to it.
 */
export function ConfirmForm({
  action,
  locale,
  hidden,
  ids,
  fields = [],
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
  fields?: readonly ConfirmField[];
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
      {fields.map((field) => (
        <Field key={field.name} name={field.name} label={field.label} type={field.type} required={field.required} hint={field.hint} max={field.max} />
      ))}
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
