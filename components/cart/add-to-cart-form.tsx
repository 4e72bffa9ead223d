"use client";
import { useEffect, useState } from "react";
import { SubmitButton, useField } from "@/components/forms/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Form, useFormReply, type FormAction } from "@/components/forms/form";
import { textOf } from "@/lib/form-state";
import { announceCartCount } from "./cart-count";

export interface AddToCartLabels {
  quantity: string;
  decrease: string;
  increase: string;
  add: string;
  adding: string;
  viewCart: string;
  atMost: string;
}

/**
 * Adds to the cart in place, a kit form (`<Form>` posting to `addToCartAction`): with JavaScript the
 * reply updates this form and the header's count without leaving the page; without it, the browser
 * posts the same form and the page comes back with the same message. The − and + buttons appear only
 * with JavaScript (the number field works either way) and stop at the most this buyer may order.
 */
export function AddToCartForm({ action, slug, locale, max, cartHref, labels }: { action: FormAction; slug: string; locale: string; max: number; cartHref: string; labels: AddToCartLabels }) {
  return (
    <Form action={action} locale={locale} className="space-y-2">
      <input type="hidden" name="slug" value={slug} />
      <div className="flex flex-wrap items-end gap-3">
        <Quantity max={max} labels={labels} />
        <SubmitButton pendingLabel={labels.adding} className="h-11 px-5">
          {labels.add}
        </SubmitButton>
      </div>
      <Outcome cartHref={cartHref} viewCart={labels.viewCart} />
    </Form>
  );
}

function Quantity({ max, labels }: { max: number; labels: AddToCartLabels }) {
  const { id, posted, values } = useField("quantity");
  const [quantity, setQuantity] = useState(posted === undefined ? 1 : Number(textOf(values, "quantity")) || 1);
  const hydrated = useHydrated();
  const set = (value: number) => setQuantity(Math.min(max, Math.max(1, Number.isFinite(value) ? Math.trunc(value) : 1)));
  const stepper = "h-11 w-11 rounded border border-slate-500 text-xl font-bold text-brand-800 disabled:opacity-40";
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {labels.quantity}
      </label>
      <div className="mt-1 flex items-center gap-1">
        {hydrated ? (
          <button type="button" className={stepper} onClick={() => set(quantity - 1)} disabled={quantity <= 1} aria-label={labels.decrease} aria-controls={id}>
            −
          </button>
        ) : null}
        <input
          id={id}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          value={quantity}
          onChange={(event) => set(Number(event.target.value))}
          aria-describedby={`${id}-max`}
          className="h-11 w-16 rounded border border-slate-500 px-2 text-center"
        />
        {hydrated ? (
          <button type="button" className={stepper} onClick={() => set(quantity + 1)} disabled={quantity >= max} aria-label={labels.increase} aria-controls={id}>
            +
          </button>
        ) : null}
      </div>
      <p id={`${id}-max`} className="mt-1 text-xs text-slate-700">
        {labels.atMost}
      </p>
    </div>
  );
}

/** What the last add did, in one polite status line (a refusal too: the buyer stays on the product). */
function Outcome({ cartHref, viewCart }: { cartHref: string; viewCart: string }) {
  const reply = useFormReply();
  const added = reply?.notice ?? null;
  useEffect(() => {
    // The reply set the readable count cookie; the header's count reads it again.
    if (added) announceCartCount();
  }, [added]);
  return (
    <p role="status" className={reply?.formError ? "font-semibold text-red-800" : "font-semibold text-brand-800"}>
      {reply?.formError ?? added}{" "}
      {added ? (
        <a href={cartHref} className="underline">
          {viewCart}
        </a>
      ) : null}
    </p>
  );
}
