"use server";
import { getViewer } from "@/server/auth/session";
import { parseIds, returnSearch } from "@/lib/list-query";
import { buttonAction, formAction } from "@/server/infra/forms";
import { reviewListings } from "./admin-mutations";
import { addListingPhoto, approveListing, archiveListing, createListing, duplicateListing, rejectListing, submitListing, updateListing } from "./mutations";

export const saveListingAction = formAction(async (form) => {
  const viewer = await getViewer();
  const id = form.text("id");
  const productId = id ? (await updateListing(viewer, id, form.values), id) : (await createListing(viewer, form.values)).id;
  const photo = await form.file("photo");
  if (photo) await addListingPhoto(viewer, productId, photo, form.text("nameVi"));
  if (form.text("intent") === "submit") await submitListing(viewer, productId);
  return { redirect: `/studio/products/${productId}?saved=1` };
});

export const archiveListingAction = buttonAction(async (form) => {
  await archiveListing(await getViewer(), form.text("id"));
  return "/studio/products";
});

export const duplicateListingAction = buttonAction(async (form) => {
  const copy = await duplicateListing(await getViewer(), form.text("id"));
  return `/studio/products/${copy.id}`;
});

export const approveListingAction = buttonAction(async (form) => {
  await approveListing(await getViewer(), form.text("id"));
  return "/admin/review";
});

export const rejectListingAction = formAction(async (form) => {
  await rejectListing(await getViewer(), form.text("id"), form.values);
  return { redirect: "/admin/review" };
});

/** The confirmed bulk review of the officers' products list: approve, or reject with one reason. */
export const reviewListingsAction = formAction(async (form) => {
  const decision = form.text("action") === "reject" ? "reject" : "approve";
  const result = await reviewListings(await getViewer(), parseIds(form.list("ids")), decision, { reason: form.text("reason") });
  return { redirect: `/admin/products${returnSearch(form.text("back"), { done: decision, count: result.changed, skipped: result.skipped })}` };
});
