import jsQR from "jsqr";
import { PNG } from "pngjs";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { GET as resolveDigitalLink } from "@/app/01/[...segments]/route";
import { dateToDay } from "@/lib/clock";
import { db } from "@/server/infra/db";
import { batchQrUrl } from "@/server/trace/links";
import { addLabTest, addTraceEvent, createBatch, setBatchPublic } from "@/server/trace/mutations";
import { getOwnBatch, getPublicTrace } from "@/server/trace/queries";
import { countScan, forgetPastVisitors } from "@/server/trace/scans";
import { createBatch as createBatchRow, createCertificate, createProduct, createProducerViewer, unique } from "../factories";
import { codeOf } from "../support/outcome";


async function scansOf(batchId: string) {
  return (await db.batchScanDay.findMany({ where: { batchId } })).reduce((sum, d) => sum + d.count, 0);
}

describe("batches in the studio", () => {
  it("belong to their producer: another producer can neither read nor change them", async () => {
    const owner = await createProducerViewer();
    const other = await createProducerViewer();
    const product = await createProduct({ producerId: owner.producerId });
    const { id } = await createBatch(owner.viewer, { productId: product.id, lotCode: "VX-01", productionDate: "2026-10-01", quantity: "100", isPublic: "on" });

    expect(await codeOf(getOwnBatch(other.viewer, id))).toBe("NOT_FOUND");
    expect(await codeOf(addTraceEvent(other.viewer, id, { type: "HARVEST", occurredOn: "2026-09-01", place: "Cao Bồ", actor: "HTX" }))).toBe("NOT_FOUND");
    expect(await codeOf(addLabTest(other.viewer, id, { indicator: "Pb", value: "0.1", lab: "Quatest 1", testedOn: "2026-10-02", passed: "yes" }))).toBe("NOT_FOUND");
    expect(await codeOf(setBatchPublic(other.viewer, id, false))).toBe("NOT_FOUND");
    expect(await codeOf(createBatch(other.viewer, { productId: product.id, lotCode: "X", productionDate: "2026-10-01", quantity: "1" }))).toBe("NOT_FOUND");
    expect(await codeOf(createBatch(null, {}))).toBe("UNAUTHENTICATED");
    expect(await db.traceEvent.count({ where: { batchId: id } })).toBe(0);
  });

  it("keep lot codes unique per product", async () => {
    const owner = await createProducerViewer();
    const product = await createProduct({ producerId: owner.producerId });
    const input = { productId: product.id, lotCode: "L-7", productionDate: "2026-10-01", quantity: "5" };
    await createBatch(owner.viewer, input);
    expect(await codeOf(createBatch(owner.viewer, input))).toBe("CONFLICT");
    // Two saves of a new lot at the same moment: one batch, and the other gets the same clear conflict.
    const race = { ...input, lotCode: "L-8" };
    const outcomes = await Promise.all([0, 1, 2].map(() => codeOf(createBatch(owner.viewer, race))));
    expect(outcomes.filter((code) => code === "CONFLICT")).toHaveLength(2);
    expect(await db.batch.count({ where: { productId: product.id, lotCode: "L-8" } })).toBe(1);
  });
});

describe("public trace", () => {
  it("orders events by date whatever order they were recorded in, and shows lab results", async () => {
    const owner = await createProducerViewer();
    const product = await createProduct({ producerId: owner.producerId });
    await createCertificate(product, { stars: 4, decisionDate: new Date("2025-05-01") });
    const { id, code } = await createBatch(owner.viewer, { productId: product.id, lotCode: "T-1", productionDate: "2026-10-01", expiryDate: "2028-10-01", quantity: "50", isPublic: "on" });
    await addTraceEvent(owner.viewer, id, { type: "PACKAGING", occurredOn: "2026-10-01", place: "Xưởng Việt Lâm", actor: "HTX" });
    await addTraceEvent(owner.viewer, id, { type: "HARVEST", occurredOn: "2026-09-15", place: "Đồi chè Cao Bồ", actor: "Hộ ông A" });
    await addLabTest(owner.viewer, id, { indicator: "Chì (Pb)", value: "0.05", unit: "mg/kg", limit: "≤ 2", lab: "Quatest 1", testedOn: "2026-10-03", passed: "yes" });

    const trace = await getPublicTrace(code);
    expect(trace?.events.map((e) => e.type)).toEqual(["HARVEST", "PACKAGING"]);
    expect(trace?.labTests[0]).toMatchObject({ indicator: "Chì (Pb)", passed: true });
    expect(trace?.badge?.stars).toBe(4);
    expect(trace?.expired).toBe(false);
  });

  it("hides private and unknown batches and says when a batch has expired", async () => {
    const product = await createProduct();
    const hidden = await createBatchRow(product, { isPublic: false });
    const expired = await createBatchRow(product, { expiryDate: new Date("2025-01-01") });
    expect(await getPublicTrace(hidden.code)).toBeNull();
    expect(await getPublicTrace(`UNKNOWN-${unique()}`)).toBeNull();
    expect((await getPublicTrace(expired.code))?.expired).toBe(true);
  });

  it("hides batches of unpublished products", async () => {
    const draft = await createProduct({ status: "DRAFT" });
    const batch = await createBatchRow(draft);
    expect(await getPublicTrace(batch.code)).toBeNull();
  });
});

describe("GS1 Digital Link and QR codes", () => {
  it("resolve /01/<gtin>/10/<lot> to the trace page, count the scan, and /01/<gtin> to the product", async () => {
    const product = await createProduct({ gtin: "8934588012228" });
    const batch = await createBatchRow(product, { lotCode: "VX/26 A" });
    const link = batchQrUrl("http://localhost:3000", batch, product.gtin);
    // Outside a server started with scripts/lib/http-front.mjs, the address is the header's last entry.
    const from = (address: string) => ({ headers: { "x-forwarded-for": address } });
    const response = await resolveDigitalLink(new Request(link, from("203.0.113.1")));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(`/trace/${batch.code}`);
    expect(await scansOf(batch.id)).toBe(1);

    const english = await resolveDigitalLink(new Request(`${link}&lang=en`, from("203.0.113.2")));
    expect(english.headers.get("location")).toBe(`/en/trace/${batch.code}`);
    expect(await scansOf(batch.id)).toBe(2);
    // The same visitor scanning again the same day is not counted again.
    await resolveDigitalLink(new Request(link, from("203.0.113.2")));
    expect(await scansOf(batch.id)).toBe(2);

    const productOnly = await resolveDigitalLink(new Request("http://localhost:3000/01/08934588012228"));
    expect(productOnly.headers.get("location")).toBe(`/products/${product.slug}`);
  });

  it("answer malformed links with 400 and unknown ones with 404", async () => {
    expect((await resolveDigitalLink(new Request("http://localhost/01/8934588012229/10/A"))).status).toBe(400);
    expect((await resolveDigitalLink(new Request("http://localhost/01/8934588012228/21/S/10/A"))).status).toBe(400);
    expect((await resolveDigitalLink(new Request("http://localhost/01/96385074/10/NOPE"))).status).toBe(404);
  });

  it("encode a URL that decodes back from the PNG image", async () => {
    const product = await createProduct({ gtin: "96385074" });
    const batch = await createBatchRow(product, { lotCode: "L1", expiryDate: new Date("2027-12-31T00:00:00Z") });
    const url = batchQrUrl("https://ocop.example.vn", batch, product.gtin);
    const png = PNG.sync.read(await QRCode.toBuffer(url, { type: "png", width: 400 }));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe("https://ocop.example.vn/01/00000096385074/10/L1?17=271231");
  });

  it("count scans per batch and Vietnamese day, each visitor once a day, without personal data", async () => {
    const product = await createProduct();
    const batch = await createBatchRow(product);
    const day1 = Date.parse("2026-11-28T08:00:00+07:00");
    // Ten visitors, one of whom scans five times, concurrently.
    const visitors = Array.from({ length: 10 }, (_, i) => `203.0.113.${i}`);
    await Promise.all([...visitors, ...Array(4).fill(visitors[0])].map((address) => countScan(batch.code, address, day1)));
    // 23:30 in Vietnam is still the 28th; 00:30 is the 29th, where the same visitor counts again.
    await countScan(batch.code, visitors[1], Date.parse("2026-11-28T23:30:00+07:00"));
    await countScan(batch.code, visitors[1], Date.parse("2026-11-29T00:30:00+07:00"));
    const days = await db.batchScanDay.findMany({ where: { batchId: batch.id }, orderBy: { day: "asc" } });
    expect(days.map((d) => [dateToDay(d.day), d.count])).toEqual([["2026-11-28", 10], ["2026-11-29", 1]]);
    expect(Object.keys(days[0]).sort()).toEqual(["batchId", "count", "day"]);

    // What identifies a visitor is a salted hash, never the address, and it is gone after the day.
    const stored = await db.$queryRaw<{ visitor: string }[]>`SELECT visitor FROM scan_visitors WHERE "batchId" = ${batch.id}`;
    expect(stored.length).toBe(11);
    for (const { visitor } of stored) for (const address of visitors) expect(visitor).not.toContain(address);
    await forgetPastVisitors(Date.parse("2026-11-30T09:00:00+07:00"));
    expect(await db.$queryRaw<unknown[]>`SELECT 1 FROM scan_visitors WHERE "batchId" = ${batch.id}`).toEqual([]);
    expect(await db.$queryRaw<unknown[]>`SELECT 1 FROM daily_salts WHERE day < '2026-11-30'`).toEqual([]);
    expect((await db.batchScanDay.findMany({ where: { batchId: batch.id } })).length).toBe(2);
  });
});

describe("trace API", () => {
  it("matches its OpenAPI schema", async () => {
    const { ZTrace } = await import("@/server/trace/openapi");
    const { buildOpenApiDocument } = await import("@/server/infra/openapi/openapi-document");
    const product = await createProduct();
    await createCertificate(product, { stars: 3 });
    const batch = await createBatchRow(product);
    await db.traceEvent.create({ data: { batchId: batch.id, type: "HARVEST", occurredOn: new Date("2026-09-01"), place: "Cao Bồ", actor: "HTX" } });
    const trace = await getPublicTrace(batch.code);
    expect(ZTrace.safeParse(trace).success).toBe(true);
    expect(Object.keys(buildOpenApiDocument("http://x").paths ?? {})).toContain("/trace/{code}");
  });
});

describe("certifications and evidence", () => {
  it("attach to the producer's own batch and show on the trace page with validity", async () => {
    const owner = await createProducerViewer();
    const other = await createProducerViewer();
    const product = await createProduct({ producerId: owner.producerId });
    const batch = await createBatchRow(product);
    const { addCertification } = await import("@/server/trace/mutations");
    await addCertification(owner.viewer, batch.id, { kind: "VIETGAP", number: "VG-2026-015", issuer: "Trung tâm chứng nhận", validFrom: "2026-01-01", validUntil: "2029-01-01" });
    await addCertification(owner.viewer, batch.id, { kind: "ORGANIC", number: "HC-2020-1", issuer: "Tổ chức X", validFrom: "2020-01-01", validUntil: "2023-01-01" });
    expect(await codeOf(addCertification(other.viewer, batch.id, { kind: "HACCP", number: "H-1", issuer: "Y" }))).toBe("NOT_FOUND");
    const trace = await getPublicTrace(batch.code, "2026-11-28");
    expect(trace?.certifications.map((c) => [c.kind, c.valid])).toEqual([["VIETGAP", true], ["ORGANIC", false]]);
  });

  it("store a PDF or photo as evidence of an event and refuse anything else", async () => {
    process.env.UPLOAD_DIR = (await import("node:fs")).mkdtempSync((await import("node:path")).join((await import("node:os")).tmpdir(), "ocop-evidence-"));
    const owner = await createProducerViewer();
    const product = await createProduct({ producerId: owner.producerId });
    const batch = await createBatchRow(product);
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    await addTraceEvent(owner.viewer, batch.id, { type: "LAB_TEST", occurredOn: "2026-10-02", place: "Quatest 1", actor: "Phòng thử nghiệm" }, pdf);
    const event = await db.traceEvent.findFirstOrThrow({ where: { batchId: batch.id } });
    expect(event.evidenceMime).toBe("application/pdf");
    expect(await codeOf(addTraceEvent(owner.viewer, batch.id, { type: "HARVEST", occurredOn: "2026-09-01", place: "Đồi", actor: "Hộ" }, Buffer.from("#!/bin/sh\nrm -rf /")))).toBe("UNSUPPORTED_MEDIA_TYPE");
  });
});
