import "server-only";
import QRCode from "qrcode";
import { readEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { nonPublicReason, type NonPublicReason } from "@/lib/public-url";
import { batchQrUrl } from "./links";

/**
 * Why labels cannot be printed with this site's address, or null when they can: a QR code that
 * points at localhost or a local network opens nothing on a buyer's phone, and labels cannot be
 * reprinted once they are on the goods. The check reads PUBLIC_BASE_URL, the address QR codes carry.
 */
export function labelAddressProblem(baseUrl = readEnv().PUBLIC_BASE_URL): { reason: NonPublicReason; baseUrl: string } | null {
  const reason = nonPublicReason(baseUrl);
  return reason ? { reason, baseUrl } : null;
}

/** What a batch's QR code encodes, refused (CONFLICT) when the site's address is not public. */
export function publicBatchQrUrl(batch: { code: string; lotCode: string; expiryDate?: Date | string | null }, gtin: string | null, baseUrl = readEnv().PUBLIC_BASE_URL): string {
  const problem = labelAddressProblem(baseUrl);
  if (problem) throw new AppError("CONFLICT", `PUBLIC_BASE_URL ${baseUrl} is not a public address`, { reason: "NON_PUBLIC_BASE_URL", baseUrl, problem: problem.reason });
  return batchQrUrl(baseUrl, batch, gtin);
}

export async function batchQrImage(url: string, format: "svg" | "png"): Promise<{ body: string | Uint8Array<ArrayBuffer>; contentType: string }> {
  if (format === "png") {
    const png = await QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 512 });
    return { body: new Uint8Array(png), contentType: "image/png" };
  }
  return { body: await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 }), contentType: "image/svg+xml" };
}

/**
 * The QR code of `url` as an SVG's viewBox and drawing, for a sheet that draws it once and repeats it
 * by reference (<use>): 240 copies of the drawing itself made the label sheet 1.3 MB of HTML.
 */
export async function batchQrDrawing(url: string): Promise<{ viewBox: string; body: string }> {
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  const parts = /^<svg[^>]*\sviewBox="([^"]+)"[^>]*>([\s\S]*)<\/svg>\s*$/.exec(svg);
  if (!parts) throw new Error("qrcode returned an SVG of an unexpected shape");
  return { viewBox: parts[1], body: parts[2] };
}
