"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import type { FormState } from "@/components/forms/form-state";
import { COMMITMENT_KINDS, PROGRAMME_METRICS } from "@/lib/programme-figures";
import {
  createProgrammeAction,
  saveTargetAction,
  setCommitmentsAction,
  setSubgroupBaselinesAction,
  updateProgrammeAction,
} from "@/server/programme/actions";

const initialState = (values: Record<string, string>): FormState => ({ values, fieldErrors: {}, formError: null, notice: null });

function Checkbox({ id, name, label, defaultChecked }: { id: string; name: string; label: string; defaultChecked: boolean }) {
  return (
    <div className="flex items-center gap-2">
      <input id={id} name={name} type="checkbox" defaultChecked={defaultChecked} className="h-5 w-5 accent-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** `canChooseCurrent`: only national officers choose which programme the site shows at /programme. */
export function ProgrammeForm({ initial, canChooseCurrent }: { initial: Record<string, string>; canChooseCurrent: boolean }) {
  const t = useTranslations("programme.admin");
  const locale = useLocale();
  const [state, action] = useActionState(updateProgrammeAction, initialState(initial));
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="programmeId" value={initial.programmeId} />
      <FormMessages formError={state.formError} notice={state.notice} />
      <Field id="programme-nameVi" name="nameVi" label={t("nameVi")} defaultValue={v.nameVi} error={e.nameVi} required />
      <Field id="programme-nameEn" name="nameEn" label={t("nameEn")} defaultValue={v.nameEn} error={e.nameEn} />
      <Field id="programme-reference" name="reference" label={t("reference")} defaultValue={v.reference} error={e.reference} />
      <div className="grid grid-cols-2 gap-3">
        <Field id="programme-startYear" name="startYear" type="number" label={t("startYear")} defaultValue={v.startYear} error={e.startYear} required />
        <Field id="programme-endYear" name="endYear" type="number" label={t("endYear")} defaultValue={v.endYear} error={e.endYear} required />
      </div>
      {canChooseCurrent ? (
        <Checkbox id="programme-isCurrent" name="isCurrent" label={t("isCurrent")} defaultChecked={v.isCurrent === "on"} />
      ) : (
        <input type="hidden" name="isCurrent" value={initial.isCurrent} />
      )}
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}

export function NewProgrammeForm() {
  const t = useTranslations("programme.admin");
  const locale = useLocale();
  const [state, action] = useActionState(createProgrammeAction, initialState({}));
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessages formError={state.formError} />
      <Field id="new-nameVi" name="nameVi" label={t("nameVi")} defaultValue={v.nameVi} error={e.nameVi} required />
      <Field id="new-nameEn" name="nameEn" label={t("nameEn")} defaultValue={v.nameEn} error={e.nameEn} />
      <Field id="new-slug" name="slug" label={t("slug")} defaultValue={v.slug} error={e.slug} required />
      <Field id="new-regionCode" name="regionCode" label={t("regionCode")} hint={t("regionCodeHint")} defaultValue={v.regionCode} error={e.regionCode} />
      <Field id="new-reference" name="reference" label={t("reference")} defaultValue={v.reference} error={e.reference} />
      <div className="grid grid-cols-2 gap-3">
        <Field id="new-startYear" name="startYear" type="number" label={t("startYear")} defaultValue={v.startYear} error={e.startYear} required />
        <Field id="new-endYear" name="endYear" type="number" label={t("endYear")} defaultValue={v.endYear} error={e.endYear} required />
      </div>
      <SubmitButton>{t("create")}</SubmitButton>
    </form>
  );
}

/** One target (or a new one when targetId is empty), in its own fieldset. */
export function TargetForm({ initial, legend }: { initial: Record<string, string>; legend: string }) {
  const t = useTranslations("programme.admin");
  const locale = useLocale();
  const [state, action] = useActionState(saveTargetAction, initialState(initial));
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
        <FormMessages formError={state.formError} notice={state.notice} />
        <Field id={id("metric")} name="metric" label={t("metric")} defaultValue={v.metric} error={e.metric}>
          {PROGRAMME_METRICS.map((metric) => (
            <option key={metric} value={metric}>
              {t(`metrics.${metric}`)}
            </option>
          ))}
        </Field>
        <Field id={id("labelVi")} name="labelVi" label={t("labelVi")} defaultValue={v.labelVi} error={e.labelVi} required />
        <Field id={id("labelEn")} name="labelEn" label={t("labelEn")} defaultValue={v.labelEn} error={e.labelEn} required />
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Field id={id("baseline")} name="baseline" type="number" step={0.01} label={t("baseline")} defaultValue={v.baseline} error={e.baseline} required />
          <Field id={id("goal")} name="goal" type="number" step={0.01} label={t("goal")} defaultValue={v.goal} error={e.goal} required />
          <Field id={id("goalMax")} name="goalMax" type="number" step={0.01} label={t("goalMax")} defaultValue={v.goalMax} error={e.goalMax} />
          <Field id={id("unit")} name="unit" label={t("unit")} defaultValue={v.unit} error={e.unit} />
        </div>
        <SubmitButton>{t("save")}</SubmitButton>
      </fieldset>
    </form>
  );
}

/** The resolution's baseline by subgroup: one number per subgroup, blank where it gives none. */
export function SubgroupBaselinesForm({ programmeId, subgroups }: { programmeId: string; subgroups: { code: string; name: string; baseline: number | null }[] }) {
  const t = useTranslations("programme.admin");
  const locale = useLocale();
  const initial = Object.fromEntries(subgroups.map((s) => [`count.${s.code}`, s.baseline === null ? "" : String(s.baseline)]));
  const [state, action] = useActionState(setSubgroupBaselinesAction, initialState(initial));
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="programmeId" value={programmeId} />
      <FormMessages formError={state.formError} notice={state.notice} />
      <div className="grid gap-3 sm:grid-cols-2">
        {subgroups.map((s) => (
          <Field
            key={s.code}
            id={`baseline-${s.code}`}
            name={`count.${s.code}`}
            type="number"
            min={0}
            label={s.name}
            defaultValue={state.values[`count.${s.code}`] ?? ""}
            error={state.fieldErrors[`count.${s.code}`]}
          />
        ))}
      </div>
      <SubmitButton>{t("saveBaselines")}</SubmitButton>
    </form>
  );
}

/** The five-commitment checklist of one producer; values are keyed "<KIND>.committed|committedOn|evidence". */
export function CommitmentsForm({ producerId, initial }: { producerId: string; initial: Record<string, string> }) {
  const t = useTranslations("programme");
  const locale = useLocale();
  const [state, action] = useActionState(setCommitmentsAction, initialState(initial));
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="producerId" value={producerId} />
      <FormMessages formError={state.formError} notice={state.notice} />
      {COMMITMENT_KINDS.map((kind) => (
        <fieldset key={kind} className="space-y-3 rounded border border-slate-200 p-4">
          <legend className="px-1 font-semibold">{t(`commitments.${kind}`)}</legend>
          <Checkbox id={`${kind}-committed`} name={`${kind}.committed`} label={t("checklist.committed")} defaultChecked={v[`${kind}.committed`] === "on"} />
          <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
            <Field id={`${kind}-committedOn`} name={`${kind}.committedOn`} type="date" label={t("checklist.committedOn")} defaultValue={v[`${kind}.committedOn`] ?? ""} error={e[`${kind}.committedOn`]} />
            <Field id={`${kind}-evidence`} name={`${kind}.evidence`} label={t("checklist.evidence")} defaultValue={v[`${kind}.evidence`] ?? ""} error={e[`${kind}.evidence`]} />
          </div>
        </fieldset>
      ))}
      <SubmitButton>{t("checklist.save")}</SubmitButton>
    </form>
  );
}
