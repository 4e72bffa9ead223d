import { buildDigitalLink } from "@/lib/digital-link";

/**
 * What a batch's QR code encodes: a GS1 Digital Link when the product has a GTIN (scanners and retail
 * systems understand it), else the trace page URL marked as a scan (`?src=qr`, counted by the page).
 * Both resolve on this site and count the scan.
 */
export function batchQrUrl(baseUrl: string, batch: { code: string; lotCode: string; expiryDate?: Date | string | null }, gtin: string | null): string {
  if (gtin) {
    const attributes: Record<string, string> = {};
    // GS1 application identifier 17: the expiry day as YYMMDD.
    const expiry = batch.expiryDate instanceof Date ? batch.expiryDate.toISOString().slice(0, 10) : batch.expiryDate;
    if (expiry) attributes["17"] = expiry.slice(2).replace(/-/g, "");
    return buildDigitalLink(baseUrl, { gtin, lot: batch.lotCode, attributes });
  }
  return `${baseUrl.replace(/\/+$/, "")}/trace/${encodeURIComponent(batch.code)}?src=qr`;
}
