import "server-only";
import { randomBytes } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp, { type Metadata, type Sharp } from "sharp";
import { AppError } from "@/lib/errors";
import { IMAGE_WIDTHS } from "@/lib/image-url";
import { MIN_PHOTO_SIDE } from "@/lib/photo-rules";
import { readEnv } from "@/lib/env";
import { getStorage } from "./storage";

// Decoding is what costs memory and CPU: 40 megapixels is a big phone camera's full resolution.
const MAX_PIXELS = 40_000_000;
const ACCEPTED = new Set(["image/jpeg", "image/png", "image/webp", "image/avif"]);

export interface StoredImage {
  key: string;
  width: number;
  height: number;
}

/**
 * Accepts a photo only when its bytes are an image we can read (the name and the browser's type are
 * ignored), re-encodes it — which drops metadata and anything hidden in the file — into WebP at each
 * published width, and stores the variants under a random name.
 */
export async function storeImage(bytes: Buffer): Promise<StoredImage> {
  const max = readEnv().UPLOAD_MAX_BYTES;
  if (bytes.byteLength === 0) throw new AppError("VALIDATION", "empty file", { photo: "required" });
  if (bytes.byteLength > max) throw new AppError("PAYLOAD_TOO_LARGE", `larger than ${max} bytes`, { photo: "photoTooLarge", size: bytes.byteLength, max });
  const sniffed = await fileTypeFromBuffer(bytes);
  if (!sniffed || !ACCEPTED.has(sniffed.mime)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", sniffed?.mime ?? "unknown", { photo: "photoType" });
  let image: Sharp;
  let meta: Metadata;
  try {
    image = sharp(bytes, { limitInputPixels: MAX_PIXELS }).rotate();
    meta = await image.metadata();
  } catch {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "unreadable image", { photo: "photoUnreadable" });
  }
  if (!meta.width || !meta.height) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "no dimensions", { photo: "photoUnreadable" });
  if (meta.width * meta.height > MAX_PIXELS) throw new AppError("PAYLOAD_TOO_LARGE", "too many pixels", { photo: "photoTooManyPixels" });
  if (meta.width < MIN_PHOTO_SIDE || meta.height < MIN_PHOTO_SIDE) {
    throw new AppError("VALIDATION", `smaller than ${MIN_PHOTO_SIDE}×${MIN_PHOTO_SIDE}`, { photo: "photoTooSmall", width: meta.width, height: meta.height });
  }
  const key = randomBytes(12).toString("hex");
  const storage = getStorage();
  for (const width of IMAGE_WIDTHS) {
    const variant = await image.clone().resize({ width, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer();
    await storage.put(`${key}-${width}.webp`, variant, "image/webp");
  }
  // A phone's portrait photo is stored landscape with an EXIF rotation: the variants are upright, so
  // their size is the upright one.
  const { width: uprightWidth, height: uprightHeight } = meta.autoOrient ?? meta;
  const largest = Math.min(uprightWidth, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]);
  return { key, width: largest, height: Math.round((uprightHeight * largest) / uprightWidth) };
}

/** Removes every stored variant of an image (a deleted or refused photo leaves nothing behind). */
export async function deleteImage(key: string): Promise<void> {
  const storage = getStorage();
  await Promise.all(IMAGE_WIDTHS.map((width) => storage.delete(`${key}-${width}.webp`)));
}

/**
 * Evidence for a trace event: a photo (stored like listing photos) or a PDF (kept as is, its type
 * checked from its bytes). Returns the storage key and the type.
 */
export async function storeEvidence(bytes: Buffer): Promise<{ key: string; mime: "image/webp" | "application/pdf" }> {
  const sniffed = await fileTypeFromBuffer(bytes);
  if (sniffed?.mime === "application/pdf") {
    const max = readEnv().UPLOAD_MAX_BYTES;
    if (bytes.byteLength > max) throw new AppError("PAYLOAD_TOO_LARGE", `larger than ${max} bytes`);
    const key = randomBytes(12).toString("hex");
    await getStorage().put(`${key}.pdf`, bytes, "application/pdf");
    return { key, mime: "application/pdf" };
  }
  const image = await storeImage(bytes);
  return { key: image.key, mime: "image/webp" };
}
