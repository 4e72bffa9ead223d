"use server";
import type { Href } from "@/i18n/localized-href";
import { isAppError } from "@/lib/errors";
import type { PhotoMove } from "@/lib/photo-rules";
import { getViewer } from "@/server/auth/session";
import { getTranslations } from "next-intl/server";
import { parseIds, returnSearch } from "@/lib/list-query";
import { buttonAction, formAction, FormRefusal, type SubmittedForm } from "@/server/infra/forms";
import { photoRefusal } from "@/server/infra/uploads/photo-errors";
import { setProducersStatus } from "./admin-mutations";
import { addProducerPhotos, deleteProducerPhoto, moveProducerPhoto } from "./photos";
import { approveProducerRevision, createProducer, rejectProducerRevision, updateProducerProfile } from "./profile";

/** Where a profile form came from: the officer's page of the producer, or the producer's studio. */
function backTo(form: SubmittedForm): string {
  return form.text("back") === "admin" ? `/admin/producers/${form.text("producerId")}` : "/studio/profile";
}

/**
 * Creates a producer (an officer, then on to its page) or saves a profile. Reloaded, the page shows
 * the saved profile, or the proposal and what waits for an officer's review.
 */
export const saveProducerProfileAction = formAction(async (form) => {
  const viewer = await getViewer();
  const existingId = form.text("producerId");
  if (!existingId) return { redirect: `/admin/producers/${(await createProducer(viewer, form.values)).id}` };
  const { pendingReview } = await updateProducerProfile(viewer, existingId, form.values);
  return { redirect: `${backTo(form)}?saved=${pendingReview ? "proposed" : "1"}` };
});

export const addProducerPhotosAction = formAction(async (form) => {
  try {
    const files = form.formData.getAll("photos").filter((f): f is File => f instanceof File && f.size > 0);
    if (files.length === 0) {
      const t = await getTranslations({ locale: form.locale, namespace: "forms" });
      throw new FormRefusal(t("photoChoose"), { photos: t("photoChoose") });
    }
    const photos = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()) })));
    const { added } = await addProducerPhotos(await getViewer(), form.text("producerId"), photos);
    return { notice: "forms.photoAdded", params: { count: added } };
  } catch (error) {
    throw (await photoRefusal(error, form.locale)) ?? error;
  }
});

export const deleteProducerPhotoAction = buttonAction(async (form) => {
  await deleteProducerPhoto(await getViewer(), form.text("photoId"));
  return `${backTo(form)}?photo=deleted#photos`;
});

export const moveProducerPhotoAction = buttonAction(async (form) => {
  const move = form.text("move");
  await moveProducerPhoto(await getViewer(), form.text("photoId"), (["first", "up", "down"].includes(move) ? move : "up") as PhotoMove);
  return `${backTo(form)}?photo=moved#photos`;
});

/** Approves the profile proposal the officer saw (its submission time and the photo ids shown). */
export const approveProducerRevisionAction = buttonAction(async (form): Promise<Href> => {
  try {
    await approveProducerRevision(await getViewer(), form.text("producerId"), form.values);
  } catch (error) {
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
    return `/admin/review?error=${String(error.details?.reason ?? "NOTHING_TO_REVIEW")}#profiles`;
  }
  return "/admin/review?approved=1#profiles";
});

export const rejectProducerRevisionAction = formAction(async (form) => {
  await rejectProducerRevision(await getViewer(), form.text("producerId"), form.values);
  // A query of its own: a redirect that differs from the page's address only by its #fragment is
  // taken by the router as a scroll, and the queue would still show the refused proposal.
  return { redirect: "/admin/review?rejected=1#profiles" };
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
