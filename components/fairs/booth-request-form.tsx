"use client";
import { Checkbox, Choices, Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import type { FormValues } from "@/lib/form-state";
import { saveBoothRequestAction } from "@/server/fairs/actions";

export interface BoothRequestFormProps {
  locale: string;
  fairId: string;
  requestId?: string;
  maxBooths: number;
  products: { id: string; name: string; starsLabel: string; eligible: boolean }[];
  /** boothCount, productIds (a list), note; needsPower, needsRefrigeration, needsWater are "on" when ticked. */
  initial: FormValues;
  labels: Record<"boothCount" | "products" | "productsHint" | "needs" | "needsPower" | "needsRefrigeration" | "needsWater" | "note" | "submit", string>;
}

/** The studio's booth request form; works without JavaScript (a plain form posting to the Server Action). */
export function BoothRequestForm({ locale, fairId, requestId, maxBooths, products, initial, labels }: BoothRequestFormProps) {
  return (
    <Form action={saveBoothRequestAction} locale={locale} initial={initial} className="max-w-xl space-y-4">
      <input type="hidden" name="fairId" value={fairId} />
      {requestId ? <input type="hidden" name="requestId" value={requestId} /> : null}
      <FormMessages />
      <Field name="boothCount" type="number" min={1} max={maxBooths} label={labels.boothCount} />
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
