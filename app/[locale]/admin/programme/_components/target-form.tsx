"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { PROGRAMME_METRICS } from "@/lib/programme-figures";
import { saveTargetAction, type FormState } from "@/server/programme/actions";
import { Field, FormStatus, submitClass } from "./field";

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
export function TargetForm({ initial, legend }: { initial: TargetFormValues; legend: string }) {
  const t = useTranslations("programme.admin");
  const locale = useLocale();
  const [state, action, pending] = useActionState<FormState, FormData>(saveTargetAction, { status: "idle", fieldErrors: {}, values: { ...initial } });
  const v = state.values;
  const e = state.fieldErrors;
  const id = (field: string) => `target-${initial.targetId || "new"}-${field}`;
  return (
    <form action={action} noValidate>
      <fieldset className="space-y-3 rounded border border-slate-200 p-4">
        <legend className="px-1 font-semibold">{legend}</legend>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="programmeId" value={initial.programmeId} />
        <input type="hidden" name="targetId" value={initial.targetId} />
        <div className="flex flex-col gap-1">
          <label htmlFor={id("metric")} className="text-sm font-semibold">
            {t("metric")}
          </label>
          <select
            id={id("metric")}
            name="metric"
            defaultValue={v.metric}
            aria-invalid={e.metric ? true : undefined}
            aria-describedby={e.metric ? `${id("metric")}-error` : undefined}
            className="rounded border border-slate-400 px-2 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
          >
            {PROGRAMME_METRICS.map((metric) => (
              <option key={metric} value={metric}>
                {t(`metrics.${metric}`)}
              </option>
            ))}
          </select>
          {e.metric ? (
            <p id={`${id("metric")}-error`} className="text-sm text-red-700">
              {e.metric}
            </p>
          ) : null}
        </div>
        <Field id={id("labelVi")} name="labelVi" label={t("labelVi")} defaultValue={v.labelVi} error={e.labelVi} required />
        <Field id={id("labelEn")} name="labelEn" label={t("labelEn")} defaultValue={v.labelEn} error={e.labelEn} required />
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Field id={id("baseline")} name="baseline" type="number" step="any" inputMode="decimal" label={t("baseline")} defaultValue={v.baseline} error={e.baseline} required />
          <Field id={id("goal")} name="goal" type="number" step="any" inputMode="decimal" label={t("goal")} defaultValue={v.goal} error={e.goal} required />
          <Field id={id("goalMax")} name="goalMax" type="number" step="any" inputMode="decimal" label={t("goalMax")} defaultValue={v.goalMax} error={e.goalMax} />
          <Field id={id("unit")} name="unit" label={t("unit")} defaultValue={v.unit} error={e.unit} />
        </div>
        <FormStatus status={state.status} message={state.message} />
        <button type="submit" className={submitClass} disabled={pending}>
          {t("save")}
        </button>
      </fieldset>
    </form>
  );
}
