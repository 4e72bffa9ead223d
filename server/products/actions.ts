"use server";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { nowMs } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import type { FormValues } from "@/lib/form-state";
import { formatVnd } from "@/lib/money";
import type { PhotoMove } from "@/lib/photo-rules";
import { getViewer } from "@/server/auth/session";
import { parseIds, returnSearch } from "@/lib/list-query";
import { buttonAction, formAction, FormRefusal, type SubmittedForm } from "@/server/infra/forms";
import type { StoredImage } from "@/server/infra/uploads/images";
import { photoRefusal } from "@/server/infra/uploads/photo-errors";
import { reviewListings } from "./admin-mutations";
import { approveListing, archiveListing, createListing, duplicateListing, ListingEditedElsewhere, rejectListing, submitListing, updateListing } from "./mutations";
import { addListingPhotos, deleteListingPhoto, discardPhotos, moveListingPhoto, rejectListingPhoto, storePhotos, type UploadedPhoto } from "./photos";
import { ZListingCreate } from "./schemas";
import { adjustStock, orderMovementsSince, StockChangedMeanwhile } from "./stock";
import { factsFormValues } from "./studio-queries";

async function postedPhotos(form: SubmittedForm, name: string): Promise<UploadedPhoto[]> {
  const files = form.formData.getAll(name).filter((f): f is File => f instanceof File && f.size > 0);
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()) })));
}

/** "Đã thay đổi: Giá (150.000 ₫ → 180.000 ₫), Mô tả": what someone else saved while this form was open. */
async function editedElsewhere(error: ListingEditedElsewhere, values: FormValues, locale: Locale): Promise<FormRefusal> {
  const t = await getTranslations({ locale, namespace: "listings" });
  const tFields = await getTranslations({ locale, namespace: "listings.form" });
  const current = factsFormValues(error.current);
  let base: Record<string, string> = {};
  try {
    base = JSON.parse(typeof values.base === "string" ? values.base : "{}") as Record<string, string>;
  } catch {
    // A form without its base still gets the refusal, only without the list of fields.
  }
  const label = (field: string) => tFields(field === "priceVnd" ? "price" : field);
  const shown = (field: string, value: string) => (field === "priceVnd" && /^\d+$/.test(value) ? formatVnd(Number(value), locale) : value);
  const changes = Object.keys(current)
    .filter((field) => (base[field] ?? "") !== current[field])
    .map((field) => (field.startsWith("description") ? label(field) : `${label(field)} (${shown(field, base[field] ?? "") || "—"} → ${shown(field, current[field]) || "—"})`));
  // What the producer typed stays; the next save is checked against what is there now.
  return new FormRefusal(changes.length > 0 ? t("editedElsewhere", { changes: changes.join("; ") }) : t("editedElsewhereNoChange"), {}, {
    editVersion: String(error.currentVersion),
    base: JSON.stringify(current),
  });
}

export const saveListingAction = formAction(async (form) => {
  let stored: StoredImage[] = [];
  try {
    const viewer = await getViewer();
    const id = form.text("id");
    let productId: string;
    if (id) {
      await updateListing(viewer, id, form.values);
      productId = id;
    } else {
      // Check the listing before spending time on its photos, and the photos before writing anything.
      ZListingCreate.parse(form.values);
      stored = await storePhotos(viewer, await postedPhotos(form, "photos"));
      productId = (await createListing(viewer, form.values, { images: stored })).id;
      stored = [];
    }
    if (form.text("intent") === "submit") await submitListing(viewer, productId);
    return { redirect: `/studio/products/${productId}?saved=1` };
  } catch (error) {
    await discardPhotos(stored);
    if (error instanceof ListingEditedElsewhere) throw await editedElsewhere(error, form.values, form.locale);
    throw (await photoRefusal(error, form.locale)) ?? error;
  }
});

/**
 * Adds the posted photos to a listing. The studio's uploader calls it once per photo (each request
 * stays under the body limit and a refused photo does not hold back the others); without JavaScript
 * the form posts them all at once.
 */
export const addListingPhotosAction = formAction(async (form) => {
  try {
    const photos = await postedPhotos(form, "photos");
    if (photos.length === 0) {
      const t = await getTranslations({ locale: form.locale, namespace: "listings.photos" });
      throw new FormRefusal(t("choose"), { photos: t("choose") });
    }
    const { added } = await addListingPhotos(await getViewer(), form.text("id"), photos);
    return { notice: "listings.photos.added", params: { count: added } };
  } catch (error) {
    throw (await photoRefusal(error, form.locale)) ?? error;
  }
});

export const deleteListingPhotoAction = buttonAction(async (form) => {
  await deleteListingPhoto(await getViewer(), form.text("photoId"));
  return `/studio/products/${form.text("id")}?photo=deleted#photos`;
});

export const moveListingPhotoAction = buttonAction(async (form) => {
  const move = form.text("move");
  await moveListingPhoto(await getViewer(), form.text("photoId"), (["first", "up", "down"].includes(move) ? move : "up") as PhotoMove);
  return `/studio/products/${form.text("id")}?photo=moved#photos`;
});

export const adjustStockAction = formAction(async (form) => {
  const id = form.text("id");
  try {
    await adjustStock(await getViewer(), id, form.values);
  } catch (error) {
    const locale = form.locale;
    if (error instanceof StockChangedMeanwhile) {
      const t = await getTranslations({ locale, namespace: "listings.stock" });
      const openedAt = Number(form.text("openedAt"));
      const moved = Number.isFinite(openedAt) && openedAt > 0 ? await orderMovementsSince(id, new Date(openedAt)) : { sold: 0, released: 0 };
      const number = (n: number) => new Intl.NumberFormat(locale === "en" ? "en-US" : "vi-VN").format(n);
      throw new FormRefusal(
        t("changedMeanwhile", { expected: number(error.expected), current: number(error.current), sold: moved.sold, released: moved.released }),
        {},
        { expectedStock: String(error.current), openedAt: String(nowMs()) },
      );
    }
    if (isAppError(error) && error.details?.quantity === "stockBelowZero") {
      const t = await getTranslations({ locale, namespace: "listings.stock" });
      const message = t("belowZero", { current: Number(error.details.current) });
      throw new FormRefusal(message, { quantity: message });
    }
    throw error;
  }
  return { redirect: `/studio/products/${id}?stock=saved#stock` };
});

export const archiveListingAction = buttonAction(async (form) => {
  await archiveListing(await getViewer(), form.text("id"));
  return "/studio/products";
});

export const duplicateListingAction = buttonAction(async (form) => {
  const copy = await duplicateListing(await getViewer(), form.text("id"));
  return `/studio/products/${copy.id}`;
});

/** Approves what the officer saw (the version and photo ids the review screen posted). */
export const approveListingAction = buttonAction(async (form) => {
  try {
    await approveListing(await getViewer(), form.text("id"), form.values);
  } catch (error) {
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
    return `/admin/review?error=${String(error.details?.reason ?? "NOTHING_TO_REVIEW")}`;
  }
  return "/admin/review?approved=1";
});

export const rejectListingAction = formAction(async (form) => {
  await rejectListing(await getViewer(), form.text("id"), form.values);
  return { redirect: "/admin/review" };
});

export const rejectListingPhotoAction = buttonAction(async (form) => {
  let outcome = "photo=rejected";
  try {
    await rejectListingPhoto(await getViewer(), form.text("photoId"));
  } catch (error) {
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
    outcome = "error=ALREADY_REVIEWED";
  }
  return `/admin/review?${outcome}#product-${form.text("id")}`;
});

/** The confirmed bulk review of the officers' products list: approve, or reject with one reason. */
export const reviewListingsAction = formAction(async (form) => {
  const decision = form.text("action") === "reject" ? "reject" : "approve";
  const result = await reviewListings(await getViewer(), parseIds(form.list("ids")), decision, { reason: form.text("reason") });
  return { redirect: `/admin/products${returnSearch(form.text("back"), { done: decision, count: result.changed, skipped: result.skipped })}` };
});
