"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateProgrammeAction, type FormState } from "@/server/programme/actions";
import { Field, FormStatus, submitClass } from "./field";

export interface ProgrammeFormValues {
  programmeId: string;
  nameVi: string;
  nameEn: string;
  reference: string;
  startYear: string;
  endYear: string;
}

export function ProgrammeForm({ initial }: { initial: ProgrammeFormValues }) {
  const t = useTranslations("programme.admin");
  const locale = useLocale();
  const [state, action, pending] = useActionState<FormState, FormData>(updateProgrammeAction, { status: "idle", fieldErrors: {}, values: { ...initial } });
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="programmeId" value={initial.programmeId} />
      <Field id="programme-nameVi" name="nameVi" label={t("nameVi")} defaultValue={v.nameVi} error={e.nameVi} required />
      <Field id="programme-nameEn" name="nameEn" label={t("nameEn")} defaultValue={v.nameEn} error={e.nameEn} />
      <Field id="programme-reference" name="reference" label={t("reference")} defaultValue={v.reference} error={e.reference} />
      <div className="grid grid-cols-2 gap-3">
        <Field id="programme-startYear" name="startYear" type="number" inputMode="numeric" label={t("startYear")} defaultValue={v.startYear} error={e.startYear} required />
        <Field id="programme-endYear" name="endYear" type="number" inputMode="numeric" label={t("endYear")} defaultValue={v.endYear} error={e.endYear} required />
      </div>
      <FormStatus status={state.status} message={state.message} />
      <button type="submit" className={submitClass} disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
