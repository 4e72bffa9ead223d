"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessages } from "@/components/forms/field";
import { EMPTY_FORM_STATE, type FormState } from "@/components/forms/form-state";

/**
 * The officer's refusal with its reason, for one item of the review queue. The hidden fields say what
 * the officer saw (version, photos), so only that is refused. Ids are per item: a queue shows many.
 */
export function ReviewRejectForm({
  locale,
  itemId,
  hidden,
  action,
  label,
  submit,
}: {
  locale: string;
  itemId: string;
  hidden: Record<string, string>;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  submit: string;
}) {
  const t = useTranslations("forms");
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const fieldId = `reason-${itemId}`;
  const error = state.fieldErrors.reason;
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessages formError={state.formError && !error ? state.formError : null} />
      <label htmlFor={fieldId} className="block font-semibold">
        {label}
      </label>
      <textarea
        id={fieldId}
        name="reason"
        rows={2}
        defaultValue={state.values.reason}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        className="w-full rounded border border-slate-500 bg-white px-3 py-2"
      />
      {error ? (
        <p id={`${fieldId}-error`} className="text-sm font-semibold text-red-800">
          {error || t("reason")}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="rounded border border-red-800 px-3 py-1 font-semibold text-red-900">
        {submit}
      </button>
    </form>
  );
}
