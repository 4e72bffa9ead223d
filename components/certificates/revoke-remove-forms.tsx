"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessages } from "@/components/forms/field";
import type { IsoDay } from "@/lib/clock";
import { removeCertificateAction, revokeCertificateAction } from "@/server/certificates/actions";
import { EMPTY_CERTIFICATE_FORM_STATE } from "./form-state";

/** Records the revocation decision of one certificate (valid, expired or superseded). */
export function RevokeForm({ locale, certificateId, today }: { locale: string; certificateId: string; today: IsoDay }) {
  const t = useTranslations("certificates");
  const [state, action] = useActionState(revokeCertificateAction, EMPTY_CERTIFICATE_FORM_STATE);
  const id = (name: string) => `revoke-${certificateId}-${name}`;
  return (
    <form key={state.round} action={action} className="grid gap-3 sm:grid-cols-3" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="certificateId" value={certificateId} />
      <div className="sm:col-span-3">
        <FormMessages formError={state.formError} notice={state.notice} />
      </div>
      <Field id={id("decisionNumber")} name="decisionNumber" label={t("fields.revocationNumber")} required defaultValue={state.values.decisionNumber} error={state.fieldErrors.decisionNumber} />
      <Field id={id("revokedOn")} name="revokedOn" type="date" max={today} label={t("fields.revokedOn")} required defaultValue={state.values.revokedOn} error={state.fieldErrors.revokedOn} />
      <Field id={id("reason")} name="reason" label={t("fields.revocationReason")} required defaultValue={state.values.reason} error={state.fieldErrors.reason} />
      <div>
        <button type="submit" className="rounded border border-red-800 px-3 py-1 font-semibold text-red-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-900">
          {t("actions.revoke")}
        </button>
      </div>
    </form>
  );
}

/** Removes an entry recorded in error (it leaves public view; the audit log keeps it). */
export function RemoveForm({ locale, certificateId }: { locale: string; certificateId: string }) {
  const t = useTranslations("certificates");
  const [state, action] = useActionState(removeCertificateAction, EMPTY_CERTIFICATE_FORM_STATE);
  const id = (name: string) => `remove-${certificateId}-${name}`;
  return (
    <form key={state.round} action={action} className="space-y-3" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="certificateId" value={certificateId} />
      <FormMessages formError={state.formError} notice={state.notice} />
      <Field id={id("reason")} name="reason" multiline rows={2} label={t("fields.removeReason")} required defaultValue={state.values.reason} error={state.fieldErrors.reason} />
      <label className="flex items-start gap-2">
        <input type="checkbox" name="understood" defaultChecked={state.values.understood === "on"} className="mt-1" aria-describedby={state.fieldErrors.understood ? id("understood-error") : undefined} />
        {t("actions.removeConfirm")}
      </label>
      {state.fieldErrors.understood ? (
        <p id={id("understood-error")} className="text-sm font-semibold text-red-800">
          {state.fieldErrors.understood}
        </p>
      ) : null}
      <button type="submit" className="rounded border border-red-800 px-3 py-1 font-semibold text-red-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-900">
        {t("actions.remove")}
      </button>
    </form>
  );
}
