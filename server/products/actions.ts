"use server";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/components/forms/form-state";
import { nowMs } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { formatVnd } from "@/lib/money";
import { getViewer } from "@/server/auth/session";
import { failureState, formValues, localeOf } from "@/server/infra/forms";
import { photoErrorMessage } from "@/server/infra/uploads/photo-errors";
import { factsFormValues } from "./studio-queries";
import { approveListing, archiveListing, createListing, duplicateListing, ListingEditedElsewhere, rejectListing, submitListing, updateListing } from "./mutations";
import type { PhotoMove } from "@/lib/photo-rules";
import { addListingPhotos, deleteListingPhoto, discardPhotos, moveListingPhoto, rejectListingPhoto, storePhotos, type UploadedPhoto } from "./photos";
import { ZListingCreate } from "./schemas";
import { adjustStock, orderMovementsSince, StockChangedMeanwhile } from "./stock";
import type { StoredImage } from "@/server/infra/uploads/images";

const prefix = (locale: "vi" | "en") => (locale === "vi" ? "" : "/en");

async function postedPhotos(formData: FormData, name: string): Promise<UploadedPhoto[]> {
  const files = formData.getAll(name).filter((f): f is File => f instanceof File && f.size > 0);
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()) })));
}

/** A refused photo: the message names the file; everything typed is kept. */
async function photoFailure(error: unknown, values: Record<string, string>, locale: "vi" | "en", field = "photos"): Promise<FormState | null> {
  const message = await photoErrorMessage(error, locale);
  if (!message) return null;
  return { values, fieldErrors: { [field]: message }, formError: message };
}

/** "Đã thay đổi: Giá (150.000 ₫ → 180.000 ₫), Mô tả": what someone else saved while this form was open. */
async function editedElsewhereState(error: ListingEditedElsewhere, values: Record<string, string>, locale: "vi" | "en"): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "listings" });
  const tFields = await getTranslations({ locale, namespace: "listings.form" });
  const current = factsFormValues(error.current);
  let base: Record<string, string> = {};
  try {
    base = JSON.parse(values.base ?? "{}") as Record<string, string>;
  } catch {
    // A form without its base still gets the refusal, only without the list of fields.
  }
  const label = (field: string) => tFields(field === "priceVnd" ? "price" : field);
  const shown = (field: string, value: string) => (field === "priceVnd" && /^\d+$/.test(value) ? formatVnd(Number(value), locale) : value);
  const changes = Object.keys(current)
    .filter((field) => (base[field] ?? "") !== current[field])
    .map((field) => (field.startsWith("description") ? label(field) : `${label(field)} (${shown(field, base[field] ?? "") || "—"} → ${shown(field, current[field]) || "—"})`));
  return {
    // What the producer typed stays; the next save is checked against what is there now.
    values: { ...values, editVersion: String(error.currentVersion), base: JSON.stringify(current) },
    fieldErrors: {},
    formError: changes.length > 0 ? t("editedElsewhere", { changes: changes.join("; ") }) : t("editedElsewhereNoChange"),
  };
}

export async function saveListingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  const id = values.id;
  let target: string;
  let stored: StoredImage[] = [];
  try {
    const viewer = await getViewer();
    let productId: string;
    if (id) {
      await updateListing(viewer, id, values);
      productId = id;
    } else {
      // Check the listing before spending time on its photos, and the photos before writing anything.
      ZListingCreate.parse(values);
      stored = await storePhotos(viewer, await postedPhotos(formData, "photos"));
      productId = (await createListing(viewer, values, { images: stored })).id;
      stored = [];
    }
    if (formData.get("intent") === "submit") await submitListing(viewer, productId);
    target = `${prefix(locale)}/studio/products/${productId}?saved=1`;
  } catch (error) {
    await discardPhotos(stored);
    if (error instanceof ListingEditedElsewhere) return editedElsewhereState(error, values, locale);
    return (await photoFailure(error, values, locale)) ?? failureState(error, values, locale);
  }
  redirect(target);
}

/**
 * Adds the posted photos to a listing. The studio's uploader calls it once per photo (each request
 * stays under the body limit and a refused photo does not hold back the others); without JavaScript
 * the form posts them all at once.
 */
export async function addListingPhotosAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    const photos = await postedPhotos(formData, "photos");
    const t = await getTranslations({ locale, namespace: "listings.photos" });
    if (photos.length === 0) return { values, fieldErrors: { photos: t("choose") }, formError: null };
    const { added } = await addListingPhotos(await getViewer(), values.id, photos);
    return { values: {}, fieldErrors: {}, formError: null, notice: t("added", { count: added }) };
  } catch (error) {
    return (await photoFailure(error, values, locale)) ?? failureState(error, values, locale);
  }
}

export async function deleteListingPhotoAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  await deleteListingPhoto(await getViewer(), String(formData.get("photoId")));
  redirect(`${prefix(locale)}/studio/products/${String(formData.get("id"))}?photo=deleted#photos`);
}

export async function moveListingPhotoAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const move = String(formData.get("move"));
  await moveListingPhoto(await getViewer(), String(formData.get("photoId")), (["first", "up", "down"].includes(move) ? move : "up") as PhotoMove);
  redirect(`${prefix(locale)}/studio/products/${String(formData.get("id"))}?photo=moved#photos`);
}

export async function adjustStockAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await adjustStock(await getViewer(), values.id, values);
  } catch (error) {
    if (error instanceof StockChangedMeanwhile) {
      const t = await getTranslations({ locale, namespace: "listings.stock" });
      const openedAt = Number(values.openedAt);
      const moved = Number.isFinite(openedAt) && openedAt > 0 ? await orderMovementsSince(values.id, new Date(openedAt)) : { sold: 0, released: 0 };
      const number = (n: number) => new Intl.NumberFormat(locale === "en" ? "en-US" : "vi-VN").format(n);
      return {
        values: { ...values, expectedStock: String(error.current), openedAt: String(nowMs()) },
        fieldErrors: {},
        formError: t("changedMeanwhile", { expected: number(error.expected), current: number(error.current), sold: moved.sold, released: moved.released }),
      };
    }
    if (isAppError(error) && error.details?.quantity === "stockBelowZero") {
      const t = await getTranslations({ locale, namespace: "listings.stock" });
      const message = t("belowZero", { current: Number(error.details.current) });
      return { values, fieldErrors: { quantity: message }, formError: message };
    }
    return failureState(error, values, locale);
  }
  redirect(`${prefix(locale)}/studio/products/${values.id}?stock=saved#stock`);
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

/** Approves what the officer saw (the version and photo ids the review screen posted). */
export async function approveListingAction(formData: FormData) {
  const locale = localeOf(formData);
  const values = formValues(formData);
  let outcome = "approved=1";
  try {
    await approveListing(await getViewer(), values.id, values);
  } catch (error) {
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
    outcome = `error=${String(error.details?.reason ?? "NOTHING_TO_REVIEW")}`;
  }
  redirect(`${prefix(locale)}/admin/review?${outcome}`);
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

export async function rejectListingPhotoAction(formData: FormData) {
  const locale = localeOf(formData);
  let outcome = "photo=rejected";
  try {
    await rejectListingPhoto(await getViewer(), String(formData.get("photoId")));
  } catch (error) {
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
    outcome = "error=ALREADY_REVIEWED";
  }
  redirect(`${prefix(locale)}/admin/review?${outcome}#product-${String(formData.get("id"))}`);
}
