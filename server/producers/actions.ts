"use server";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/components/forms/form-state";
import { getViewer } from "@/server/auth/session";
import { failureState, formValues, localeOf } from "@/server/infra/forms";
import { reactivateProducer, suspendProducer } from "./admin-mutations";
import { addProducerPhoto, createProducer, updateProducerProfile } from "./profile";

export async function saveProducerProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  let createdId: string | null = null;
  try {
    const viewer = await getViewer();
    const producerId = values.producerId || (createdId = (await createProducer(viewer, values)).id);
    if (values.producerId) await updateProducerProfile(viewer, producerId, values);
    const photo = formData.get("photo");
    if (photo instanceof File && photo.size > 0) await addProducerPhoto(viewer, producerId, Buffer.from(await photo.arrayBuffer()));
  } catch (error) {
    return failureState(error, values, locale);
  }
  if (createdId) redirect(`${locale === "vi" ? "" : "/en"}/admin/producers/${createdId}`);
  const t = await getTranslations({ locale, namespace: "profile" });
  return { values, fieldErrors: {}, formError: null, notice: t("saved") };
}

export async function suspendProducerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await suspendProducer(await getViewer(), values.producerId, values);
  } catch (error) {
    return failureState(error, values, locale);
  }
  redirect(`${locale === "vi" ? "" : "/en"}/admin/producers`);
}

export async function reactivateProducerAction(formData: FormData) {
  await reactivateProducer(await getViewer(), String(formData.get("producerId")));
  redirect(`${localeOf(formData) === "vi" ? "" : "/en"}/admin/producers`);
}
