"use client";

import { useTranslations } from "next-intl";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { ProvinceCommune } from "@/components/forms/province-commune";
import { OCOP_GROUPS } from "@/lib/ocop-groups";
import { submitIdeaAction } from "@/server/ideas/actions";

/**
 * A product idea. Its commune (optional) is picked from the official list through its province, as
 * at checkout: the 3,321 communes would weigh the page down as one list and repeat names across provinces.
 */
export function IdeaForm({ locale, provinces, communesUrl }: { locale: string; provinces: { code: string; name: string }[]; communesUrl: string }) {
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
      <ProvinceCommune
        provinces={provinces}
        communesUrl={communesUrl}
        labels={{ province: t("province"), chooseProvince: t("chooseProvince"), pickProvince: t("pickProvince"), commune: t("commune"), chooseCommune: t("chooseCommune") }}
        required={false}
        communeName="regionId"
      />
      <Field name="proposerName" label={t("name")} required autoComplete="name" />
      <Field name="proposerContact" label={t("contact")} hint={t("contactHint")} required />
      <SubmitButton>{t("submit")}</SubmitButton>
    </Form>
  );
}
