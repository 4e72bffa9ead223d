"use client";

import { useTranslations } from "next-intl";
import { CommunePicker, type CommuneChoice } from "@/components/forms/commune-picker";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { MoneyField } from "@/components/forms/money-field";
import { BANKS, bankByBin } from "@/lib/banks";
import { formatVnd } from "@/lib/format";
import { SHIPPING_LIMITS } from "@/lib/shipping";
import { saveProducerProfileAction } from "@/server/producers/actions";

const LEGAL_FORMS = ["HOUSEHOLD", "COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE"] as const;
const BANKS_BY_NAME = [...BANKS].sort((a, b) => a.shortName.localeCompare(b.shortName, "vi"));

/**
 * A producer's profile: public facts, official facts (legal form, commune, tax code), the bank
 * account buyers pay into and the delivery rule buyers are charged by. Producers propose (an officer
 * reviews, as for a published product's price); officers edit directly.
 */
export function ProfileForm({
  locale,
  producerId,
  initial,
  commune,
  communeFallback,
  pendingFields = [],
  byOfficer = false,
  defaultShippingVnd,
}: {
  locale: string;
  producerId?: string;
  initial: Record<string, string>;
  commune: CommuneChoice | null;
  communeFallback: readonly CommuneChoice[];
  pendingFields?: readonly string[];
  byOfficer?: boolean;
  /** The site's flat fee, charged when the producer sets none. */
  defaultShippingVnd: number;
}) {
  const t = useTranslations("profile");
  const tForms = useTranslations("common.legalForms");
  // A field whose shown value is the producer's proposal says so.
  const waiting = (field: string) => (pendingFields.includes(field) ? t("pendingField") : undefined);
  const money = (amount: number) => formatVnd(amount, locale);
  return (
    <Form action={saveProducerProfileAction} locale={locale} initial={initial} className="max-w-2xl space-y-4">
      {producerId ? <input type="hidden" name="producerId" value={producerId} /> : null}
      {byOfficer ? <input type="hidden" name="back" value="admin" /> : null}
      <FormMessages />
      {!byOfficer ? <p className="rounded border border-slate-300 bg-slate-50 px-3 py-2 text-sm">{t("reviewNote")}</p> : null}
      <fieldset className="grid gap-4 rounded border border-slate-300 p-4 sm:grid-cols-2">
        <legend className="px-1 font-bold">{t("publicFacts")}</legend>
        <Field name="name" label={t("name")} required hint={waiting("name")} />
        <Field name="representative" label={t("representative")} hint={waiting("representative")} />
        <div className="sm:col-span-2"><Field name="addressLine" label={t("address")} hint={waiting("addressLine")} /></div>
        <Field name="phone" type="tel" label={t("phone")} hint={waiting("phone") ?? t("phoneHint")} autoComplete="tel" />
        <Field name="email" type="email" label={t("email")} hint={waiting("email")} />
        <div className="sm:col-span-2"><Field name="website" type="url" label={t("website")} hint={waiting("website") ?? t("websiteHint")} /></div>
        <div className="sm:col-span-2"><Field name="storyVi" label={t("storyVi")} multiline rows={6} hint={waiting("storyVi")} /></div>
        <div className="sm:col-span-2"><Field name="storyEn" label={t("storyEn")} multiline rows={6} hint={waiting("storyEn")} /></div>
      </fieldset>
      <fieldset className="grid gap-4 rounded border border-slate-300 p-4 sm:grid-cols-2">
        <legend className="px-1 font-bold">{t("officialFacts")}</legend>
        {!byOfficer ? <p className="text-sm text-slate-700 sm:col-span-2">{t("officialNote")}</p> : null}
        <Field name="legalForm" label={t("legalForm")} required defaultValue="COOPERATIVE" hint={waiting("legalForm")}>
          {LEGAL_FORMS.map((f) => <option key={f} value={f}>{tForms(f)}</option>)}
        </Field>
        <Field name="taxCode" label={t("taxCode")} hint={waiting("taxCode") ?? t("taxCodeHint")} />
        <div className="sm:col-span-2">
          <CommunePicker name="regionId" label={t("commune")} required initial={commune} fallbackOptions={communeFallback} hint={waiting("regionId") ?? t("communeHint")} />
        </div>
      </fieldset>
      <fieldset className="grid gap-4 rounded border border-slate-300 p-4 sm:grid-cols-2">
        <legend className="px-1 font-bold">{t("bankTitle")}</legend>
        <p className="text-sm text-slate-700 sm:col-span-2">{t("bankNote")}</p>
        <div className="sm:col-span-2">
          <Field name="bankBin" label={t("bank")} hint={waiting("bankBin")}>
            <option value="">{t("noBank")}</option>
            {initial.bankBin && !bankByBin(initial.bankBin) ? <option value={initial.bankBin}>{t("unknownBank", { bin: initial.bankBin })}</option> : null}
            {BANKS_BY_NAME.map((bank) => (
              <option key={bank.bin} value={bank.bin}>
                {bank.shortName} — {bank.name}
              </option>
            ))}
          </Field>
        </div>
        <Field name="bankAccount" label={t("bankAccount")} hint={waiting("bankAccount")} />
        <Field name="bankAccountName" label={t("bankAccountName")} hint={waiting("bankAccountName") ?? t("bankAccountNameHint")} />
      </fieldset>
      <fieldset className="grid gap-4 rounded border border-slate-300 p-4 sm:grid-cols-2" aria-describedby="shipping-note">
        <legend className="px-1 font-bold">{t("shippingTitle")}</legend>
        <p id="shipping-note" className="text-sm text-slate-700 sm:col-span-2">{t("shippingNote")}</p>
        <MoneyField name="shippingFlatVnd" label={t("fields.shippingFlatVnd")} allowZero locale={locale}
          hint={[waiting("shippingFlatVnd"), t("shippingFlatHint", { fee: money(defaultShippingVnd), max: money(SHIPPING_LIMITS.flatVnd) })].filter(Boolean).join(" ")} />
        <MoneyField name="shippingPerKgVnd" label={t("fields.shippingPerKgVnd")} allowZero locale={locale}
          hint={[waiting("shippingPerKgVnd"), t("shippingPerKgHint", { max: money(SHIPPING_LIMITS.perKgVnd) })].filter(Boolean).join(" ")} />
        <div className="sm:col-span-2">
          <MoneyField name="shippingFreeAboveVnd" label={t("fields.shippingFreeAboveVnd")} locale={locale}
            hint={[waiting("shippingFreeAboveVnd"), t("shippingFreeAboveHint")].filter(Boolean).join(" ")} />
        </div>
      </fieldset>
      <div>
        <SubmitButton>{byOfficer ? t("save") : t("propose")}</SubmitButton>
      </div>
    </Form>
  );
}
