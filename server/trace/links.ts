import { buildDigitalLink } from "@/lib/digital-link";
import { dateToDay } from "@/lib/clock";

/**
 * What a batch's QR code encodes: a GS1 Digital Link when the product has a GTIN (scanners and retail
 * systems understand it), else the trace page URL marked as a scan (`?src=qr`, counted by the page).
 * Both resolve on this site and count the scan.
 */
export function batchQrUrl(baseUrl: string, batch: { code: string; lotCode: string; expiryDate?: Date | string | null }, gtin: string | null): string {
  if (gtin) {
    const attributes: Record<string, string> = {};
    if (batch.expiryDate) {
      const expiry = typeof batch.expiryDate === "string" ? batch.expiryDate : dateToDay(batch.expiryDate);
      attributes["17"] = expiry.slice(2).replace(/-/g, ""); // GS1 AI 17: the expiry day as YYMMDD
    }
    return buildDigitalLink(baseUrl, { gtin, lot: batch.lotCode, attributes });
  }
  return `${baseUrl.replace(/\/+$/, "")}/trace/${encodeURIComponent(batch.code)}?src=qr`;
}
