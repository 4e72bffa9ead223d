"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessages } from "@/components/forms/field";
import { EMPTY_FORM_STATE } from "@/components/forms/form-state";
import { MoneyField } from "@/components/forms/money-field";
import { PhotoInput } from "@/components/products/photo-input";
import { OCOP_GROUPS } from "@/lib/ocop-groups";
import { saveListingAction } from "@/server/products/actions";

/**
 * The listing form. A new listing takes its first stock count and photos; an existing one carries
 * neither (stock changes through adjustments, photos in the gallery) but the version it was opened
 * at and the facts it showed, so a save made meanwhile elsewhere is reported instead of overwritten.
 */
export function ListingForm({
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
  const [state, action, pending] = useActionState(saveListingAction, EMPTY_FORM_STATE);
  const v = { ...initial, ...state.values };
  const e = state.fieldErrors;
  return (
    // Keyed by what the server sent back, so every field (selects too) shows it after an error.
    <form key={JSON.stringify(state.values)} action={action} className="max-w-2xl space-y-4" noValidate encType="multipart/form-data">
      <input type="hidden" name="locale" value={locale} />
      {id ? (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="editVersion" value={v.editVersion ?? String(editVersion ?? 0)} />
          <input type="hidden" name="base" value={v.base ?? JSON.stringify(initial)} />
        </>
      ) : null}
      <FormMessages formError={state.formError} />
      <fieldset className="space-y-4 rounded border border-slate-300 p-4">
        <legend className="px-1 font-bold">{t("vietnamese")}</legend>
        <Field name="nameVi" label={t("nameVi")} required defaultValue={v.nameVi} error={e.nameVi} />
        <Field name="descriptionVi" label={t("descriptionVi")} hint={t("markdownHint")} multiline rows={6} defaultValue={v.descriptionVi} error={e.descriptionVi} />
        <Field name="unit" label={t("unit")} hint={t("unitHint")} required defaultValue={v.unit} error={e.unit} />
      </fieldset>
      <fieldset className="space-y-4 rounded border border-slate-300 p-4">
        <legend className="px-1 font-bold">{t("english")}</legend>
        <Field name="nameEn" label={t("nameEn")} defaultValue={v.nameEn} error={e.nameEn} />
        <Field name="descriptionEn" label={t("descriptionEn")} multiline rows={6} defaultValue={v.descriptionEn} error={e.descriptionEn} />
        <Field name="unitEn" label={t("unitEn")} defaultValue={v.unitEn} error={e.unitEn} />
      </fieldset>
      <fieldset className="grid gap-4 rounded border border-slate-300 p-4 sm:grid-cols-2">
        <legend className="px-1 font-bold">{t("facts")}</legend>
        <Field name="group" label={t("group")} required defaultValue={v.group || "FOOD"} error={e.group}>
          {OCOP_GROUPS.map((g) => (
            <option key={g} value={g}>
              {tGroups(g)}
            </option>
          ))}
        </Field>
        <Field name="subgroupId" label={t("subgroup")} defaultValue={v.subgroupId} error={e.subgroupId}>
          <option value="">—</option>
          {subgroups.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Field>
        <MoneyField name="priceVnd" label={t("price")} hint={t("priceHint")} required locale={locale} defaultValue={v.priceVnd} error={e.priceVnd} />
        {id ? null : <Field name="stock" type="number" min={0} step={1} label={t("stock")} hint={t("stockHint")} required defaultValue={v.stock || "0"} error={e.stock} />}
        <Field name="gtin" label={t("gtin")} hint={t("gtinHint")} defaultValue={v.gtin} error={e.gtin} />
        {id ? null : (
          <div className="sm:col-span-2">
            <PhotoInput name="photos" label={t("photo")} error={e.photos} uploadMaxBytes={uploadMaxBytes} requestMaxBytes={requestMaxBytes} />
          </div>
        )}
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="save" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {t("save")}
        </button>
        {canSubmit ? (
          <button type="submit" name="intent" value="submit" disabled={pending} className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60">
            {t("saveAndSubmit")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
