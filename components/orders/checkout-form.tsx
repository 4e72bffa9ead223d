"use client";
import { Choices, Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";

type CheckoutField = "customerName" | "phone" | "email" | "addressLine" | "province" | "commune" | "note";

export interface CheckoutFormProps {
  action: FormAction;
  locale: string;
  expectedTotalVnd: number;
  paymentMethods: { value: string; label: string }[];
  labels: Record<CheckoutField | "contact" | "address" | "payment" | "place", string>;
}

/** Posts to a Server Action: works without JavaScript (the page re-renders with errors and what was typed). */
export function CheckoutForm({ action, locale, expectedTotalVnd, paymentMethods, labels }: CheckoutFormProps) {
  const field = (name: CheckoutField, type: string, autoComplete: string) => <Field name={name} label={labels[name]} type={type} autoComplete={autoComplete} required />;
  return (
    <Form action={action} locale={locale} initial={{ paymentMethod: paymentMethods[0]?.value ?? "" }} className="space-y-6">
      <input type="hidden" name="expectedTotalVnd" value={expectedTotalVnd} />
      <FormMessages />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{labels.contact}</legend>
        {field("customerName", "text", "name")}
        {field("phone", "tel", "tel")}
        {field("email", "email", "email")}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{labels.address}</legend>
        {field("addressLine", "text", "street-address")}
        {field("commune", "text", "address-level3")}
        {field("province", "text", "address-level1")}
        <Field name="note" label={labels.note} multiline rows={3} maxLength={500} />
      </fieldset>
      <Choices name="paymentMethod" legend={labels.payment} options={paymentMethods} />
      <SubmitButton>{labels.place}</SubmitButton>
    </Form>
  );
}
