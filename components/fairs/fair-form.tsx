"use client";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { saveFairAction } from "@/server/fairs/actions";

type FairField = "nameVi" | "nameEn" | "descriptionVi" | "descriptionEn" | "startsOn" | "endsOn" | "venue" | "province" | "registrationDeadline" | "boothCapacity" | "boothSize" | "feeVnd" | "subsidyPercent" | "minStars" | "maxBoothsPerProducer";

const LAYOUT: { name: FairField; type: string; required?: boolean }[] = [
  { name: "nameVi", type: "text", required: true },
  { name: "nameEn", type: "text" },
  { name: "startsOn", type: "date", required: true },
  { name: "endsOn", type: "date", required: true },
  { name: "venue", type: "text", required: true },
  { name: "province", type: "text", required: true },
  { name: "registrationDeadline", type: "date", required: true },
  { name: "boothCapacity", type: "number", required: true },
  { name: "boothSize", type: "text", required: true },
  { name: "feeVnd", type: "number", required: true },
  { name: "subsidyPercent", type: "number", required: true },
  { name: "minStars", type: "number", required: true },
  { name: "maxBoothsPerProducer", type: "number", required: true },
  { name: "descriptionVi", type: "textarea" },
  { name: "descriptionEn", type: "textarea" },
];

/** Create or edit a fair; works without JavaScript and keeps what the officer typed on errors. */
export function FairForm({ locale, fairId, initial, labels, submit }: { locale: string; fairId?: string; initial: Record<FairField, string>; labels: Record<FairField, string>; submit: string }) {
  return (
    <Form action={saveFairAction} locale={locale} initial={initial} className="grid max-w-3xl gap-3 sm:grid-cols-2">
      {fairId ? <input type="hidden" name="fairId" value={fairId} /> : null}
      <div className="sm:col-span-2">
        <FormMessages />
      </div>
      {LAYOUT.map(({ name, type, required }) => (
        <div key={name} className={type === "textarea" ? "sm:col-span-2" : undefined}>
          <Field name={name} label={labels[name]} type={type} multiline={type === "textarea"} required={required} />
        </div>
      ))}
      <div className="sm:col-span-2">
        <SubmitButton>{submit}</SubmitButton>
      </div>
    </Form>
  );
}
