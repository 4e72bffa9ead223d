/** A labelled input with its error wired for assistive technology. */
export function Field({
  id,
  name,
  label,
  defaultValue,
  error,
  type = "text",
  required,
  inputMode,
  step,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  error?: string;
  type?: "text" | "number" | "date";
  required?: boolean;
  inputMode?: "numeric" | "decimal";
  step?: string;
}) {
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        inputMode={inputMode}
        step={step}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="rounded border border-slate-400 px-2 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 aria-invalid:border-red-700"
      />
      {error ? (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function FormStatus({ status, message }: { status: "idle" | "saved" | "error"; message?: string }) {
  if (status === "idle" || !message) return null;
  return (
    <p role={status === "error" ? "alert" : "status"} className={status === "error" ? "text-red-700" : "text-brand-800"}>
      {message}
    </p>
  );
}

export const submitClass =
  "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 disabled:opacity-60";
