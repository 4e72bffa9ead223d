"use client";
import { useActionState } from "react";
import { saveFairAction, type FormState } from "@/server/fairs/actions";

type Field = "nameVi" | "nameEn" | "descriptionVi" | "descriptionEn" | "startsOn" | "endsOn" | "venue" | "province" | "registrationDeadline" | "boothCapacity" | "boothSize" | "feeVnd" | "subsidyPercent" | "minStars" | "maxBoothsPerProducer";

const LAYOUT: { name: Field; type: string; required?: boolean }[] = [
  { name: "nameVi", type: "text", required: true },
  { name: "nameEn", type: "text" },
  { name: "startsOn", type: "date", required: true },
  { name: "endsOn", type: "date", required: true },
  { name: "venue", type: "text", required: true },
  { name: "province", type: "text", required: true },
  { name: "registrationDeadline", type: "date", required: true },
  { name: "boothCapacity", type: "number", required: true },
  { name: "boothSize", type: "text", required: true },
  { name: "feeVnd", type: "number", required: true },
  { name: "subsidyPercent", type: "number", required: true },
  { name: "minStars", type: "number", required: true },
  { name: "maxBoothsPerProducer", type: "number", required: true },
  { name: "descriptionVi", type: "textarea" },
  { name: "descriptionEn", type: "textarea" },
];

/** Create or edit a fair; works without JavaScript and keeps what the officer typed on errors. */
export function FairForm({ locale, fairId, initial, labels, submit, savedLabel }: { locale: string; fairId?: string; initial: Record<Field, string>; labels: Record<Field, string>; submit: string; savedLabel: string }) {
  const start: FormState = { values: {}, fieldErrors: {}, formError: null, saved: false };
  const [state, action, pending] = useActionState(saveFairAction, start);
  const value = (name: Field) => (typeof state.values[name] === "string" ? (state.values[name] as string) : initial[name]);
  const input = "mt-1 block w-full rounded border border-slate-400 px-2 py-1 font-normal";
  return (
    <form action={action} className="grid max-w-3xl gap-3 sm:grid-cols-2" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {fairId ? <input type="hidden" name="fairId" value={fairId} /> : null}
      {state.formError ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800 sm:col-span-2">
          {state.formError}
        </p>
      ) : null}
      {state.saved ? (
        <p role="status" className="rounded bg-green-50 p-2 text-green-900 sm:col-span-2">
          {savedLabel}
        </p>
      ) : null}
      {LAYOUT.map(({ name, type, required }) => {
        const error = state.fieldErrors[name];
        const common = {
          name,
          id: `fair-${name}`,
          defaultValue: value(name),
          required,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": error ? `fair-${name}-error` : undefined,
          className: input,
        };
        return (
          <div key={`${name}-${value(name)}`} className={type === "textarea" ? "sm:col-span-2" : undefined}>
            <label htmlFor={`fair-${name}`} className="block text-sm font-semibold">
              {labels[name]}
            </label>
            {type === "textarea" ? <textarea rows={4} {...common} /> : <input type={type} {...common} />}
            {error ? (
              <p id={`fair-${name}-error`} className="text-sm text-red-700">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <div className="sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus:outline-2 focus:outline-offset-2">
          {submit}
        </button>
      </div>
    </form>
  );
}
