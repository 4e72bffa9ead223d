"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { COMMITMENT_KINDS } from "@/lib/programme-figures";
import { setCommitmentsAction, type FormState } from "@/server/programme/actions";
import { Field, FormStatus, submitClass } from "./field";

/** The five-commitment checklist of one producer; values are keyed "<KIND>.committed|committedOn|evidence". */
export function CommitmentsForm({ producerId, initial }: { producerId: string; initial: Record<string, string> }) {
  const t = useTranslations("programme");
  const locale = useLocale();
  const [state, action, pending] = useActionState<FormState, FormData>(setCommitmentsAction, { status: "idle", fieldErrors: {}, values: initial });
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="producerId" value={producerId} />
      {COMMITMENT_KINDS.map((kind) => (
        <fieldset key={kind} className="space-y-3 rounded border border-slate-200 p-4">
          <legend className="px-1 font-semibold">{t(`commitments.${kind}`)}</legend>
          <div className="flex items-center gap-2">
            <input
              id={`${kind}-committed`}
              name={`${kind}.committed`}
              type="checkbox"
              defaultChecked={v[`${kind}.committed`] === "on"}
              className="h-5 w-5 accent-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
            />
            <label htmlFor={`${kind}-committed`}>{t("checklist.committed")}</label>
          </div>
          <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
            <Field
              id={`${kind}-committedOn`}
              name={`${kind}.committedOn`}
              type="date"
              label={t("checklist.committedOn")}
              defaultValue={v[`${kind}.committedOn`] ?? ""}
              error={e[`${kind}.committedOn`]}
            />
            <Field id={`${kind}-evidence`} name={`${kind}.evidence`} label={t("checklist.evidence")} defaultValue={v[`${kind}.evidence`] ?? ""} error={e[`${kind}.evidence`]} />
          </div>
        </fieldset>
      ))}
      <FormStatus status={state.status} message={state.status === "saved" ? t("checklist.saved") : state.message} />
      <button type="submit" className={submitClass} disabled={pending}>
        {t("checklist.save")}
      </button>
    </form>
  );
}
