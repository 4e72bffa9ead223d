"use server";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/components/forms/form-state";
import { isAppError } from "@/lib/errors";
import type { PhotoMove } from "@/lib/photo-rules";
import { getViewer } from "@/server/auth/session";
import { failureState, formValues, localeOf } from "@/server/infra/forms";
import { photoErrorMessage } from "@/server/infra/uploads/photo-errors";
import { communeOption } from "@/server/regions/communes";
import { reactivateProducer, suspendProducer } from "./admin-mutations";
import { addProducerPhotos, deleteProducerPhoto, moveProducerPhoto } from "./photos";
import { approveProducerRevision, createProducer, rejectProducerRevision, updateProducerProfile } from "./profile";

const prefix = (locale: "vi" | "en") => (locale === "vi" ? "" : "/en");

export async function saveProducerProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  let createdId: string | null = null;
  let pendingReview = false;
  try {
    const viewer = await getViewer();
    if (values.producerId) pendingReview = (await updateProducerProfile(viewer, values.producerId, values)).pendingReview;
    else createdId = (await createProducer(viewer, values)).id;
  } catch (error) {
    // The commune picker shows the choice by its name: echo it with the id.
    const chosen = await communeOption(values.regionId);
    return failureState(error, { ...values, regionLabel: chosen?.label ?? "" }, locale);
  }
  if (createdId) redirect(`${prefix(locale)}/admin/producers/${createdId}`);
  // Reloaded, the page shows the saved profile, or the proposal and what waits for review.
  redirect(`${backTo(formData)}?saved=${pendingReview ? "proposed" : "1"}`);
}

export async function addProducerPhotosAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    const files = formData.getAll("photos").filter((f): f is File => f instanceof File && f.size > 0);
    const t = await getTranslations({ locale, namespace: "forms" });
    if (files.length === 0) return { values, fieldErrors: { photos: t("photoChoose") }, formError: null };
    const photos = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()) })));
    const { added } = await addProducerPhotos(await getViewer(), values.producerId, photos);
    return { values: {}, fieldErrors: {}, formError: null, notice: t("photoAdded", { count: added }) };
  } catch (error) {
    const message = await photoErrorMessage(error, locale);
    if (message) return { values, fieldErrors: { photos: message }, formError: message };
    return failureState(error, values, locale);
  }
}

function backTo(formData: FormData): string {
  const locale = localeOf(formData);
  return formData.get("back") === "admin" ? `${prefix(locale)}/admin/producers/${String(formData.get("producerId"))}` : `${prefix(locale)}/studio/profile`;
}

export async function deleteProducerPhotoAction(formData: FormData): Promise<void> {
  await deleteProducerPhoto(await getViewer(), String(formData.get("photoId")));
  redirect(`${backTo(formData)}?photo=deleted#photos`);
}

export async function moveProducerPhotoAction(formData: FormData): Promise<void> {
  const move = String(formData.get("move"));
  await moveProducerPhoto(await getViewer(), String(formData.get("photoId")), (["first", "up", "down"].includes(move) ? move : "up") as PhotoMove);
  redirect(`${backTo(formData)}?photo=moved#photos`);
}

/** Approves the profile proposal the officer saw (its submission time and the photo ids shown). */
export async function approveProducerRevisionAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  let outcome = "approved=1";
  try {
    await approveProducerRevision(await getViewer(), values.producerId, values);
  } catch (error) {
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
    outcome = `error=${String(error.details?.reason ?? "NOTHING_TO_REVIEW")}`;
  }
  redirect(`${prefix(locale)}/admin/review?${outcome}#profiles`);
}

export async function rejectProducerRevisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await rejectProducerRevision(await getViewer(), values.producerId, values);
  } catch (error) {
    return failureState(error, values, locale);
  }
  redirect(`${prefix(locale)}/admin/review#profiles`);
}

export async function suspendProducerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await suspendProducer(await getViewer(), values.producerId, values);
  } catch (error) {
    return failureState(error, values, locale);
  }
  redirect(`${prefix(locale)}/admin/producers`);
}

export async function reactivateProducerAction(formData: FormData) {
  await reactivateProducer(await getViewer(), String(formData.get("producerId")));
  redirect(`${prefix(localeOf(formData))}/admin/producers`);
}
