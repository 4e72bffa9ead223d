"use client";

import { useTranslations } from "next-intl";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { PROGRAMME_METRICS } from "@/lib/programme-figures";
import { saveTargetAction } from "@/server/programme/actions";

export interface TargetFormValues {
  programmeId: string;
  targetId: string;
  metric: string;
  labelVi: string;
  labelEn: string;
  baseline: string;
  goal: string;
  goalMax: string;
  unit: string;
}

/** One target (or a new one when targetId is empty), in its own fieldset. */
export function TargetForm({ locale, initial, legend }: { locale: string; initial: TargetFormValues; legend: string }) {
  const t = useTranslations("programme.admin");
  return (
    <Form action={saveTargetAction} locale={locale} initial={{ ...initial }}>
      <fieldset className="space-y-3 rounded border border-slate-200 p-4">
        <legend className="px-1 font-semibold">{legend}</legend>
        <input type="hidden" name="programmeId" value={initial.programmeId} />
        <input type="hidden" name="targetId" value={initial.targetId} />
        <Field name="metric" label={t("metric")}>
          {PROGRAMME_METRICS.map((metric) => (
            <option key={metric} value={metric}>
              {t(`metrics.${metric}`)}
            </option>
          ))}
        </Field>
        <Field name="labelVi" label={t("labelVi")} required />
        <Field name="labelEn" label={t("labelEn")} required />
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Field name="baseline" type="number" step="any" inputMode="decimal" label={t("baseline")} required />
          <Field name="goal" type="number" step="any" inputMode="decimal" label={t("goal")} required />
          <Field name="goalMax" type="number" step="any" inputMode="decimal" label={t("goalMax")} />
          <Field name="unit" label={t("unit")} />
        </div>
        <FormMessages />
        <SubmitButton>{t("save")}</SubmitButton>
      </fieldset>
    </Form>
  );
}
