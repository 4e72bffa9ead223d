"use client";
import { useActionState } from "react";
import type { CheckoutState } from "@/server/orders/actions";

type Field = "customerName" | "phone" | "email" | "addressLine" | "province" | "commune" | "note";

export interface CheckoutFormProps {
  action: (state: CheckoutState, formData: FormData) => Promise<CheckoutState>;
  locale: string;
  expectedTotalVnd: number;
  /** Product names by id, so an out-of-stock message can name the product. */
  productNames: Record<string, string>;
  paymentMethods: { value: string; label: string }[];
  labels: Record<Field | "contact" | "address" | "payment" | "place", string>;
}

/** Posts to a Server Action: works without JavaScript (the page re-renders with errors and what was typed). */
export function CheckoutForm({ action, locale, expectedTotalVnd, productNames, paymentMethods, labels }: CheckoutFormProps) {
  const [state, formAction, pending] = useActionState(action, { values: {}, fieldErrors: {}, formError: null });

  const input = (name: Field, type: string, autoComplete: string, required = true) => {
    const error = state.fieldErrors[name];
    return (
      <div className="flex flex-col">
        <label htmlFor={`checkout-${name}`} className="text-sm font-semibold">
          {labels[name]}
        </label>
        {name === "note" ? (
          <textarea id={`checkout-${name}`} name={name} defaultValue={state.values[name] ?? ""} rows={3} maxLength={500} className="mt-1 rounded border border-slate-400 px-3 py-2" />
        ) : (
          <input
            id={`checkout-${name}`}
            name={name}
            type={type}
            autoComplete={autoComplete}
            required={required}
            defaultValue={state.values[name] ?? ""}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `checkout-${name}-error` : undefined}
            className="mt-1 rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-700"
          />
        )}
        {error ? (
          <p id={`checkout-${name}-error`} className="mt-1 text-sm text-red-800">
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form action={formAction} className="space-y-6" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="expectedTotalVnd" value={expectedTotalVnd} />
      {Object.entries(productNames).map(([id, name]) => (
        <input key={id} type="hidden" name={`name:${id}`} value={name} />
      ))}
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          {state.formError}
        </p>
      ) : null}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{labels.contact}</legend>
        {input("customerName", "text", "name")}
        {input("phone", "tel", "tel")}
        {input("email", "email", "email")}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{labels.address}</legend>
        {input("addressLine", "text", "street-address")}
        {input("commune", "text", "address-level3")}
        {input("province", "text", "address-level1")}
        {input("note", "text", "off", false)}
      </fieldset>
      <fieldset aria-describedby={state.fieldErrors.paymentMethod ? "checkout-payment-error" : undefined}>
        <legend className="mb-2 text-lg font-semibold">{labels.payment}</legend>
        {paymentMethods.map((method) => (
          <label key={method.value} className="flex items-center gap-2 py-1">
            <input type="radio" name="paymentMethod" value={method.value} defaultChecked={(state.values.paymentMethod || paymentMethods[0].value) === method.value} />
            {method.label}
          </label>
        ))}
        {state.fieldErrors.paymentMethod ? (
          <p id="checkout-payment-error" className="mt-1 text-sm text-red-800">
            {state.fieldErrors.paymentMethod}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {labels.place}
      </button>
    </form>
  );
}
