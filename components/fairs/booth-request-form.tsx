"use client";
import { useActionState, useState } from "react";
import { boothFee } from "@/lib/booth-plan";
import { formatVnd } from "@/lib/money";
import { saveBoothRequestAction, type FormState } from "@/server/fairs/actions";

export interface BoothRequestFormProps {
  locale: string;
  fairId: string;
  requestId?: string;
  maxBooths: number;
  fee: { feeVnd: number; subsidyPercent: number };
  products: { id: string; name: string; starsLabel: string; eligible: boolean }[];
  initial: { boothCount: string; productIds: string[]; needsPower: boolean; needsRefrigeration: boolean; needsWater: boolean; note: string };
  /** `total` has {count}, {gross}, {subsidy} and {net} placeholders, filled here as the count changes. */
  labels: Record<"boothCount" | "products" | "productsHint" | "needs" | "needsPower" | "needsRefrigeration" | "needsWater" | "note" | "submit" | "total", string>;
}

/** The studio's booth request form; works without JavaScript (a plain form posting to the Server Action). */
export function BoothRequestForm({ locale, fairId, requestId, maxBooths, fee, products, initial, labels }: BoothRequestFormProps) {
  const start: FormState = { values: {}, fieldErrors: {}, formError: null, saved: false };
  const [state, action, pending] = useActionState(saveBoothRequestAction, start);
  const v = state.values;
  const boothCount = typeof v.boothCount === "string" ? v.boothCount : initial.boothCount;
  const chosen = new Set(Array.isArray(v.productIds) ? v.productIds : initial.productIds);
  const flag = (name: "needsPower" | "needsRefrigeration" | "needsWater") => (typeof v[name] === "string" ? v[name] === "true" : initial[name]);
  const err = state.fieldErrors;
  const [count, setCount] = useState(boothCount);
  const booths = Math.min(maxBooths, Math.max(1, Math.trunc(Number(count)) || 1));
  const due = boothFee({ ...fee, boothCount: booths });
  const total = labels.total
    .replace("{count}", String(booths))
    .replace("{gross}", formatVnd(due.gross, locale))
    .replace("{subsidy}", formatVnd(due.subsidy, locale))
    .replace("{net}", formatVnd(due.net, locale));
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="fairId" value={fairId} />
      {requestId ? <input type="hidden" name="requestId" value={requestId} /> : null}
      {state.formError ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">
          {state.formError}
        </p>
      ) : null}
      <label className="block font-semibold">
        {labels.boothCount}
        <input
          name="boothCount"
          type="number"
          min={1}
          max={maxBooths}
          defaultValue={boothCount}
          key={`count-${boothCount}`}
          onChange={(event) => setCount(event.target.value)}
          aria-invalid={err.boothCount ? true : undefined}
          aria-describedby={err.boothCount ? "boothCount-error" : undefined}
          className="mt-1 block w-24 rounded border border-slate-400 px-2 py-1"
        />
      </label>
      {err.boothCount ? (
        <p id="boothCount-error" className="text-sm text-red-700">
          {err.boothCount}
        </p>
      ) : null}
      <p aria-live="polite" className="font-semibold" data-testid="booth-fee">
        {total}
      </p>
      <fieldset aria-describedby={err.productIds ? "productIds-error products-hint" : "products-hint"} aria-invalid={err.productIds ? true : undefined}>
        <legend className="font-semibold">{labels.products}</legend>
        <p id="products-hint" className="text-sm text-slate-600">
          {labels.productsHint}
        </p>
        {products.map((p) => (
          <label key={p.id} className={`flex items-center gap-2 ${p.eligible ? "" : "text-slate-500"}`}>
            <input type="checkbox" name="productIds" value={p.id} defaultChecked={chosen.has(p.id)} disabled={!p.eligible} />
            {p.name} <span className="text-sm">({p.starsLabel})</span>
          </label>
        ))}
        {err.productIds ? (
          <p id="productIds-error" className="text-sm text-red-700">
            {err.productIds}
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend className="font-semibold">{labels.needs}</legend>
        {(["needsPower", "needsRefrigeration", "needsWater"] as const).map((name) => (
          <label key={name} className="mr-4 inline-flex items-center gap-2">
            <input type="checkbox" name={name} defaultChecked={flag(name)} />
            {labels[name]}
          </label>
        ))}
      </fieldset>
      <label className="block font-semibold">
        {labels.note}
        <textarea name="note" rows={3} maxLength={1000} defaultValue={typeof v.note === "string" ? v.note : initial.note} className="mt-1 block w-full rounded border border-slate-400 px-2 py-1" />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus:outline-2 focus:outline-offset-2">
        {labels.submit}
      </button>
    </form>
  );
}
