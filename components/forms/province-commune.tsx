"use client";
import { Fragment, useState, type ReactNode } from "react";
import { Field, useField } from "@/components/forms/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useFormReply } from "@/components/forms/form";
import { textOf, type FormOption } from "@/lib/form-state";

export interface ProvinceCommuneLabels {
  province: string;
  chooseProvince: string;
  /** The button that, without JavaScript, posts the form back with the province's communes. */
  pickProvince: string;
  commune: string;
  chooseCommune: string;
}

/**
 * The address picker on the official list of 2025: the province (a select of the 34), then a select
 * of its communes, loaded from `communesUrl` (`?province=08`) as the province changes. Without
 * JavaScript, "Choose this province" posts the form with `intent=province`; the action answers
 * `{ again: true }` with the communes as `choices[communeName]`, and the form comes back with them and
 * everything typed. Where a province's communes are not known (they could not be loaded), `fallback`
 * stands in for the select (the checkout's typed field); `after` shows what depends on the province.
 */
export function ProvinceCommune({
  provinces,
  communesUrl,
  labels,
  required,
  communeName,
  fallback,
  after,
}: {
  provinces: { code: string; name: string }[];
  communesUrl: string;
  labels: ProvinceCommuneLabels;
  required: boolean;
  /** The commune select's field name (the region id it posts). */
  communeName: string;
  /** What stands for the commune when no province is chosen yet (`chosen` false) or its communes are unknown. */
  fallback?: (chosen: boolean) => ReactNode;
  after?: (province: string) => ReactNode;
}) {
  const reply = useFormReply();
  const hydrated = useHydrated();
  const provinceField = useField("provinceCode");
  const sent = reply?.options[communeName];
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

  return (
    <>
      <div className="space-y-2">
        <Field name="provinceCode" label={labels.province} required={required} autoComplete="address-level1" defaultValue="" onValueChange={(code) => void chooseProvince(code)}>
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
          <Field name={communeName} label={labels.commune} required={required} autoComplete="address-level2" defaultValue="">
            <option value="">{labels.chooseCommune}</option>
            {communes.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </Field>
        </Fragment>
      ) : (
        fallback?.(communes !== null)
      )}
      {after?.(province)}
    </>
  );
}
