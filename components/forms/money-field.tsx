"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { formatVnd } from "@/lib/money";
import { parseVndInput } from "@/lib/money-input";

const inputClass =
  "w-full rounded border border-slate-500 bg-white px-3 py-2 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

/**
 * An amount in đồng typed the Vietnamese way ("35.000", "35 000", "35k"), with the amount it will be
 * saved as shown under the field while typing, or why it cannot be read. The server reads it with the
 * same rule (lib/money-input.ts), so the preview is what is saved.
 */
export function MoneyField({
  name,
  label,
  defaultValue,
  error,
  required,
  allowZero,
  locale,
  hint,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  error?: string;
  required?: boolean;
  allowZero?: boolean;
  locale: string;
  hint?: string;
}) {
  const t = useTranslations("forms");
  const [text, setText] = useState(defaultValue ?? "");
  const id = `field-${name}`;
  const previewId = `${id}-preview${useId().replace(/:/g, "")}`;
  const parsed = text.trim() === "" ? null : parseVndInput(text, { allowZero });
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null, previewId].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
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
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <p id={previewId} aria-live="polite" className={`text-sm ${parsed && !parsed.ok ? "font-semibold text-amber-900" : "text-slate-700"}`} data-testid={`${name}-preview`}>
        {parsed === null ? "" : parsed.ok ? t("moneyPreview", { amount: formatVnd(parsed.value, locale) }) : t(parsed.error)}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
