"use client";

import { useTranslations } from "next-intl";
import { Checkbox, Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { COMMITMENT_KINDS, PROGRAMME_METRICS } from "@/lib/programme-figures";
import {
  createProgrammeAction,
  saveTargetAction,
  setCommitmentsAction,
  setSubgroupBaselinesAction,
  updateProgrammeAction,
} from "@/server/programme/actions";

/** `canChooseCurrent`: only national officers choose which programme the site shows at /programme. */
export function ProgrammeForm({ locale, initial, canChooseCurrent }: { locale: string; initial: Record<string, string>; canChooseCurrent: boolean }) {
  const t = useTranslations("programme.admin");
  return (
    <Form action={updateProgrammeAction} locale={locale} initial={initial} className="space-y-3">
      <input type="hidden" name="programmeId" value={initial.programmeId} />
      <FormMessages />
      <Field name="nameVi" label={t("nameVi")} required />
      <Field name="nameEn" label={t("nameEn")} />
      <Field name="reference" label={t("reference")} />
      <div className="grid grid-cols-2 gap-3">
        <Field name="startYear" type="number" inputMode="numeric" label={t("startYear")} required />
        <Field name="endYear" type="number" inputMode="numeric" label={t("endYear")} required />
      </div>
      {canChooseCurrent ? <Checkbox name="isCurrent" label={t("isCurrent")} /> : <input type="hidden" name="isCurrent" value={initial.isCurrent} />}
      <SubmitButton>{t("save")}</SubmitButton>
    </Form>
  );
}

export function NewProgrammeForm({ locale }: { locale: string }) {
  const t = useTranslations("programme.admin");
  return (
    <Form action={createProgrammeAction} locale={locale} className="space-y-3">
      <FormMessages />
      <Field name="nameVi" label={t("nameVi")} required />
      <Field name="nameEn" label={t("nameEn")} />
      <Field name="slug" label={t("slug")} required />
      <Field name="regionCode" label={t("regionCode")} hint={t("regionCodeHint")} />
      <Field name="reference" label={t("reference")} />
      <div className="grid grid-cols-2 gap-3">
        <Field name="startYear" type="number" inputMode="numeric" label={t("startYear")} required />
        <Field name="endYear" type="number" inputMode="numeric" label={t("endYear")} required />
      </div>
      <SubmitButton>{t("create")}</SubmitButton>
    </Form>
  );
}

/** One target (or a new one when targetId is empty), in its own fieldset. */
export function TargetForm({ locale, initial, legend }: { locale: string; initial: Record<string, string>; legend: string }) {
  const t = useTranslations("programme.admin");
  return (
    <Form action={saveTargetAction} locale={locale} initial={initial}>
      <fieldset className="space-y-3 rounded border border-slate-200 p-4">
        <legend className="px-1 font-semibold">{legend}</legend>
        <input type="hidden" name="programmeId" value={initial.programmeId} />
        <input type="hidden" name="targetId" value={initial.targetId} />
        <FormMessages />
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
        <SubmitButton>{t("save")}</SubmitButton>
      </fieldset>
    </Form>
  );
}

/** The resolution's baseline by subgroup: one number per subgroup, blank where it gives none. */
export function SubgroupBaselinesForm({
  locale,
  programmeId,
  subgroups,
}: {
  locale: string;
  programmeId: string;
  subgroups: { code: string; name: string; baseline: number | null }[];
}) {
  const t = useTranslations("programme.admin");
  const initial = Object.fromEntries(subgroups.map((s) => [`count.${s.code}`, s.baseline === null ? "" : String(s.baseline)]));
  return (
    <Form action={setSubgroupBaselinesAction} locale={locale} initial={initial} className="space-y-3">
      <input type="hidden" name="programmeId" value={programmeId} />
      <FormMessages />
      <div className="grid gap-3 sm:grid-cols-2">
        {subgroups.map((s) => (
          <Field key={s.code} name={`count.${s.code}`} type="number" inputMode="numeric" min={0} label={s.name} />
        ))}
      </div>
      <SubmitButton>{t("saveBaselines")}</SubmitButton>
    </Form>
  );
}

/** The five-commitment checklist of one producer; values are keyed "<KIND>.committed|committedOn|evidence". */
export function CommitmentsForm({ locale, producerId, initial }: { locale: string; producerId: string; initial: Record<string, string> }) {
  const t = useTranslations("programme");
  return (
    <Form action={setCommitmentsAction} locale={locale} initial={initial} className="space-y-4">
      <input type="hidden" name="producerId" value={producerId} />
      <FormMessages />
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
      <SubmitButton>{t("checklist.save")}</SubmitButton>
    </Form>
  );
}
