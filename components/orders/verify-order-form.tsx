"use client";
import { useActionState } from "react";
import type { VerifyState } from "@/server/orders/actions";

/**
 * Asks for the phone or email used on the order before anything about it is shown. On an order's own
 * page the code is known (hidden); on the lookup page (/orders) the buyer types it too.
 */
export function VerifyOrderForm({
  action,
  code,
  locale,
  labels,
}: {
  action: (state: VerifyState, formData: FormData) => Promise<VerifyState>;
  code: string | null;
  locale: string;
  labels: { code: string; codeHint: string; contact: string; verify: string };
}) {
  const [state, formAction, pending] = useActionState(action, { code: code ?? "", contact: "", error: null });
  return (
    <form action={formAction} className="max-w-md space-y-3">
      <input type="hidden" name="locale" value={locale} />
      {code ? (
        <input type="hidden" name="code" value={code} />
      ) : (
        <div>
          <label htmlFor="order-code" className="block text-sm font-semibold">
            {labels.code}
          </label>
          <input
            id="order-code"
            name="code"
            required
            maxLength={20}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            defaultValue={state.code}
            aria-describedby="order-code-hint"
            className="mt-1 w-full rounded border border-slate-500 px-3 py-2 font-mono uppercase"
          />
          <p id="order-code-hint" className="mt-1 text-xs text-slate-700">
            {labels.codeHint}
          </p>
        </div>
      )}
      <div>
        <label htmlFor="order-contact" className="block text-sm font-semibold">
          {labels.contact}
        </label>
        <input
          id="order-contact"
          name="contact"
          required
          maxLength={200}
          autoComplete="tel"
          defaultValue={state.contact}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "order-contact-error" : undefined}
          className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
        />
      </div>
      {state.error ? (
        <p id="order-contact-error" role="alert" className="text-sm font-semibold text-red-800">
          {state.error}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {labels.verify}
      </button>
    </form>
  );
}
