"use server";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { nowMs } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { formatNumber } from "@/lib/format";
import type { FormValues } from "@/lib/form-state";
import { parseVndInput } from "@/lib/money-input";
import type { PhotoMove } from "@/lib/photo-rules";
import { getViewer } from "@/server/auth/session";
import { parseIds, returnSearch } from "@/lib/list-query";
import { buttonAction, formAction, FormRefusal, type SubmittedForm } from "@/server/infra/forms";
import type { StoredImage } from "@/server/infra/uploads/images";
import { photoRefusal } from "@/server/infra/uploads/photo-errors";
import { reviewProducts } from "./admin-mutations";
import { approveProduct, archiveProduct, createProduct, duplicateProduct, ProductEditedElsewhere, rejectProduct, submitProduct, updateProduct } from "./mutations";
import { addProductPhotos, deleteProductPhoto, discardPhotos, moveProductPhoto, rejectProductPhoto, storePhotos, type UploadedPhoto } from "./photos";
import { factDisplay } from "./fact-display";
import { PUBLIC_FIELDS, ZProductCreate } from "./schemas";
import { adjustStock, orderMovementsSince, StockChangedMeanwhile } from "./stock";
import { factsFormValues } from "./studio-queries";

async function postedPhotos(form: SubmittedForm, name: string): Promise<UploadedPhoto[]> {
  const files = form.formData.getAll(name).filter((f): f is File => f instanceof File && f.size > 0);
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()) })));
}

/** Whether what the form sent for a fact is what it was opened with ("35.000" is "35000"). */
function sameFact(field: string, sent: string, opened: string): boolean {
  if (field !== "priceVnd") return sent.trim() === opened.trim();
  const a = parseVndInput(sent);
  const b = parseVndInput(opened);
  return a.ok && b.ok ? a.value === b.value : sent.trim() === opened.trim();
}

/** "Đã thay đổi: Giá (150.000 ₫ → 180.000 ₫), Mô tả": what someone else saved while this form was open. */
async function editedElsewhere(error: ProductEditedElsewhere, values: FormValues, locale: Locale): Promise<FormRefusal> {
  const [t, fact] = await Promise.all([getTranslations({ locale, namespace: "listings" }), factDisplay(locale)]);
  const current = factsFormValues(error.current);
  let base: Record<string, string> = {};
  try {
    base = JSON.parse(typeof values.base === "string" ? values.base : "{}") as Record<string, string>;
  } catch {
    // A form without its base still gets the refusal, only without the list of fields.
  }
  const changed = PUBLIC_FIELDS.filter((field) => (base[field] ?? "") !== current[field]);
  const changes = changed.map((field) =>
    field.startsWith("description") ? fact.label(field) : `${fact.label(field)} (${fact.value(field, base[field] ?? "") || "—"} → ${fact.value(field, current[field]) || "—"})`,
  );
  // A three-way merge: a field this form left as it was takes the other save's value, so saving again
  // does not quietly undo it; a field the producer edited keeps what they typed. The next save is
  // checked against what is there now.
  const untouched = changed.filter((field) => field in base && sameFact(field, String(values[field] ?? ""), base[field]));
  return new FormRefusal(changes.length > 0 ? t("editedElsewhere", { changes: changes.join("; ") }) : t("editedElsewhereNoChange"), {}, {
    ...Object.fromEntries(untouched.map((field) => [field, current[field]])),
    editVersion: String(error.currentVersion),
    base: JSON.stringify(current),
  });
}

export const saveProductAction = formAction(async (form) => {
  let stored: StoredImage[] = [];
  try {
    const viewer = await getViewer();
    const id = form.text("id");
    let productId: string;
    if (id) {
      await updateProduct(viewer, id, form.values);
      productId = id;
    } else {
      // Check the listing before spending time on its photos, and the photos before writing anything.
      ZProductCreate.parse(form.values);
      stored = await storePhotos(viewer, await postedPhotos(form, "photos"));
      productId = (await createProduct(viewer, form.values, { images: stored })).id;
      stored = [];
    }
    if (form.text("intent") === "submit") await submitProduct(viewer, productId);
    return { redirect: `/studio/products/${productId}?saved=1` };
  } catch (error) {
    await discardPhotos(stored);
    if (error instanceof ProductEditedElsewhere) throw await editedElsewhere(error, form.values, form.locale);
    throw (await photoRefusal(error, form.locale)) ?? error;
  }
});

/**
 * Adds the posted photos to a listing. The studio's uploader calls it once per photo (each request
 * stays under the body limit and a refused photo does not hold back the others); without JavaScript
 * the form posts them all at once.
 */
export const addProductPhotosAction = formAction(async (form) => {
  try {
    const photos = await postedPhotos(form, "photos");
    if (photos.length === 0) {
      const t = await getTranslations({ locale: form.locale, namespace: "listings.photos" });
      throw new FormRefusal(t("choose"), { photos: t("choose") });
    }
    const { added } = await addProductPhotos(await getViewer(), form.text("id"), photos);
    return { notice: "listings.photos.added", params: { count: added } };
  } catch (error) {
    throw (await photoRefusal(error, form.locale)) ?? error;
  }
});

export const deleteProductPhotoAction = buttonAction(async (form) => {
  await deleteProductPhoto(await getViewer(), form.text("photoId"));
  return `/studio/products/${form.text("id")}?photo=deleted#photos`;
});

export const moveProductPhotoAction = buttonAction(async (form) => {
  const move = form.text("move");
  await moveProductPhoto(await getViewer(), form.text("photoId"), (["first", "up", "down"].includes(move) ? move : "up") as PhotoMove);
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
      const number = (n: number) => formatNumber(n, locale);
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

export const archiveProductAction = buttonAction(async (form) => {
  await archiveProduct(await getViewer(), form.text("id"));
  return "/studio/products";
});

export const duplicateProductAction = buttonAction(async (form) => {
  const copy = await duplicateProduct(await getViewer(), form.text("id"));
  return `/studio/products/${copy.id}`;
});

/** Approves what the officer saw (the version and photo ids the review screen posted). */
export const approveProductAction = buttonAction(async (form) => {
  try {
    await approveProduct(await getViewer(), form.text("id"), form.values);
  } catch (error) {
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
    return `/admin/review?error=${String(error.details?.reason ?? "NOTHING_TO_REVIEW")}`;
  }
  return "/admin/review?approved=1";
});

export const rejectProductAction = formAction(async (form) => {
  await rejectProduct(await getViewer(), form.text("id"), form.values);
  return { redirect: "/admin/review" };
});

export const rejectProductPhotoAction = buttonAction(async (form) => {
  let outcome = "photo=rejected";
  try {
    await rejectProductPhoto(await getViewer(), form.text("photoId"));
  } catch (error) {
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
    outcome = "error=ALREADY_REVIEWED";
  }
  return `/admin/review?${outcome}#product-${form.text("id")}`;
});

/** The confirmed bulk review of the officers' products list: approve, or reject with one reason. */
export const reviewProductsAction = formAction(async (form) => {
  const decision = form.text("action") === "reject" ? "reject" : "approve";
  const result = await reviewProducts(await getViewer(), parseIds(form.list("ids")), decision, { reason: form.text("reason") });
  return { redirect: `/admin/products${returnSearch(form.text("back"), { done: decision, count: result.changed, skipped: result.skipped })}` };
});
