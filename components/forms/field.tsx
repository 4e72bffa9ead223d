import type { ReactNode } from "react";

const inputClass =
  "w-full rounded border border-slate-500 bg-white px-3 py-2 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

/** A labelled input with its error announced and tied to it (aria-describedby). */
export function Field({
  id: idProp,
  name,
  label,
  error,
  hint,
  defaultValue,
  type = "text",
  required,
  autoComplete,
  multiline,
  rows = 4,
  children,
  ...rest
}: {
  /** Unique on the page; defaults to `field-<name>` (give one when a page has two forms with the same field). */
  id?: string;
  name: string;
  label: string;
  error?: string;
  hint?: string;
  defaultValue?: string;
  type?: string;
  required?: boolean;
  autoComplete?: string;
  multiline?: boolean;
  rows?: number;
  children?: ReactNode;
  min?: number | string;
  max?: number | string;
  step?: number;
  accept?: string;
}) {
  const id = idProp ?? `field-${name}`;
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  const common = { id, name, required, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, className: inputClass };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children ? (
        <select {...common} defaultValue={defaultValue}>
          {children}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={rows} defaultValue={defaultValue} />
      ) : (
        <input {...common} type={type} defaultValue={type === "file" ? undefined : defaultValue} autoComplete={autoComplete} {...rest} />
      )}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function FormMessages({ formError, notice }: { formError?: string | null; notice?: string | null }) {
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

export function SubmitButton({ children }: { children: ReactNode }) {
  return (
    <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
      {children}
    </button>
  );
}
