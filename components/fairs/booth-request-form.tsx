"use client";
import { useState } from "react";
import { Checkbox, Choices, Field, FormMessages, SubmitButton, useField } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { boothFee } from "@/lib/booth-plan";
import { textOf, type FormValues } from "@/lib/form-state";
import { formatVnd } from "@/lib/format";
import { saveBoothRequestAction } from "@/server/fairs/actions";

export interface BoothRequestFormProps {
  locale: string;
  fairId: string;
  requestId?: string;
  maxBooths: number;
  fee: { feeVnd: number; subsidyPercent: number };
  products: { id: string; name: string; starsLabel: string; eligible: boolean }[];
  /** boothCount, productIds (a list), note; needsPower, needsRefrigeration, needsWater are "on" when ticked. */
  initial: FormValues;
  /** `total` has {count}, {gross}, {subsidy} and {net} placeholders, filled here as the count changes. */
  labels: Record<"boothCount" | "products" | "productsHint" | "needs" | "needsPower" | "needsRefrigeration" | "needsWater" | "note" | "submit" | "total", string>;
}

/** The number of booths, with what they cost and what the producer pays after the subsidy, as it is typed. */
function BoothCount({ locale, maxBooths, fee, label, total }: { locale: string; maxBooths: number; fee: BoothRequestFormProps["fee"]; label: string; total: string }) {
  const { values } = useField("boothCount");
  const [count, setCount] = useState(textOf(values, "boothCount"));
  const booths = Math.min(maxBooths, Math.max(1, Math.trunc(Number(count)) || 1));
  const due = boothFee({ ...fee, boothCount: booths });
  const text = total
    .replace("{count}", String(booths))
    .replace("{gross}", formatVnd(due.gross, locale))
    .replace("{subsidy}", formatVnd(due.subsidy, locale))
    .replace("{net}", formatVnd(due.net, locale));
  return (
    // A change inside bubbles here (React's onChange does), so the kit's field stays as it is.
    <div className="space-y-1" onChange={(event) => setCount((event.target as HTMLInputElement).value)}>
      <Field name="boothCount" type="number" min={1} max={maxBooths} label={label} />
      <p aria-live="polite" className="font-semibold" data-testid="booth-fee">
        {text}
      </p>
    </div>
  );
}

/** The studio's booth request form; works without JavaScript (a plain form posting to the Server Action). */
export function BoothRequestForm({ locale, fairId, requestId, maxBooths, fee, products, initial, labels }: BoothRequestFormProps) {
  return (
    <Form action={saveBoothRequestAction} locale={locale} initial={initial} className="max-w-xl space-y-4">
      <input type="hidden" name="fairId" value={fairId} />
      {requestId ? <input type="hidden" name="requestId" value={requestId} /> : null}
      <FormMessages />
      <BoothCount locale={locale} maxBooths={maxBooths} fee={fee} label={labels.boothCount} total={labels.total} />
      <Choices
        name="productIds"
        type="checkbox"
        legend={labels.products}
        hint={labels.productsHint}
        options={products.map((p) => ({
          value: p.id,
          label: (
            <>
              {p.name} <span className="text-sm">({p.starsLabel})</span>
            </>
          ),
          disabled: !p.eligible,
        }))}
      />
      <fieldset>
        <legend className="font-semibold">{labels.needs}</legend>
        <div className="flex flex-wrap gap-4">
          {(["needsPower", "needsRefrigeration", "needsWater"] as const).map((name) => (
            <Checkbox key={name} name={name} label={labels[name]} />
          ))}
        </div>
      </fieldset>
      <Field name="note" label={labels.note} multiline rows={3} maxLength={1000} />
      <SubmitButton>{labels.submit}</SubmitButton>
    </Form>
  );
}
