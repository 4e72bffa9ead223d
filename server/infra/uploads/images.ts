import "server-only";
import { randomBytes } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp, { type Metadata } from "sharp";
import { AppError } from "@/lib/errors";
import { IMAGE_WIDTHS } from "@/lib/image-url";
import { readEnv } from "@/lib/env";
import type { ThrottleRule } from "@/lib/throttle";
import { takeAttempt } from "@/server/infra/throttle";
import { getStorage } from "./storage";

const ACCEPTED = new Set(["image/jpeg", "image/png", "image/webp", "image/avif"]);

export interface StoredImage {
  key: string;
  width: number;
  height: number;
}

/**
 * Decoding is what an upload costs: a 40-megapixel image took 3.2 s of CPU. So images are limited in
 * pixels (24 MP holds a 6000 × 4000 camera photo; the largest published width is 1024), decoded once,
 * and each uploader (a producer, whichever of its accounts; an officer) may store so many per hour.
 */
export const MAX_IMAGE_PIXELS = 24_000_000;
export const UPLOAD_THROTTLE: ThrottleRule = { name: "upload:uploader", limit: 60, windowSeconds: 3600 };

/** Who an upload counts against: the producer for producer accounts, else the account. */
export function uploaderOf(viewer: { userId: string; producerId: string | null }): string {
  return viewer.producerId ? `producer:${viewer.producerId}` : `user:${viewer.userId}`;
}

/**
 * Accepts a photo only when its bytes are an image we can read (the name and the browser's type are
 * ignored), re-encodes it — which drops metadata and anything hidden in the file — into WebP at each
 * published width, and stores the variants under a random name. Throttled per `uploader` (`uploaderOf`).
 */
export async function storeImage(bytes: Buffer, uploader: string): Promise<StoredImage> {
  const max = readEnv().UPLOAD_MAX_BYTES;
  if (bytes.byteLength === 0) throw new AppError("VALIDATION", "empty file", { photo: "required" });
  if (bytes.byteLength > max) throw new AppError("PAYLOAD_TOO_LARGE", `larger than ${max} bytes`);
  const sniffed = await fileTypeFromBuffer(bytes);
  if (!sniffed || !ACCEPTED.has(sniffed.mime)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", sniffed?.mime ?? "unknown");
  await takeAttempt([{ rule: UPLOAD_THROTTLE, key: uploader }]);
  let header: Metadata;
  try {
    // Reads the header only: the pixel count is known before anything is decoded.
    header = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "unreadable image");
  }
  if (!header.width || !header.height) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "no dimensions");
  if (header.width * header.height * Math.max(1, header.pages ?? 1) > MAX_IMAGE_PIXELS) {
    throw new AppError("PAYLOAD_TOO_LARGE", "too many pixels", { photo: "tooManyPixels" });
  }
  try {
    // One decode, straight to the largest published width; the smaller ones are made from that.
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS })
      .rotate()
      .resize({ width: IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1], withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const key = randomBytes(12).toString("hex");
    const storage = getStorage();
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
    for (const width of IMAGE_WIDTHS) {
      const variant = await sharp(data, raw).resize({ width, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer();
      await storage.put(`${key}-${width}.webp`, variant, "image/webp");
    }
    return { key, width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "unreadable image");
  }
}

/**
 * Evidence for a trace event: a photo (stored like listing photos) or a PDF (kept as is, its type
 * checked from its bytes). Returns the storage key and the type.
 */
export async function storeEvidence(bytes: Buffer, uploader: string): Promise<{ key: string; mime: "image/webp" | "application/pdf" }> {
  const sniffed = await fileTypeFromBuffer(bytes);
  if (sniffed?.mime === "application/pdf") {
    const max = readEnv().UPLOAD_MAX_BYTES;
    if (bytes.byteLength > max) throw new AppError("PAYLOAD_TOO_LARGE", `larger than ${max} bytes`);
    await takeAttempt([{ rule: UPLOAD_THROTTLE, key: uploader }]);
    const key = randomBytes(12).toString("hex");
    await getStorage().put(`${key}.pdf`, bytes, "application/pdf");
    return { key, mime: "application/pdf" };
  }
  const image = await storeImage(bytes, uploader);
  return { key: image.key, mime: "image/webp" };
}
