"use server";
import { getViewer } from "@/server/auth/session";
import { formAction } from "@/server/infra/forms";
import { recordCertificate, revokeCertificate } from "./mutations";

export const recordCertificateAction = formAction(async (form) => {
  await recordCertificate(await getViewer(), form.values);
  return { notice: "admin.certificates.recorded" };
});

export const revokeCertificateAction = formAction(async (form) => {
  await revokeCertificate(await getViewer(), form.text("certificateId"), form.values);
  return { notice: "admin.certificates.revoked" };
});
