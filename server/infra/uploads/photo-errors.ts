import "server-only";
import { getTranslations } from "next-intl/server";
import { isAppError } from "@/lib/errors";
import { formatMegabytes, MIN_PHOTO_SIDE } from "@/lib/photo-rules";
import { FormRefusal } from "@/server/infra/forms";

/**
 * The message for a refused photo, naming the file and what to do, in the user's language; null when
 * the error is not about a photo. Used by every form that takes photos.
 */
async function photoErrorMessage(error: unknown, locale: "vi" | "en"): Promise<string | null> {
  if (!isAppError(error)) return null;
  const details = error.details ?? {};
  const key = details.photo;
  if (typeof key !== "string" || !key.startsWith("photo")) return null;
  const t = await getTranslations({ locale, namespace: "forms" });
  const file = typeof details.file === "string" && details.file ? details.file : t("photoUnnamed");
  switch (key) {
    case "photoTooLarge":
      return t("photoTooLarge", { file, size: formatMegabytes(Number(details.size), locale), max: formatMegabytes(Number(details.max), locale) });
    case "photoTooSmall":
      return t("photoTooSmall", { file, width: Number(details.width), height: Number(details.height), min: MIN_PHOTO_SIDE });
    case "photoTooMany":
      return t("photoTooMany", { max: Number(details.max) });
    case "photoTooManyPixels":
    case "photoType":
    case "photoUnreadable":
      return t(key, { file });
    default:
      return null;
  }
}

/** A refused photo as a form's refusal (the message next to the photo field and above the form), or null. */
export async function photoRefusal(error: unknown, locale: "vi" | "en", field = "photos"): Promise<FormRefusal | null> {
  const message = await photoErrorMessage(error, locale);
  return message ? new FormRefusal(message, { [field]: message }) : null;
}
