import "server-only";
import { randomBytes } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "@/lib/errors";
import { readEnv } from "@/lib/env";
import type { ThrottleRule } from "@/lib/throttle";
import { takeAttempt } from "@/server/infra/throttle";
import { processImage, type StoredImage } from "./pipeline";
import { getStorage } from "./storage";

export { deleteImage, MAX_IMAGE_PIXELS, type StoredImage } from "./pipeline";

/** Each uploader (a producer, whichever of its accounts; an officer) may store so many images per hour. */
export const UPLOAD_THROTTLE: ThrottleRule = { name: "upload:uploader", limit: 60, windowSeconds: 3600 };

/** Who an upload counts against: the producer for producer accounts, else the account. */
export function uploaderOf(viewer: { userId: string; producerId: string | null }): string {
  return viewer.producerId ? `producer:${viewer.producerId}` : `user:${viewer.userId}`;
}

/**
 * A user's photo through the upload pipeline (pipeline.ts: checked from its bytes, re-encoded to WebP
 * at each published width, stored under a random name), throttled per `uploader` (`uploaderOf`).
 */
export async function storeImage(bytes: Buffer, uploader: string): Promise<StoredImage> {
  return processImage(bytes, { beforeDecode: () => takeAttempt([{ rule: UPLOAD_THROTTLE, key: uploader }]) });
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
