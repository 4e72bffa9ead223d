"use client";

import { useTranslations } from "next-intl";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { rejectListingAction } from "@/server/products/actions";

/** An officer sends a product back to its producer, with the reason they will read. */
export function RejectForm({ locale, id }: { locale: string; id: string }) {
  const t = useTranslations("admin.review");
  return (
    <Form action={rejectListingAction} locale={locale} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <FormMessages />
      <Field name="reason" label={t("reason")} multiline rows={2} />
      <SubmitButton variant="danger">{t("reject")}</SubmitButton>
    </Form>
  );
}
