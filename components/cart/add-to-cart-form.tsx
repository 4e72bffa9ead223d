"use client";
import { useActionState, useEffect, useState, useSyncExternalStore } from "react";
import type { AddToCartState } from "@/server/orders/actions";
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

const subscribeNothing = () => () => {};

/**
 * Adds to the cart in place. The form posts to a Server Action: with JavaScript the answer updates
 * this form and the header's count without leaving the page; without it, the browser posts the same
 * form and the page comes back with the same message. The − and + buttons appear only with
 * JavaScript (the number field works either way) and stop at the most this buyer may order.
 */
export function AddToCartForm({
  action,
  slug,
  locale,
  max,
  cartHref,
  labels,
}: {
  action: (state: AddToCartState, formData: FormData) => Promise<AddToCartState>;
  slug: string;
  locale: string;
  max: number;
  cartHref: string;
  labels: AddToCartLabels;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle", message: null, count: null });
  const [quantity, setQuantity] = useState(1);
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  useEffect(() => {
    if (state.status === "added") announceCartCount();
  }, [state]);
  const set = (value: number) => setQuantity(Math.min(max, Math.max(1, Number.isFinite(value) ? Math.trunc(value) : 1)));
  const stepper = "h-11 w-11 rounded border border-slate-500 text-xl font-bold text-brand-800 disabled:opacity-40";

  return (
    <form action={formAction} className="space-y-2" aria-describedby="add-to-cart-status">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="add-quantity" className="block text-sm font-semibold">
            {labels.quantity}
          </label>
          <div className="mt-1 flex items-center gap-1">
            {hydrated ? (
              <button type="button" className={stepper} onClick={() => set(quantity - 1)} disabled={quantity <= 1} aria-label={labels.decrease} aria-controls="add-quantity">
                −
              </button>
            ) : null}
            <input
              id="add-quantity"
              name="quantity"
              type="number"
              inputMode="numeric"
              min={1}
              max={max}
              value={quantity}
              onChange={(event) => set(Number(event.target.value))}
              aria-describedby="add-quantity-max"
              className="h-11 w-16 rounded border border-slate-500 px-2 text-center"
            />
            {hydrated ? (
              <button type="button" className={stepper} onClick={() => set(quantity + 1)} disabled={quantity >= max} aria-label={labels.increase} aria-controls="add-quantity">
                +
              </button>
            ) : null}
          </div>
          <p id="add-quantity-max" className="mt-1 text-xs text-slate-700">
            {labels.atMost}
          </p>
        </div>
        <button type="submit" disabled={pending} className="h-11 rounded bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? labels.adding : labels.add}
        </button>
      </div>
      <p id="add-to-cart-status" role="status" className={state.status === "error" ? "font-semibold text-red-800" : "font-semibold text-brand-800"}>
        {state.message}{" "}
        {state.status === "added" ? (
          <a href={cartHref} className="underline">
            {labels.viewCart}
          </a>
        ) : null}
      </p>
    </form>
  );
}
