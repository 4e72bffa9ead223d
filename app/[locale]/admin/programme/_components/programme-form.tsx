"use client";

import { useTranslations } from "next-intl";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { updateProgrammeAction } from "@/server/programme/actions";

export interface ProgrammeFormValues {
  programmeId: string;
  nameVi: string;
  nameEn: string;
  reference: string;
  startYear: string;
  endYear: string;
}

export function ProgrammeForm({ locale, initial }: { locale: string; initial: ProgrammeFormValues }) {
  const t = useTranslations("programme.admin");
  return (
    <Form action={updateProgrammeAction} locale={locale} initial={{ ...initial }} className="space-y-3">
      <input type="hidden" name="programmeId" value={initial.programmeId} />
      <Field name="nameVi" label={t("nameVi")} required />
      <Field name="nameEn" label={t("nameEn")} />
      <Field name="reference" label={t("reference")} />
      <div className="grid grid-cols-2 gap-3">
        <Field name="startYear" type="number" inputMode="numeric" label={t("startYear")} required />
        <Field name="endYear" type="number" inputMode="numeric" label={t("endYear")} required />
      </div>
      <FormMessages />
      <SubmitButton>{t("save")}</SubmitButton>
    </Form>
  );
}
