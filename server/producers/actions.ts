"use server";
import { getViewer } from "@/server/auth/session";
import { parseIds, returnSearch } from "@/lib/list-query";
import { formAction } from "@/server/infra/forms";
import { setProducersStatus } from "./admin-mutations";
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

/** The confirmed bulk action of the producers list: suspend (with a reason) or reactivate the picked producers. */
export const setProducersStatusAction = formAction(async (form) => {
  const action = form.text("action") === "reactivate" ? "reactivate" : "suspend";
  const result = await setProducersStatus(
    await getViewer(),
    parseIds(form.list("ids")),
    action === "suspend" ? { status: "SUSPENDED", reason: form.text("reason") } : { status: "ACTIVE" },
  );
  return { redirect: `/admin/producers${returnSearch(form.text("back"), { done: action, count: result.changed, skipped: result.skipped })}` };
});
