"use server";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/components/forms/form-state";
import { getViewer } from "@/server/auth/session";
import { failureState, formValues, localeOf } from "@/server/infra/forms";
import { parseIds, returnSearch } from "@/lib/list-query";
import { setProducersStatus } from "./admin-mutations";
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

/** The confirmed bulk action of the producers list: suspend (with a reason) or reactivate the picked producers. */
export async function setProducersStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  const action = values.action === "reactivate" ? "reactivate" : "suspend";
  let result;
  try {
    result = await setProducersStatus(await getViewer(), parseIds(formData.getAll("ids").map(String)), action === "suspend" ? { status: "SUSPENDED", reason: values.reason ?? "" } : { status: "ACTIVE" });
  } catch (error) {
    return failureState(error, { reason: values.reason ?? "" }, locale);
  }
  redirect(`${locale === "vi" ? "" : "/en"}/admin/producers${returnSearch(values.back, { done: action, count: result.changed, skipped: result.skipped })}`);
}
