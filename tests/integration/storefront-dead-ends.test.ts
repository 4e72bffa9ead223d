import { describe, expect, it } from "vitest";
import { GET as resolveDigitalLink } from "@/app/01/[...segments]/route";
import { canonicalBatchCode, explainScanMiss, getPublicTrace, resolveGtin } from "@/server/trace/queries";
import { createBatch, createProduct } from "../factories";

const BROWSER = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
const scan = (path: string, headers: Record<string, string> = BROWSER) => resolveDigitalLink(new Request(`http://localhost:3000${path}`, { headers }));

describe("a QR scan that finds nothing", () => {
  it("sends a browser to a page in its language that says what was wrong, and keeps JSON for programs", async () => {
    // Stored as GTIN-14, as listings write it; printed and scanned as the EAN-13 8934588012228.
    const product = await createProduct({ gtin: "08934588012228" });

    const unknownLot = await scan("/01/08934588012228/10/NOPE");
    expect(unknownLot.status).toBe(307);
    expect(unknownLot.headers.get("location")).toBe("/trace?gtin=08934588012228&lot=NOPE&reason=NOT_FOUND");

    const english = await scan("/01/8934588012229/10/A", { ...BROWSER, "accept-language": "en-GB,en;q=0.9" });
    expect(english.headers.get("location")).toBe("/en/trace?gtin=8934588012229&lot=A&reason=BAD_CHECK_DIGIT");

    // A program that asks for JSON (or nothing) still gets the machine answer.
    const json = await scan("/01/08934588012228/10/NOPE", { accept: "application/json" });
    expect(json.status).toBe(404);
    expect(await json.json()).toMatchObject({ error: "NOT_FOUND" });

    // The page can name the product: the barcode is known though the lot is not…
    expect(await explainScanMiss("08934588012228")).toEqual({ product: { slug: product.slug, nameVi: product.nameVi, nameEn: product.nameEn }, correctedGtin: null });
    // …and a wrong check digit names the product its other digits point to.
    expect(await explainScanMiss("8934588012229")).toEqual({ product: { slug: product.slug, nameVi: product.nameVi, nameEn: product.nameEn }, correctedGtin: "8934588012228" });
    expect(await explainScanMiss("96385074")).toEqual({ product: null, correctedGtin: null });
  });
});

describe("trace codes", () => {
  it("are found in any case, like order codes, and lots scanned in small letters too", async () => {
    // The GTIN-8 96385074, stored as GTIN-14 as listings write it.
    const product = await createProduct({ gtin: "00000096385074" });
    const batch = await createBatch(product, { lotCode: "VX26A" });
    expect(batch.code).toBe(batch.code.toUpperCase());
    expect(await canonicalBatchCode(batch.code.toLowerCase())).toBe(batch.code);
    expect((await getPublicTrace(batch.code.toLowerCase()))?.code).toBe(batch.code);
    expect(await canonicalBatchCode("KHONG-CO")).toBeNull();
    expect(await resolveGtin("00000096385074", "vx26a")).toEqual({ productSlug: product.slug, batchCode: batch.code });
  });
});
