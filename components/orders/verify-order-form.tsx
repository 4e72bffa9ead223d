"use client";
import { useActionState } from "react";
import type { VerifyState } from "@/server/orders/actions";

/** Asks for the email or phone used on the order before anything about it is shown. */
export function VerifyOrderForm({
  action,
  code,
  locale,
  labels,
}: {
  action: (state: VerifyState, formData: FormData) => Promise<VerifyState>;
  code: string;
  locale: string;
  labels: { contact: string; verify: string };
}) {
  const [state, formAction, pending] = useActionState(action, { contact: "", error: null });
  return (
    <form action={formAction} className="max-w-md space-y-3">
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor="order-contact" className="block text-sm font-semibold">
        {labels.contact}
      </label>
      <input
        id="order-contact"
        name="contact"
        required
        autoComplete="email"
        defaultValue={state.contact}
        aria-invalid={state.error ? true : undefined}
        aria-describedby={state.error ? "order-contact-error" : undefined}
        className="w-full rounded border border-slate-400 px-3 py-2"
      />
      {state.error ? (
        <p id="order-contact-error" role="alert" className="text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {labels.verify}
      </button>
    </form>
  );
}
