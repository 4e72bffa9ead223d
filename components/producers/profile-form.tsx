"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { CommunePicker, type CommuneChoice } from "@/components/forms/commune-picker";
import { EMPTY_FORM_STATE } from "@/components/forms/form-state";
import { BANKS, bankByBin } from "@/lib/banks";
import { saveProducerProfileAction } from "@/server/producers/actions";

const LEGAL_FORMS = ["HOUSEHOLD", "COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE"] as const;
const BANKS_BY_NAME = [...BANKS].sort((a, b) => a.shortName.localeCompare(b.shortName, "vi"));

/**
 * A producer's profile: public facts, official facts (legal form, commune, tax code) and the bank
 * account buyers pay into. Producers propose (an officer reviews); officers edit directly.
 */
export function ProfileForm({
  locale,
  producerId,
  initial,
  commune,
  communeFallback,
  pendingFields = [],
  byOfficer = false,
}: {
  locale: string;
  producerId?: string;
  initial: Record<string, string>;
  commune: CommuneChoice | null;
  communeFallback: readonly CommuneChoice[];
  pendingFields?: readonly string[];
  byOfficer?: boolean;
}) {
  const t = useTranslations("profile");
  const tForms = useTranslations("common.legalForms");
  const [state, action, pending] = useActionState(saveProducerProfileAction, EMPTY_FORM_STATE);
  const v = { ...initial, ...state.values };
  const e = state.fieldErrors;
  const waiting = (field: string) => (pendingFields.includes(field) && !state.values[field] ? t("pendingField") : undefined);
  // The commune as last posted: the picker shows the choice the server echoed back.
  const communeShown = state.values.regionId !== undefined ? (state.values.regionId === commune?.id ? commune : state.values.regionId ? { id: state.values.regionId, label: state.values.regionLabel || state.values.regionId } : null) : commune;
  return (
    <form key={JSON.stringify(state.values)} action={action} className="max-w-2xl space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {producerId ? <input type="hidden" name="producerId" value={producerId} /> : null}
      {byOfficer ? <input type="hidden" name="back" value="admin" /> : null}
      <FormMessages formError={state.formError} notice={state.notice} />
      {!byOfficer ? <p className="rounded border border-slate-300 bg-slate-50 px-3 py-2 text-sm">{t("reviewNote")}</p> : null}
      <fieldset className="grid gap-4 rounded border border-slate-300 p-4 sm:grid-cols-2">
        <legend className="px-1 font-bold">{t("publicFacts")}</legend>
        <Field name="name" label={t("name")} required defaultValue={v.name} error={e.name} hint={waiting("name")} />
        <Field name="representative" label={t("representative")} defaultValue={v.representative} error={e.representative} hint={waiting("representative")} />
        <div className="sm:col-span-2"><Field name="addressLine" label={t("address")} defaultValue={v.addressLine} error={e.addressLine} hint={waiting("addressLine")} /></div>
        <Field name="phone" type="tel" label={t("phone")} hint={waiting("phone") ?? t("phoneHint")} defaultValue={v.phone} error={e.phone} autoComplete="tel" />
        <Field name="email" type="email" label={t("email")} defaultValue={v.email} error={e.email} hint={waiting("email")} />
        <div className="sm:col-span-2"><Field name="website" type="url" label={t("website")} defaultValue={v.website} error={e.website} hint={waiting("website") ?? t("websiteHint")} /></div>
        <div className="sm:col-span-2"><Field name="storyVi" label={t("storyVi")} multiline rows={6} defaultValue={v.storyVi} error={e.storyVi} hint={waiting("storyVi")} /></div>
        <div className="sm:col-span-2"><Field name="storyEn" label={t("storyEn")} multiline rows={6} defaultValue={v.storyEn} error={e.storyEn} hint={waiting("storyEn")} /></div>
      </fieldset>
      <fieldset className="grid gap-4 rounded border border-slate-300 p-4 sm:grid-cols-2">
        <legend className="px-1 font-bold">{t("officialFacts")}</legend>
        {!byOfficer ? <p className="text-sm text-slate-700 sm:col-span-2">{t("officialNote")}</p> : null}
        <Field name="legalForm" label={t("legalForm")} required defaultValue={v.legalForm || "COOPERATIVE"} error={e.legalForm} hint={waiting("legalForm")}>
          {LEGAL_FORMS.map((f) => <option key={f} value={f}>{tForms(f)}</option>)}
        </Field>
        <Field name="taxCode" label={t("taxCode")} defaultValue={v.taxCode} error={e.taxCode} hint={waiting("taxCode") ?? t("taxCodeHint")} />
        <div className="sm:col-span-2">
          <CommunePicker name="regionId" label={t("commune")} required initial={communeShown} fallbackOptions={communeFallback} error={e.regionId} hint={waiting("regionId") ?? t("communeHint")} />
        </div>
      </fieldset>
      <fieldset className="grid gap-4 rounded border border-slate-300 p-4 sm:grid-cols-2">
        <legend className="px-1 font-bold">{t("bankTitle")}</legend>
        <p className="text-sm text-slate-700 sm:col-span-2">{t("bankNote")}</p>
        <div className="sm:col-span-2">
          <Field name="bankBin" label={t("bank")} defaultValue={v.bankBin} error={e.bankBin} hint={waiting("bankBin")}>
            <option value="">{t("noBank")}</option>
            {v.bankBin && !bankByBin(v.bankBin) ? <option value={v.bankBin}>{t("unknownBank", { bin: v.bankBin })}</option> : null}
            {BANKS_BY_NAME.map((bank) => (
              <option key={bank.bin} value={bank.bin}>
                {bank.shortName} — {bank.name}
              </option>
            ))}
          </Field>
        </div>
        <Field name="bankAccount" label={t("bankAccount")} defaultValue={v.bankAccount} error={e.bankAccount} hint={waiting("bankAccount")} />
        <Field name="bankAccountName" label={t("bankAccountName")} defaultValue={v.bankAccountName} error={e.bankAccountName} hint={waiting("bankAccountName") ?? t("bankAccountNameHint")} />
      </fieldset>
      <div>
        <SubmitButton>{pending ? t("saving") : byOfficer ? t("save") : t("propose")}</SubmitButton>
      </div>
    </form>
  );
}
