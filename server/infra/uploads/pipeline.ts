// No `import "server-only"`: the demo seed (prisma/seed, run by plain Node scripts outside Next.js)
// stores its illustrations through this same pipeline. Nothing here is reachable from client code.
import { randomBytes } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp, { type Metadata } from "sharp";
import { AppError } from "../../../lib/errors";
import { IMAGE_WIDTHS } from "../../../lib/image-url";
import { MIN_PHOTO_SIDE } from "../../../lib/photo-rules";
import { readEnv } from "../../../lib/env";
import { getStorage, type Storage } from "./storage";

const ACCEPTED = new Set(["image/jpeg", "image/png", "image/webp", "image/avif"]);

export interface StoredImage {
  key: string;
  width: number;
  height: number;
}

/**
 * Decoding is what an upload costs: a 40-megapixel image took 3.2 s of CPU. So images are limited in
 * pixels (24 MP holds a 6000 × 4000 camera photo; the largest published width is 1024) and decoded once.
 */
export const MAX_IMAGE_PIXELS = 24_000_000;

/** What every stored variant is: WebP of this quality, at each of IMAGE_WIDTHS. */
export const VARIANT_FORMAT = { type: "webp", quality: 78 } as const;

/** Changes whenever what the pipeline stores would change (a cache of its output keys on it). */
export const PIPELINE_SIGNATURE = JSON.stringify({ widths: IMAGE_WIDTHS, format: VARIANT_FORMAT, maxPixels: MAX_IMAGE_PIXELS });

/**
 * The upload pipeline: accepts an image only when its bytes are an image we can read (names and the
 * browser's type are ignored), re-encodes it — which drops metadata and anything hidden in the file —
 * into WebP at each published width (IMAGE_WIDTHS), and stores the variants under a random name.
 * `beforeDecode` runs once the cheap checks passed and before any pixel is decoded (the uploader's
 * throttle, see images.ts).
 */
export async function processImage(bytes: Buffer, options: { beforeDecode?: () => Promise<void>; storage?: Storage } = {}): Promise<StoredImage> {
  const max = readEnv().UPLOAD_MAX_BYTES;
  if (bytes.byteLength === 0) throw new AppError("VALIDATION", "empty file", { photo: "required" });
  if (bytes.byteLength > max) throw new AppError("PAYLOAD_TOO_LARGE", `larger than ${max} bytes`, { photo: "photoTooLarge", size: bytes.byteLength, max });
  const sniffed = await fileTypeFromBuffer(bytes);
  if (!sniffed || !ACCEPTED.has(sniffed.mime)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", sniffed?.mime ?? "unknown", { photo: "photoType" });
  await options.beforeDecode?.();
  let header: Metadata;
  try {
    // Reads the header only: the pixel count is known before anything is decoded.
    header = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "unreadable image", { photo: "photoUnreadable" });
  }
  if (!header.width || !header.height) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "no dimensions", { photo: "photoUnreadable" });
  if (header.width * header.height * Math.max(1, header.pages ?? 1) > MAX_IMAGE_PIXELS) {
    throw new AppError("PAYLOAD_TOO_LARGE", "too many pixels", { photo: "photoTooManyPixels" });
  }
  // A phone's portrait photo is stored landscape with an EXIF rotation: its size is the upright one.
  const upright = header.autoOrient ?? header;
  if (upright.width < MIN_PHOTO_SIDE || upright.height < MIN_PHOTO_SIDE) {
    throw new AppError("VALIDATION", `smaller than ${MIN_PHOTO_SIDE}×${MIN_PHOTO_SIDE}`, { photo: "photoTooSmall", width: upright.width, height: upright.height });
  }
  try {
    // One decode, straight to the largest published width (upright); the smaller ones are made from that.
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS })
      .rotate()
      .resize({ width: IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1], withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const key = randomBytes(12).toString("hex");
    const storage = options.storage ?? getStorage();
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
    for (const width of IMAGE_WIDTHS) {
      const variant = await sharp(data, raw).resize({ width, withoutEnlargement: true }).webp({ quality: VARIANT_FORMAT.quality }).toBuffer();
      await storage.put(`${key}-${width}.webp`, variant, "image/webp");
    }
    return { key, width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "unreadable image", { photo: "photoUnreadable" });
  }
}

/** Removes every stored variant of an image (a deleted or refused photo leaves nothing behind). */
export async function deleteImage(key: string, storage: Storage = getStorage()): Promise<void> {
  await Promise.all(IMAGE_WIDTHS.map((width) => storage.delete(`${key}-${width}.webp`)));
}
