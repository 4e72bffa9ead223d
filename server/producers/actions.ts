"use server";
import { getViewer } from "@/server/auth/session";
import { buttonAction, formAction } from "@/server/infra/forms";
import { reactivateProducer, suspendProducer } from "./admin-mutations";
import { addProducerPhoto, createProducer, updateProducerProfile } from "./profile";

/** Creates a producer (an officer, then on to its page) or saves a profile (staying on the form). */
export const saveProducerProfileAction = formAction(async (form) => {
  const viewer = await getViewer();
  const existingId = form.text("producerId");
  const producerId = existingId || (await createProducer(viewer, form.values)).id;
  if (existingId) await updateProducerProfile(viewer, producerId, form.values);
  const photo = await form.file("photo");
  if (photo) await addProducerPhoto(viewer, producerId, photo);
  return existingId ? { notice: "profile.saved", keep: true } : { redirect: `/admin/producers/${producerId}` };
});

export const suspendProducerAction = formAction(async (form) => {
  await suspendProducer(await getViewer(), form.text("producerId"), form.values);
  return { redirect: "/admin/producers" };
});

export const reactivateProducerAction = buttonAction(async (form) => {
  await reactivateProducer(await getViewer(), form.text("producerId"));
  return "/admin/producers";
});
