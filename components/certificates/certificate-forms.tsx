"use client";

import { useTranslations } from "next-intl";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { recordCertificateAction, revokeCertificateAction } from "@/server/certificates/actions";

export function CertificateForm({ locale, productId }: { locale: string; productId: string }) {
  const t = useTranslations("admin.certificates");
  return (
    <Form action={recordCertificateAction} locale={locale} className="grid max-w-2xl gap-4 sm:grid-cols-2">
      <input type="hidden" name="productId" value={productId} />
      <div className="sm:col-span-2"><FormMessages /></div>
      <Field name="stars" label={t("stars")} required defaultValue="3">
        {["3", "4", "5"].map((s) => <option key={s} value={s}>{s}★</option>)}
      </Field>
      <Field name="score" type="number" min={0} max={100} label={t("score")} />
      <Field name="level" label={t("level")} required defaultValue="PROVINCE">
        {["DISTRICT", "PROVINCE", "NATIONAL"].map((l) => <option key={l} value={l}>{t(`levels.${l}`)}</option>)}
      </Field>
      <Field name="decisionNumber" label={t("decisionNumber")} hint="1234/QĐ-UBND" required />
      <Field name="decisionDate" type="date" label={t("decisionDate")} required />
      <Field name="validUntil" type="date" label={t("validUntil")} hint={t("validUntilHint")} />
      <div className="sm:col-span-2"><Field name="issuingBody" label={t("issuingBody")} required /></div>
      <div><SubmitButton>{t("record")}</SubmitButton></div>
    </Form>
  );
}

export function RevokeForm({ locale, certificateId }: { locale: string; certificateId: string }) {
  const t = useTranslations("admin.certificates");
  return (
    <Form action={revokeCertificateAction} locale={locale} className="grid gap-2 sm:grid-cols-3">
      <input type="hidden" name="certificateId" value={certificateId} />
      <div className="sm:col-span-3"><FormMessages /></div>
      <Field name="decisionNumber" label={t("revocationNumber")} />
      <Field name="revokedOn" type="date" label={t("revokedOn")} />
      <Field name="reason" label={t("revocationReason")} />
      <div><SubmitButton variant="danger">{t("revoke")}</SubmitButton></div>
    </Form>
  );
}
