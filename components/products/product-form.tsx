"use client";

import { useTranslations } from "next-intl";
import { Field, FormMessages, Hidden, SubmitButton } from "@/components/forms/field";
import { MoneyField } from "@/components/forms/money-field";
import { Form } from "@/components/forms/form";
import { PhotoInput } from "@/components/products/photo-input";
import { OCOP_GROUPS } from "@/lib/ocop-groups";
import { saveProductAction } from "@/server/products/actions";

/**
 * The listing form. A new listing takes its first stock count and photos; an existing one carries
 * neither (stock changes through adjustments, photos in the gallery) but the version it was opened
 * at and the facts it showed, so a save made meanwhile elsewhere is reported instead of overwritten.
 */
export function ProductForm({
  locale,
  id,
  initial,
  subgroups,
  canSubmit,
  editVersion,
  uploadMaxBytes,
  requestMaxBytes,
}: {
  locale: string;
  id?: string;
  initial: Record<string, string>;
  subgroups: { id: string; group: string; name: string }[];
  canSubmit: boolean;
  editVersion?: number;
  uploadMaxBytes: number;
  requestMaxBytes: number;
}) {
  const t = useTranslations("listings.form");
  const tGroups = useTranslations("common.groups");
  return (
    <Form action={saveProductAction} locale={locale} initial={initial} className="max-w-2xl space-y-4">
      {id ? (
        <>
          <input type="hidden" name="id" value={id} />
          <Hidden name="editVersion" value={String(editVersion ?? 0)} />
          <Hidden name="base" value={JSON.stringify(initial)} />
        </>
      ) : null}
      <FormMessages />
      <fieldset className="space-y-4 rounded border border-slate-300 p-4">
        <legend className="px-1 font-bold">{t("vietnamese")}</legend>
        <Field name="nameVi" label={t("nameVi")} required />
        <Field name="descriptionVi" label={t("descriptionVi")} hint={t("markdownHint")} multiline rows={6} />
        <Field name="unit" label={t("unit")} hint={t("unitHint")} required />
      </fieldset>
      <fieldset className="space-y-4 rounded border border-slate-300 p-4">
        <legend className="px-1 font-bold">{t("english")}</legend>
        <Field name="nameEn" label={t("nameEn")} />
        <Field name="descriptionEn" label={t("descriptionEn")} multiline rows={6} />
        <Field name="unitEn" label={t("unitEn")} />
      </fieldset>
      <fieldset className="grid gap-4 rounded border border-slate-300 p-4 sm:grid-cols-2">
        <legend className="px-1 font-bold">{t("facts")}</legend>
        <Field name="group" label={t("group")} required defaultValue="FOOD">
          {OCOP_GROUPS.map((g) => (
            <option key={g} value={g}>
              {tGroups(g)}
            </option>
          ))}
        </Field>
        <Field name="subgroupId" label={t("subgroup")}>
          <option value="">—</option>
          {subgroups.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Field>
        <MoneyField name="priceVnd" label={t("price")} hint={t("priceHint")} required locale={locale} />
        {id ? null : <Field name="stock" type="number" min={0} step={1} label={t("stock")} hint={t("stockHint")} required defaultValue="0" />}
        <Field name="gtin" label={t("gtin")} hint={t("gtinHint")} />
        <Field name="weightGrams" label={t("weight")} hint={t("weightHint")} inputMode="numeric" />
        {id ? null : (
          <div className="sm:col-span-2">
            <PhotoInput name="photos" label={t("photo")} uploadMaxBytes={uploadMaxBytes} requestMaxBytes={requestMaxBytes} />
          </div>
        )}
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="save">
          {t("save")}
        </SubmitButton>
        {canSubmit ? (
          <SubmitButton name="intent" value="submit" variant="secondary">
            {t("saveAndSubmit")}
          </SubmitButton>
        ) : null}
      </div>
    </Form>
  );
}
