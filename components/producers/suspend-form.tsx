"use client";

import { useTranslations } from "next-intl";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { suspendProducerAction } from "@/server/producers/actions";

export function SuspendForm({ locale, producerId }: { locale: string; producerId: string }) {
  const t = useTranslations("admin.producers");
  return (
    <Form action={suspendProducerAction} locale={locale} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="producerId" value={producerId} />
      <FormMessages />
      <Field name="reason" label={t("reason")} />
      <SubmitButton variant="danger">{t("suspend")}</SubmitButton>
    </Form>
  );
}
