"use client";

import { useTranslations } from "next-intl";
import { Checkbox, Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form, useFormReply } from "@/components/forms/form";
import type { IsoDay } from "@/lib/clock";
import { removeCertificateAction, revokeCertificateAction } from "@/server/certificates/actions";

/** Records the revocation decision of one certificate (valid, expired or superseded). */
export function RevokeForm({ locale, certificateId, today }: { locale: string; certificateId: string; today: IsoDay }) {
  const t = useTranslations("certificates");
  return (
    <Form action={revokeCertificateAction} locale={locale} className="grid gap-3 sm:grid-cols-3">
      <input type="hidden" name="certificateId" value={certificateId} />
      <div className="sm:col-span-3">
        <FormMessages />
      </div>
      <Field name="decisionNumber" label={t("fields.revocationNumber")} required />
      <Field name="revokedOn" type="date" max={today} label={t("fields.revokedOn")} required />
      <Field name="reason" label={t("fields.revocationReason")} required />
      <div>
        <SubmitButton variant="danger">{t("actions.revoke")}</SubmitButton>
      </div>
    </Form>
  );
}

/** Removes an entry recorded in error (it leaves public view; the audit log keeps it). */
export function RemoveForm({ locale, certificateId }: { locale: string; certificateId: string }) {
  const t = useTranslations("certificates");
  return (
    <Form action={removeCertificateAction} locale={locale} className="space-y-3">
      <input type="hidden" name="certificateId" value={certificateId} />
      <FormMessages />
      <Field name="reason" multiline rows={2} label={t("fields.removeReason")} required />
      <Checkbox name="understood" label={t("actions.removeConfirm")} />
      <UnderstoodError />
      <SubmitButton variant="danger">{t("actions.remove")}</SubmitButton>
    </Form>
  );
}

/** The kit's checkbox shows no message of its own: say that the box must be ticked. */
function UnderstoodError() {
  const error = useFormReply()?.fieldErrors.understood;
  return error ? <p className="text-sm font-semibold text-red-800">{error}</p> : null;
}
