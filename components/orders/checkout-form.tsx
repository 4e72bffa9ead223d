"use client";
import { useActionState, useState, useSyncExternalStore, type ReactNode } from "react";
import type { CheckoutState } from "@/server/orders/actions";

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
  required: string;
  payment: string;
  onlyCod: string | null;
  age: string;
  adultConfirmed: string;
  estimate: string;
  place: string;
  placing: string;
}

export interface CheckoutFormProps {
  action: (state: CheckoutState, formData: FormData) => Promise<CheckoutState>;
  locale: string;
  expectedTotalVnd: number;
  /** Product names by id, so an out-of-stock message can name the product. */
  productNames: Record<string, string>;
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

const subscribeNothing = () => () => {};
const inputClass = "mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

/**
 * Posts to a Server Action: works without JavaScript (the page comes back with errors and everything
 * typed). Without JavaScript the province is chosen first ("Choose this province" brings its communes);
 * with it, the communes load as the province changes and each field counts its characters.
 */
export function CheckoutForm(props: CheckoutFormProps) {
  const { action, locale, expectedTotalVnd, productNames, paymentMethods, provinces, estimates, communesUrl, ageRestricted, limits, labels } = props;
  const [state, formAction, pending] = useActionState(action, { values: {}, fieldErrors: {}, formError: null, communes: null });
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const [province, setProvince] = useState(state.values.provinceCode ?? "");
  const [communes, setCommunes] = useState(state.communes);
  const [lengths, setLengths] = useState<Record<string, number>>({});

  // A new answer from the server (an error, or the no-JavaScript province step) resets the picker to it.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setProvince(state.values.provinceCode ?? "");
    setCommunes(state.communes);
  }

  async function chooseProvince(code: string) {
    setProvince(code);
    if (!code) return setCommunes(null);
    try {
      const response = await fetch(`${communesUrl}?province=${encodeURIComponent(code)}`);
      setCommunes(response.ok ? ((await response.json()) as { communes: { id: string; name: string }[] }).communes : []);
    } catch {
      setCommunes([]);
    }
  }

  const describedBy = (name: string, hint?: boolean) =>
    [state.fieldErrors[name] ? `checkout-${name}-error` : null, hint ? `checkout-${name}-hint` : null, `checkout-${name}-count`].filter(Boolean).join(" ");

  const error = (name: string) =>
    state.fieldErrors[name] ? (
      <p id={`checkout-${name}-error`} className="mt-1 text-sm font-semibold text-red-800">
        {state.fieldErrors[name]}
      </p>
    ) : null;

  const counter = (name: TextField) => (
    <p id={`checkout-${name}-count`} className="mt-1 text-xs text-slate-700" aria-live={hydrated ? "polite" : undefined}>
      {hydrated
        ? labels.counter.replace("#", String(lengths[name] ?? (state.values[name] ?? "").length)).replace("@", String(limits[name]))
        : labels.limit.replace("@", String(limits[name]))}
    </p>
  );

  const field = (name: TextField, label: string, options: { type?: string; autoComplete?: string; required?: boolean; hint?: string; multiline?: boolean; inputMode?: "tel" | "email" | "text" } = {}) => {
    const { type = "text", autoComplete, required = true, hint, multiline, inputMode } = options;
    const common = {
      id: `checkout-${name}`,
      name,
      defaultValue: state.values[name] ?? "",
      maxLength: limits[name],
      required,
      "aria-invalid": state.fieldErrors[name] ? true : undefined,
      "aria-describedby": describedBy(name, !!hint),
      onChange: (event: { target: { value: string } }) => setLengths((l) => ({ ...l, [name]: event.target.value.length })),
      className: inputClass,
    };
    return (
      <div className={multiline || name === "addressLine" ? "sm:col-span-2" : undefined}>
        <label htmlFor={`checkout-${name}`} className="text-sm font-semibold">
          {label}
          {required ? <span className="sr-only"> ({labels.required})</span> : null}
          {required ? <span aria-hidden="true"> *</span> : null}
        </label>
        {multiline ? <textarea {...common} rows={3} /> : <input {...common} type={type} autoComplete={autoComplete} inputMode={inputMode} />}
        {hint ? (
          <p id={`checkout-${name}-hint`} className="mt-1 text-xs text-slate-700">
            {hint}
          </p>
        ) : null}
        {counter(name)}
        {error(name)}
      </div>
    );
  };

  const estimate = province ? estimates[province] : null;

  return (
    <form action={formAction} className="space-y-6" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="expectedTotalVnd" value={expectedTotalVnd} />
      {Object.entries(productNames).map(([id, name]) => (
        <input key={id} type="hidden" name={`name:${id}`} value={name} />
      ))}
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          {state.formError}
        </p>
      ) : null}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{labels.contact}</legend>
        {field("customerName", labels.customerName, { autoComplete: "name" })}
        {field("phone", labels.phone, { type: "tel", autoComplete: "tel", inputMode: "tel", hint: labels.phoneHint })}
        {field("email", labels.email, { type: "email", autoComplete: "email", inputMode: "email", required: false, hint: labels.emailHint })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{labels.address}</legend>
        <div>
          <label htmlFor="checkout-provinceCode" className="text-sm font-semibold">
            {labels.province}
            <span className="sr-only"> ({labels.required})</span>
            <span aria-hidden="true"> *</span>
          </label>
          <select
            id="checkout-provinceCode"
            name="provinceCode"
            autoComplete="address-level1"
            required
            value={province}
            onChange={(event) => void chooseProvince(event.target.value)}
            aria-invalid={state.fieldErrors.provinceCode ? true : undefined}
            aria-describedby={state.fieldErrors.provinceCode ? "checkout-provinceCode-error" : undefined}
            className={inputClass}
          >
            <option value="">{labels.chooseProvince}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
          {hydrated ? null : (
            <button type="submit" name="intent" value="province" formNoValidate className="mt-2 rounded border border-brand-700 px-3 py-1 text-sm font-semibold text-brand-800">
              {labels.pickProvince}
            </button>
          )}
          {error("provinceCode")}
        </div>
        {communes && communes.length > 0 ? (
          <div>
            <label htmlFor="checkout-communeId" className="text-sm font-semibold">
              {labels.commune}
              <span className="sr-only"> ({labels.required})</span>
              <span aria-hidden="true"> *</span>
            </label>
            <select
              key={province}
              id="checkout-communeId"
              name="communeId"
              autoComplete="address-level2"
              required
              defaultValue={state.values.communeId ?? ""}
              aria-invalid={state.fieldErrors.communeId ? true : undefined}
              aria-describedby={state.fieldErrors.communeId ? "checkout-communeId-error" : undefined}
              className={inputClass}
            >
              <option value="">{labels.chooseCommune}</option>
              {communes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            {error("communeId")}
          </div>
        ) : (
          field("commune", labels.communeTyped, { autoComplete: "address-level2", hint: communes ? labels.communeHint : undefined })
        )}
        {field("addressLine", labels.addressLine, { autoComplete: "street-address" })}
        {estimate ? (
          <p className="text-sm sm:col-span-2" role="status">
            <span className="font-semibold">{labels.estimate}:</span> {estimate}
          </p>
        ) : null}
        {field("note", labels.note, { required: false, multiline: true })}
      </fieldset>
      <fieldset aria-describedby={state.fieldErrors.paymentMethod ? "checkout-paymentMethod-error" : undefined}>
        <legend className="mb-2 text-lg font-semibold">{labels.payment}</legend>
        {paymentMethods.map((method) => (
          <label key={method.value} className="flex items-start gap-2 py-1">
            <input
              type="radio"
              name="paymentMethod"
              value={method.value}
              defaultChecked={(state.values.paymentMethod || paymentMethods[0].value) === method.value}
              className="mt-1.5"
              aria-describedby={`payment-help-${method.value}`}
            />
            <span>
              <span className="font-semibold">{method.label}</span>
              <span id={`payment-help-${method.value}`} className="block text-sm text-slate-700">
                {method.help}
              </span>
            </span>
          </label>
        ))}
        {labels.onlyCod ? <p className="text-sm text-slate-700">{labels.onlyCod}</p> : null}
        {error("paymentMethod")}
      </fieldset>
      {ageRestricted ? (
        <fieldset>
          <legend className="mb-2 text-lg font-semibold">{labels.age}</legend>
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              name="adultConfirmed"
              defaultChecked={state.values.adultConfirmed === "on"}
              required
              aria-invalid={state.fieldErrors.adultConfirmed ? true : undefined}
              aria-describedby={state.fieldErrors.adultConfirmed ? "checkout-adultConfirmed-error" : undefined}
              className="mt-1.5"
            />
            <span>{labels.adultConfirmed}</span>
          </label>
          {error("adultConfirmed")}
        </fieldset>
      ) : null}
      <div className="rounded border border-slate-300 bg-slate-50 p-3 text-sm">{props.privacy}</div>
      <button type="submit" disabled={pending} className="min-h-11 w-full rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60 sm:w-auto">
        {pending ? labels.placing : labels.place}
      </button>
    </form>
  );
}
