"use client";

import { useTranslations } from "next-intl";
import { Checkbox, Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { COMMITMENT_KINDS } from "@/lib/programme-figures";
import { setCommitmentsAction } from "@/server/programme/actions";

/** The five-commitment checklist of one producer; values are keyed "<KIND>.committed|committedOn|evidence". */
export function CommitmentsForm({ locale, producerId, initial }: { locale: string; producerId: string; initial: Record<string, string> }) {
  const t = useTranslations("programme");
  return (
    <Form action={setCommitmentsAction} locale={locale} initial={initial} className="space-y-4">
      <input type="hidden" name="producerId" value={producerId} />
      {COMMITMENT_KINDS.map((kind) => (
        <fieldset key={kind} className="space-y-3 rounded border border-slate-200 p-4">
          <legend className="px-1 font-semibold">{t(`commitments.${kind}`)}</legend>
          <Checkbox name={`${kind}.committed`} label={t("checklist.committed")} />
          <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
            <Field name={`${kind}.committedOn`} type="date" label={t("checklist.committedOn")} />
            <Field name={`${kind}.evidence`} label={t("checklist.evidence")} />
          </div>
        </fieldset>
      ))}
      <FormMessages />
      <SubmitButton>{t("checklist.save")}</SubmitButton>
    </Form>
  );
}
