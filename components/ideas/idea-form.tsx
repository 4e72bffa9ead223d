"use client";

import { useTranslations } from "next-intl";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { OCOP_GROUPS } from "@/lib/ocop-groups";
import { submitIdeaAction } from "@/server/ideas/actions";

export function IdeaForm({ locale, communes }: { locale: string; communes: { id: string; name: string }[] }) {
  const t = useTranslations("ideas");
  const tGroups = useTranslations("common.groups");
  return (
    <Form action={submitIdeaAction} locale={locale} className="max-w-xl space-y-4">
      <div aria-hidden="true" className="hidden">
        <label>
          Website <input name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      <FormMessages />
      <Field name="title" label={t("title")} required />
      <Field name="description" label={t("description")} multiline rows={5} required />
      <Field name="group" label={t("group")}>
        <option value="">—</option>
        {OCOP_GROUPS.map((g) => <option key={g} value={g}>{tGroups(g)}</option>)}
      </Field>
      <Field name="regionId" label={t("commune")}>
        <option value="">—</option>
        {communes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
      </Field>
      <Field name="proposerName" label={t("name")} required autoComplete="name" />
      <Field name="proposerContact" label={t("contact")} hint={t("contactHint")} required />
      <SubmitButton>{t("submit")}</SubmitButton>
    </Form>
  );
}
