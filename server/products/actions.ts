"use server";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/form-state";
import { getViewer } from "@/server/auth/session";
import { failureState, formValues, localeOf } from "@/server/infra/forms";
import {
  addListingPhoto,
  approveListing,
  archiveListing,
  createListing,
  duplicateListing,
  rejectListing,
  submitListing,
  updateListing,
} from "./mutations";
import { parseIds, returnSearch } from "@/lib/list-query";
import { reviewListings } from "./admin-mutations";

const prefix = (locale: "vi" | "en") => (locale === "vi" ? "" : "/en");

async function photoBytes(formData: FormData): Promise<Buffer | null> {
  const photo = formData.get("photo");
  return photo instanceof File && photo.size > 0 ? Buffer.from(await photo.arrayBuffer()) : null;
}

export async function saveListingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  const id = values.id;
  let target: string;
  try {
    const viewer = await getViewer();
    const productId = id ? (await updateListing(viewer, id, values), id) : (await createListing(viewer, values)).id;
    const bytes = await photoBytes(formData);
    if (bytes) await addListingPhoto(viewer, productId, bytes, values.nameVi);
    if (formData.get("intent") === "submit") await submitListing(viewer, productId);
    target = `${prefix(locale)}/studio/products/${productId}?saved=1`;
  } catch (error) {
    return failureState(error, values, locale);
  }
  redirect(target);
}

async function simple(formData: FormData, run: () => Promise<unknown>, back: string): Promise<void> {
  const locale = localeOf(formData);
  await run();
  redirect(`${prefix(locale)}${back}`);
}

export async function submitListingAction(formData: FormData) {
  const id = String(formData.get("id"));
  await simple(formData, async () => submitListing(await getViewer(), id), `/studio/products/${id}`);
}

export async function archiveListingAction(formData: FormData) {
  const id = String(formData.get("id"));
  await simple(formData, async () => archiveListing(await getViewer(), id), "/studio/products");
}

export async function duplicateListingAction(formData: FormData) {
  const locale = localeOf(formData);
  const copy = await duplicateListing(await getViewer(), String(formData.get("id")));
  redirect(`${prefix(locale)}/studio/products/${copy.id}`);
}

export async function approveListingAction(formData: FormData) {
  await simple(formData, async () => approveListing(await getViewer(), String(formData.get("id"))), "/admin/review");
}

export async function rejectListingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await rejectListing(await getViewer(), values.id, values);
  } catch (error) {
    return failureState(error, values, locale);
  }
  redirect(`${prefix(locale)}/admin/review`);
}

/** The confirmed bulk review of the officers' products list: approve, or reject with one reason. */
export async function reviewListingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  const decision = values.action === "reject" ? "reject" : "approve";
  let result;
  try {
    result = await reviewListings(await getViewer(), parseIds(formData.getAll("ids").map(String)), decision, { reason: values.reason ?? "" });
  } catch (error) {
    return failureState(error, { reason: values.reason ?? "" }, locale);
  }
  redirect(`${prefix(locale)}/admin/products${returnSearch(values.back, { done: decision, count: result.changed, skipped: result.skipped })}`);
}
