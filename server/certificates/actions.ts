"use server";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/components/forms/form-state";
import { getViewer } from "@/server/auth/session";
import { failureState, formValues, localeOf } from "@/server/infra/forms";
import { recordCertificate, revokeCertificate } from "./mutations";

export async function recordCertificateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await recordCertificate(await getViewer(), values);
  } catch (error) {
    return failureState(error, values, locale);
  }
  const t = await getTranslations({ locale, namespace: "admin.certificates" });
  return { values: {}, fieldErrors: {}, formError: null, notice: t("recorded") };
}

export async function revokeCertificateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await revokeCertificate(await getViewer(), values.certificateId, values);
  } catch (error) {
    return failureState(error, values, locale);
  }
  const t = await getTranslations({ locale, namespace: "admin.certificates" });
  return { values: {}, fieldErrors: {}, formError: null, notice: t("revoked") };
}
