"use client";
import type { ReactNode } from "react";
import { Choices, Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";
import { ProvinceCommune } from "@/components/forms/province-commune";

type TextField = "customerName" | "phone" | "email" | "addressLine" | "commune" | "note";

export interface CheckoutLabels {
  contact: string;
  customerName: string;
  phone: string;
  phoneHint: string;
  email: string;
  emailHint: string;
  address: string;
  addressLine: string;
  province: string;
  chooseProvince: string;
  pickProvince: string;
  commune: string;
  chooseCommune: string;
  communeTyped: string;
  communeHint: string;
  note: string;
  /** "{count}/{max} ký tự" with # for count and @ for max. */
  counter: string;
  /** "Tối đa @ ký tự." */
  limit: string;
  payment: string;
  onlyCod: string | null;
  age: string;
  adultConfirmed: string;
  estimate: string;
  place: string;
  placing: string;
}

export interface CheckoutFormProps {
  action: FormAction;
  locale: string;
  expectedTotalVnd: number;
  paymentMethods: { value: string; label: string; help: string }[];
  provinces: { code: string; name: string }[];
  /** Delivery estimate for this cart by province code, already worded. */
  estimates: Record<string, string>;
  communesUrl: string;
  ageRestricted: boolean;
  limits: Record<TextField, number>;
  labels: CheckoutLabels;
  /** The privacy notice with its links, rendered by the page. */
  privacy: ReactNode;
}

/**
 * The checkout, a kit form (`<Form>` posting to `placeOrderAction`): works without JavaScript (the
 * page comes back with errors and everything typed). Without JavaScript the province is chosen first
 * ("Choose this province" brings its communes); with it, the communes load as the province changes and
 * each field counts its characters.
 */
export function CheckoutForm(props: CheckoutFormProps) {
  const { action, locale, expectedTotalVnd, paymentMethods, ageRestricted, limits, labels } = props;
  const counter = { typed: labels.counter, limit: labels.limit };
  const text = (name: TextField, label: string, options: { type?: string; autoComplete?: string; required?: boolean; hint?: string; multiline?: boolean; inputMode?: "tel" | "email"; wide?: boolean } = {}) => (
    <Field
      name={name}
      label={label}
      type={options.type}
      autoComplete={options.autoComplete}
      inputMode={options.inputMode}
      required={options.required ?? true}
      hint={options.hint}
      multiline={options.multiline}
      rows={3}
      maxLength={limits[name]}
      counter={counter}
      className={options.wide ? "space-y-1 sm:col-span-2" : "space-y-1"}
    />
  );
  return (
    <Form action={action} locale={locale} initial={{ paymentMethod: paymentMethods[0]?.value ?? "" }} className="space-y-6">
      <input type="hidden" name="expectedTotalVnd" value={expectedTotalVnd} />
      <FormMessages />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{labels.contact}</legend>
        {text("customerName", labels.customerName, { autoComplete: "name" })}
        {text("phone", labels.phone, { type: "tel", autoComplete: "tel", inputMode: "tel", hint: labels.phoneHint })}
        {text("email", labels.email, { type: "email", autoComplete: "email", inputMode: "email", required: false, hint: labels.emailHint })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{labels.address}</legend>
        <ProvinceAndCommune {...props} typedCommune={(hint) => text("commune", labels.communeTyped, { autoComplete: "address-level2", hint })} />
        {text("addressLine", labels.addressLine, { autoComplete: "street-address", wide: true })}
        {text("note", labels.note, { required: false, multiline: true, wide: true })}
      </fieldset>
      <Choices
        name="paymentMethod"
        legend={labels.payment}
        hint={labels.onlyCod ?? undefined}
        options={paymentMethods.map((method) => ({
          value: method.value,
          label: (
            <span>
              <span className="font-semibold">{method.label}</span>
              <span className="block text-sm text-slate-700">{method.help}</span>
            </span>
          ),
        }))}
      />
      {ageRestricted ? <Choices name="adultConfirmed" type="checkbox" legend={labels.age} options={[{ value: "on", label: labels.adultConfirmed }]} /> : null}
      <div className="rounded border border-slate-300 bg-slate-50 p-3 text-sm">{props.privacy}</div>
      <SubmitButton pendingLabel={labels.placing} className="min-h-11 w-full px-5 sm:w-auto">
        {labels.place}
      </SubmitButton>
    </Form>
  );
}

/**
 * The province, then the commune (the shared picker, components/forms/province-commune.tsx): typed
 * while no province is chosen or where its communes could not be loaded; and the delivery estimate.
 */
function ProvinceAndCommune({
  provinces,
  estimates,
  communesUrl,
  labels,
  typedCommune,
}: CheckoutFormProps & { typedCommune: (hint?: string) => ReactNode }) {
  return (
    <ProvinceCommune
      provinces={provinces}
      communesUrl={communesUrl}
      labels={labels}
      required
      communeName="communeId"
      fallback={(chosen) => typedCommune(chosen ? labels.communeHint : undefined)}
      after={(province) =>
        province && estimates[province] ? (
          <p className="text-sm sm:col-span-2" role="status">
            <span className="font-semibold">{labels.estimate}:</span> {estimates[province]}
          </p>
        ) : null
      }
    />
  );
}
