"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { textOf } from "@/lib/form-state";
import { formatVnd } from "@/lib/format";
import { parseVndInput } from "@/lib/money-input";
import { FieldMessage, inputClass, useField } from "./field";

/**
 * An amount in đồng typed the Vietnamese way ("35.000", "35 000", "35k"), with the amount it will be
 * saved as shown under the field while typing, or why it cannot be read. The server reads it with the
 * same rule (lib/money-input.ts, `vndField` in lib/zod-fields.ts), so the preview is what is saved.
 * Needs the "forms" messages on the client (`<ClientMessages>`).
 */
export function MoneyField({
  name,
  label,
  hint,
  defaultValue,
  required,
  allowZero,
  locale,
  id: givenId,
}: {
  name: string;
  label: string;
  hint?: string;
  /** Shown when the form has no value for this field. */
  defaultValue?: string;
  required?: boolean;
  /** For fees that may be free. */
  allowZero?: boolean;
  /** The page's language, for the preview's formatting. */
  locale: string;
  id?: string;
}) {
  const t = useTranslations("forms");
  const { id, posted, values, error } = useField(name, givenId);
  // The field remounts with each reply (`<Form>`), so this starts from what was posted last.
  const [text, setText] = useState(posted === undefined ? (defaultValue ?? "") : textOf(values, name));
  const parsed = text.trim() === "" ? null : parseVndInput(text, { allowZero });
  const previewId = `${id}-preview`;
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null, previewId].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <p className="font-semibold">
        <label htmlFor={id}>{label}</label>
        {required ? <span aria-hidden="true"> *</span> : null}
      </p>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        required={required}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
      />
      <FieldMessage id={`${id}-hint`} text={hint} />
      <p id={previewId} aria-live="polite" className={`text-sm ${parsed && !parsed.ok ? "font-semibold text-amber-900" : "text-slate-700"}`} data-testid={`${name}-preview`}>
        {parsed === null ? "" : parsed.ok ? t("moneyPreview", { amount: formatVnd(parsed.value, locale) }) : t(parsed.error)}
      </p>
      <FieldMessage id={`${id}-error`} text={error} error />
    </div>
  );
}
