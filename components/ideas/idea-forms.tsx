"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { EMPTY_FORM_STATE } from "@/components/forms/form-state";
import { OCOP_GROUPS } from "@/lib/ocop-groups";
import { reviewIdeaAction, submitIdeaAction } from "@/server/ideas/actions";
import { IDEA_STATUSES } from "@/server/ideas/schemas";

export function IdeaForm({ locale }: { locale: string }) {
  const t = useTranslations("ideas.form");
  const tGroups = useTranslations("common.groups");
  const [state, action] = useActionState(submitIdeaAction, EMPTY_FORM_STATE);
  const v = state.values;
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessages formError={state.formError} notice={state.notice} />
      <Field name="title" label={t("title")} required defaultValue={v.title} error={state.fieldErrors.title} />
      <Field name="description" label={t("description")} hint={t("descriptionHint")} multiline rows={6} required defaultValue={v.description} error={state.fieldErrors.description} />
      <Field name="group" label={t("group")} defaultValue={v.group ?? ""} error={state.fieldErrors.group}>
        <option value="">{t("groupUnsure")}</option>
        {OCOP_GROUPS.map((g) => (
          <option key={g} value={g}>
            {tGroups(g)}
          </option>
        ))}
      </Field>
      <Field name="proposerName" label={t("proposerName")} autoComplete="name" required defaultValue={v.proposerName} error={state.fieldErrors.proposerName} />
      <Field name="proposerContact" label={t("proposerContact")} hint={t("proposerContactHint")} required defaultValue={v.proposerContact} error={state.fieldErrors.proposerContact} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

export function IdeaReviewForm({ locale, ideaId, status, reviewNote }: { locale: string; ideaId: string; status: string; reviewNote: string | null }) {
  const t = useTranslations("ideas.inbox");
  const [state, action] = useActionState(reviewIdeaAction, EMPTY_FORM_STATE);
  const id = `idea-${ideaId}`;
  return (
    <form action={action} className="space-y-2" noValidate aria-labelledby={`${id}-title`}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="ideaId" value={ideaId} />
      <FormMessages formError={state.formError} notice={state.notice} />
      <label className="block font-semibold" htmlFor={`${id}-status`}>
        {t("status")}
      </label>
      <select id={`${id}-status`} name="status" defaultValue={state.values.status ?? status} className="rounded border border-slate-500 bg-white px-3 py-2">
        {IDEA_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`statuses.${s}`)}
          </option>
        ))}
      </select>
      <label className="block font-semibold" htmlFor={`${id}-note`}>
        {t("note")}
      </label>
      <textarea id={`${id}-note`} name="reviewNote" rows={2} defaultValue={state.values.reviewNote ?? reviewNote ?? ""} className="w-full rounded border border-slate-500 bg-white px-3 py-2" />
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
