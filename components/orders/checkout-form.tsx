"use client";
import { Fragment, useState, type ReactNode } from "react";
import { Choices, Field, FormMessages, SubmitButton, useField } from "@/components/forms/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Form, useFormReply, type FormAction } from "@/components/forms/form";
import { textOf, type FormOption } from "@/lib/form-state";

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
 * The province (a select), then the commune: a select of the province's communes when they are known
 * (loaded as the province changes, or sent back by the server after "Choose this province" without
 * JavaScript), else typed; and the delivery estimate for the province.
 */
function ProvinceAndCommune({
  provinces,
  estimates,
  communesUrl,
  labels,
  typedCommune,
}: CheckoutFormProps & { typedCommune: (hint?: string) => ReactNode }) {
  const reply = useFormReply();
  const hydrated = useHydrated();
  const provinceField = useField("provinceCode");
  const sent = reply?.options.communeId;
  const [province, setProvince] = useState(provinceField.posted === undefined ? "" : textOf(provinceField.values, "provinceCode"));
  // Null until a province is chosen; then its communes (empty when they could not be loaded).
  const [communes, setCommunes] = useState<FormOption[] | null>(province && sent ? sent : null);

  async function chooseProvince(code: string) {
    setProvince(code);
    if (!code) return setCommunes(null);
    try {
      const response = await fetch(`${communesUrl}?province=${encodeURIComponent(code)}`);
      const loaded = response.ok ? ((await response.json()) as { communes: { id: string; name: string }[] }).communes : [];
      setCommunes(loaded.map((c) => ({ value: c.id, label: c.name })));
    } catch {
      setCommunes([]);
    }
  }

  const estimate = province ? estimates[province] : null;
  return (
    <>
      <div className="space-y-2">
        <Field name="provinceCode" label={labels.province} required autoComplete="address-level1" defaultValue="" onValueChange={(code) => void chooseProvince(code)}>
          <option value="">{labels.chooseProvince}</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </Field>
        {hydrated ? null : (
          <button type="submit" name="intent" value="province" formNoValidate className="rounded border border-brand-700 px-3 py-1 text-sm font-semibold text-brand-800">
            {labels.pickProvince}
          </button>
        )}
      </div>
      {communes && communes.length > 0 ? (
        // A new province brings a new list: the select starts again from "choose".
        <Fragment key={province}>
          <Field name="communeId" label={labels.commune} required autoComplete="address-level2" defaultValue="">
            <option value="">{labels.chooseCommune}</option>
            {communes.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </Field>
        </Fragment>
      ) : (
        // Typed: before a province is chosen, or with a hint when its communes could not be loaded.
        typedCommune(communes ? labels.communeHint : undefined)
      )}
      {estimate ? (
        <p className="text-sm sm:col-span-2" role="status">
          <span className="font-semibold">{labels.estimate}:</span> {estimate}
        </p>
      ) : null}
    </>
  );
}
