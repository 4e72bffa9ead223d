"use client";

/*
 * The kit's fields. Nothing here translates (no next-intl): public pages (the product page's add to
 * cart, the checkout) use these fields without shipping messages or use-intl (docs/performance.md).
 * Fields that need the "forms" messages live in their own modules: `MoneyField`, `CommunePicker`.
 */

import { useState, type ReactNode } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useFormStatus } from "react-dom";
import { listOf, textOf } from "@/lib/form-state";
import { useFormReply } from "./form";

/** The look of every kit input (and of custom fields beside them). */
export const inputClass =
  "w-full rounded border border-slate-500 bg-white px-3 py-2 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-700 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

/** A field's id, posted value and error in the surrounding `<Form>`'s last reply (kit fields share it). */
export function useField(name: string, id?: string) {
  const reply = useFormReply();
  return {
    id: id ?? `${reply ? reply.id : "field"}-${name}`,
    posted: reply?.values[name],
    values: reply?.values ?? {},
    error: reply?.fieldErrors[name],
  };
}

/** A hint or an error under a field, tied to it by `id`. */
export function FieldMessage({ id, text, error }: { id: string; text?: string; error?: boolean }) {
  if (!text) return null;
  return (
    <p id={id} className={error ? "text-sm font-semibold text-red-800" : "text-sm text-slate-600"}>
      {text}
    </p>
  );
}

/**
 * "12/255 ký tự" while typing (announced politely), "Tối đa 255 ký tự." without JavaScript. The words
 * come from the page (`#` the count, `@` the limit), so public pages ship no messages.
 */
function CharacterCount({ id, length, max, words }: { id: string; length: number; max: number; words: { typed: string; limit: string } }) {
  const hydrated = useHydrated();
  return (
    <p id={id} className="text-xs text-slate-700" aria-live={hydrated ? "polite" : undefined}>
      {(hydrated ? words.typed.replace("#", String(length)) : words.limit).replace("@", String(max))}
    </p>
  );
}

/**
 * A labelled input, textarea (`multiline`) or select (`children` are its options), with its hint and
 * error tied to it. Inside `<Form>` it shows the value and error of the last reply.
 */
export function Field({
  name,
  label,
  hint,
  defaultValue,
  type = "text",
  required,
  multiline,
  rows = 4,
  children,
  id: givenId,
  counter,
  className = "space-y-1",
  onValueChange,
  ...rest
}: {
  name: string;
  label: string;
  hint?: string;
  /** Shown when the form has no value for this field. */
  defaultValue?: string;
  type?: string;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  /** The options of a select. */
  children?: ReactNode;
  id?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "decimal" | "tel" | "email";
  /** Numbers, or days ("2026-11-30") for a date input. */
  min?: number | string;
  max?: number | string;
  step?: number | "any";
  maxLength?: number;
  accept?: string;
  /** A code typed as capitals (an order code), never corrected by the phone's keyboard. */
  autoCapitalize?: "characters";
  spellCheck?: boolean;
  /** Counts the characters typed against `maxLength` under the field (the words, see `CharacterCount`). */
  counter?: { typed: string; limit: string };
  /** The wrapper's classes (a grid span). */
  className?: string;
  /** Told each new value as it is typed or chosen (the communes of a province chosen). */
  onValueChange?: (value: string) => void;
}) {
  const { id, posted, values, error } = useField(name, givenId);
  const value = posted === undefined ? defaultValue : textOf(values, name);
  const [length, setLength] = useState((value ?? "").length);
  const counted = counter && rest.maxLength !== undefined;
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null, counted ? `${id}-count` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className: inputClass,
    onChange:
      counted || onValueChange
        ? (event: { target: { value: string } }) => {
            if (counted) setLength(event.target.value.length);
            onValueChange?.(event.target.value);
          }
        : undefined,
  };
  return (
    <div className={className}>
      <p className="font-semibold">
        {/* The marker sits outside the label so that the field's name is the label alone. */}
        <label htmlFor={id}>{label}</label>
        {required ? <span aria-hidden="true"> *</span> : null}
      </p>
      {children ? (
        <select {...common} defaultValue={value}>
          {children}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={rows} defaultValue={value} maxLength={rest.maxLength} />
      ) : (
        <input {...common} type={type} defaultValue={type === "file" || type === "password" ? undefined : value} {...rest} />
      )}
      <FieldMessage id={`${id}-hint`} text={hint} />
      {counted ? <CharacterCount id={`${id}-count`} length={length} max={rest.maxLength!} words={counter} /> : null}
      <FieldMessage id={`${id}-error`} text={error} error />
    </div>
  );
}

/**
 * A hidden value the server may replace in its reply (the version a save is checked against, the
 * stock a stocktake expects): shows the last reply's value, else `value`.
 */
export function Hidden({ name, value }: { name: string; value: string }) {
  const { posted, values } = useField(name);
  return <input type="hidden" name={name} value={posted === undefined ? value : textOf(values, name)} />;
}

/** One checkbox; ticked when the form's value for `name` holds `value`. */
export function Checkbox({ name, label, value = "on", id: givenId }: { name: string; label: ReactNode; value?: string; id?: string }) {
  const { id, values } = useField(`${name}-${value}`, givenId);
  return (
    <label htmlFor={id} className="flex items-center gap-2">
      <input id={id} type="checkbox" name={name} value={value} defaultChecked={listOf(values, name).includes(value)} className="h-5 w-5 accent-brand-700" />
      <span>{label}</span>
    </label>
  );
}

/** A group of radios (one choice) or checkboxes (several), with one legend, hint and error. */
export function Choices({
  name,
  legend,
  hint,
  type = "radio",
  options,
  className,
}: {
  name: string;
  legend: string;
  hint?: string;
  type?: "radio" | "checkbox";
  options: { value: string; label: ReactNode; disabled?: boolean }[];
  className?: string;
}) {
  const { id, values, error } = useField(name);
  const chosen = listOf(values, name);
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined} className={className}>
      <legend className="font-semibold">{legend}</legend>
      <FieldMessage id={`${id}-hint`} text={hint} />
      {options.map((option) => (
        <label key={option.value} className={`flex items-center gap-2 py-1 ${option.disabled ? "text-slate-500" : ""}`}>
          <input type={type} name={name} value={option.value} defaultChecked={chosen.includes(option.value)} disabled={option.disabled} className="h-5 w-5 accent-brand-700" />
          {option.label}
        </label>
      ))}
      <FieldMessage id={`${id}-error`} text={error} error />
    </fieldset>
  );
}

/** The form's error (an alert) or confirmation (a status); inside `<Form>` from its last reply. */
export function FormMessages(props: { formError?: string | null; notice?: string | null }) {
  const reply = useFormReply();
  const formError = props.formError ?? reply?.formError;
  const notice = props.notice ?? reply?.notice;
  return (
    <>
      {formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 font-semibold text-red-900">
          {formError}
        </p>
      ) : null}
      {notice ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 font-semibold text-green-900">
          {notice}
        </p>
      ) : null}
    </>
  );
}

const buttonClass = {
  primary: "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60",
  secondary: "rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60",
  danger: "rounded border border-red-800 px-3 py-1 font-semibold text-red-900 disabled:opacity-60",
};

/** Disabled while its form is being sent, so a double click posts once. */
export function SubmitButton({
  children,
  name,
  value,
  variant = "primary",
  pendingLabel,
  className = "",
}: {
  children: ReactNode;
  name?: string;
  value?: string;
  variant?: keyof typeof buttonClass;
  /** Shown while the form is being sent ("Đang đặt hàng…"). */
  pendingLabel?: ReactNode;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} disabled={pending} className={`${buttonClass[variant]} focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 ${className}`}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
