"use client";

import { useActionState } from "react";
import { Field, FormMessages } from "@/components/forms/field";
import { EMPTY_FORM_STATE, type FormState } from "@/components/forms/form-state";

/**
 * The last step of a bulk action: hidden fields carry what was picked, an optional reason is asked
 * for, and nothing changes until the officer presses the button. A refused reason keeps what was typed.
 */
export function ConfirmForm({
  action,
  hidden,
  ids,
  reason,
  submitLabel,
  cancelLabel,
  cancelHref,
  danger = false,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  ids: readonly string[];
  reason?: { label: string; required?: boolean; hint?: string };
  submitLabel: string;
  cancelLabel: string;
  cancelHref: string;
  danger?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {ids.map((id) => (
        <input key={id} type="hidden" name="ids" value={id} />
      ))}
      <FormMessages formError={state.formError} notice={state.notice} />
      {reason ? (
        <Field name="reason" label={reason.label} hint={reason.hint} required={reason.required} multiline rows={2} defaultValue={state.values.reason} error={state.fieldErrors.reason} />
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className={`rounded px-4 py-2 font-semibold text-white ${danger ? "bg-red-800 hover:bg-red-900" : "bg-brand-700 hover:bg-brand-800"}`}
        >
          {submitLabel}
        </button>
        <a href={cancelHref} className="text-brand-800 underline">
          {cancelLabel}
        </a>
      </div>
    </form>
  );
}
