import "server-only";
import { randomBytes } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { readEnv } from "@/lib/env";
import { getStorage } from "./storage";

const IMAGES = new Set(["image/jpeg", "image/png", "image/webp", "image/avif"]);

/** Private documents never match the public /uploads route's names (app/uploads/[file]/route.ts). */
const PRIVATE_NAME = /^scan-[a-f0-9]{24}\.(?:pdf|webp)$/;

export type DocumentType = "application/pdf" | "image/webp";

export interface StoredDocument {
  key: string;
  type: DocumentType;
}

/**
 * A private document such as the scan of an OCOP certificate: a PDF kept as it is, or a photo of the
 * paper re-encoded to one WebP large enough to read (metadata and anything hidden in the file drop
 * out). The type comes from the bytes, never from the name. The name is random and prefixed `scan-`, so
 * the public uploads route never serves it: only the route that checks who asks does.
 */
export async function storeDocument(bytes: Buffer): Promise<StoredDocument> {
  const max = readEnv().UPLOAD_MAX_BYTES;
  if (bytes.byteLength === 0) throw new AppError("VALIDATION", "empty file", { scan: "required" });
  if (bytes.byteLength > max) throw new AppError("PAYLOAD_TOO_LARGE", `larger than ${max} bytes`, { scan: "fileTooLarge" });
  const sniffed = await fileTypeFromBuffer(bytes);
  const name = `scan-${randomBytes(12).toString("hex")}`;
  if (sniffed?.mime === "application/pdf") {
    await getStorage().put(`${name}.pdf`, bytes, "application/pdf");
    return { key: `${name}.pdf`, type: "application/pdf" };
  }
  if (!sniffed || !IMAGES.has(sniffed.mime)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", sniffed?.mime ?? "unknown", { scan: "fileType" });
  let webp: Buffer;
  try {
    webp = await sharp(bytes, { limitInputPixels: 60_000_000 })
      .rotate()
      .resize({ width: 2400, height: 2400, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer();
  } catch {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "unreadable image", { scan: "fileType" });
  }
  await getStorage().put(`${name}.webp`, webp, "image/webp");
  return { key: `${name}.webp`, type: "image/webp" };
}

/** A key this module made, or null (a posted key is never trusted as a path). */
export function documentKey(key: string | null | undefined): string | null {
  return key && PRIVATE_NAME.test(key) ? key : null;
}

export async function readDocument(key: string): Promise<{ body: Buffer; type: DocumentType } | null> {
  if (!documentKey(key)) return null;
  const body = await getStorage().get(key);
  return body ? { body, type: key.endsWith(".pdf") ? "application/pdf" : "image/webp" } : null;
}
