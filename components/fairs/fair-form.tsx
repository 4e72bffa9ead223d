"use client";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { MoneyField } from "@/components/forms/money-field";
import { Form } from "@/components/forms/form";
import { saveFairAction } from "@/server/fairs/actions";

type FairField = "nameVi" | "nameEn" | "descriptionVi" | "descriptionEn" | "startsOn" | "endsOn" | "venue" | "province" | "registrationDeadline" | "boothCapacity" | "boothSize" | "feeVnd" | "subsidyPercent" | "minStars" | "maxBoothsPerProducer" | "opensAt" | "closesAt" | "hoursNoteVi" | "hoursNoteEn" | "address" | "directionsVi" | "directionsEn";

const LAYOUT: { name: FairField; type: string; required?: boolean; wide?: boolean }[] = [
  { name: "nameVi", type: "text", required: true },
  { name: "nameEn", type: "text" },
  { name: "startsOn", type: "date", required: true },
  { name: "endsOn", type: "date", required: true },
  { name: "venue", type: "text", required: true },
  { name: "province", type: "text", required: true },
  { name: "registrationDeadline", type: "date", required: true },
  { name: "boothCapacity", type: "number", required: true },
  { name: "boothSize", type: "text", required: true },
  { name: "feeVnd", type: "money", required: true },
  { name: "subsidyPercent", type: "number", required: true },
  { name: "minStars", type: "number", required: true },
  { name: "maxBoothsPerProducer", type: "number", required: true },
  { name: "descriptionVi", type: "textarea" },
  { name: "descriptionEn", type: "textarea" },
  // What visitors need: the daily hours (empty until announced) and how to get there.
  { name: "opensAt", type: "time" },
  { name: "closesAt", type: "time" },
  { name: "hoursNoteVi", type: "text" },
  { name: "hoursNoteEn", type: "text" },
  { name: "address", type: "text", wide: true },
  { name: "directionsVi", type: "textarea" },
  { name: "directionsEn", type: "textarea" },
];

/** Create or edit a fair; works without JavaScript and keeps what the officer typed on errors. */
export function FairForm({ locale, fairId, initial, labels, submit }: { locale: string; fairId?: string; initial: Record<FairField, string>; labels: Record<FairField, string>; submit: string }) {
  return (
    <Form action={saveFairAction} locale={locale} initial={initial} className="grid max-w-3xl gap-3 sm:grid-cols-2">
      {fairId ? <input type="hidden" name="fairId" value={fairId} /> : null}
      <div className="sm:col-span-2">
        <FormMessages />
      </div>
      {LAYOUT.map(({ name, type, required, wide }) => (
        <div key={name} className={type === "textarea" || wide ? "sm:col-span-2" : undefined}>
          {type === "money" ? (
            // A fee in đồng typed the Vietnamese way, with what will be saved shown as it is typed; a fair may be free.
            <MoneyField name={name} label={labels[name]} required={required} allowZero locale={locale} />
          ) : (
            <Field name={name} label={labels[name]} type={type} multiline={type === "textarea"} required={required} />
          )}
        </div>
      ))}
      <div className="sm:col-span-2">
        <SubmitButton>{submit}</SubmitButton>
      </div>
    </Form>
  );
}
