"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { EMPTY_FORM_STATE } from "@/components/forms/form-state";
import { OCOP_GROUPS } from "@/lib/ocop-groups";
import { submitIdeaAction } from "@/server/ideas/actions";

export function IdeaForm({ locale, communes }: { locale: string; communes: { id: string; name: string }[] }) {
  const t = useTranslations("ideas");
  const tGroups = useTranslations("common.groups");
  const [state, action] = useActionState(submitIdeaAction, EMPTY_FORM_STATE);
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <div aria-hidden="true" className="hidden">
        <label>
          Website <input name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      <FormMessages formError={state.formError} notice={state.notice} />
      <Field name="title" label={t("title")} required defaultValue={v.title} error={e.title} />
      <Field name="description" label={t("description")} multiline rows={5} required defaultValue={v.description} error={e.description} />
      <Field name="group" label={t("group")} defaultValue={v.group} error={e.group}>
        <option value="">—</option>
        {OCOP_GROUPS.map((g) => <option key={g} value={g}>{tGroups(g)}</option>)}
      </Field>
      <Field name="regionId" label={t("commune")} defaultValue={v.regionId} error={e.regionId}>
        <option value="">—</option>
        {communes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
      </Field>
      <Field name="proposerName" label={t("name")} required autoComplete="name" defaultValue={v.proposerName} error={e.proposerName} />
      <Field name="proposerContact" label={t("contact")} hint={t("contactHint")} required defaultValue={v.proposerContact} error={e.proposerContact} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
