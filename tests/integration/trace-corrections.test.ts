import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as resolveDigitalLink } from "@/app/01/[...segments]/route";
import { pinClock } from "@/lib/clock";
import { db } from "@/server/infra/db";
import {
  addLabTest,
  addTraceEvent,
  createBatch,
  deleteLabTest,
  deleteTraceEvent,
  setBatchPublic,
  updateCertification,
  updateLabTest,
  updateTraceEvent,
  addCertification,
} from "@/server/trace/mutations";
import { getPublicTrace, listBatchHistory } from "@/server/trace/queries";
import { batchQrImage, publicBatchQrUrl } from "@/server/trace/qr";
import { createProduct, createProducerViewer, createUser } from "../factories";
import { codeOf } from "../support/outcome";

const mailDir = mkdtempSync(path.join(os.tmpdir(), "ocop-trace-mail-"));
beforeAll(() => {
  process.env.MAIL_DIR = mailDir;
  delete process.env.SMTP_URL;
});
afterEach(() => pinClock(null));

async function ownBatch(over: Record<string, string> = {}) {
  const owner = await createProducerViewer();
  const product = await createProduct({ producerId: owner.producerId });
  const { id, code } = await createBatch(owner.viewer, { productId: product.id, lotCode: `L${Date.now() % 100000}`, productionDate: "2026-10-01", quantity: "100", isPublic: "on", ...over });
  return { ...owner, product, id, code };
}

describe("lot codes", () => {
  it("are trimmed and upper-cased, so ' cc2603 ' and 'CC2603' are one lot, and a link typed in lower case finds it", async () => {
    const owner = await createProducerViewer();
    const product = await createProduct({ producerId: owner.producerId, gtin: "08931234567897" });
    const first = await createBatch(owner.viewer, { productId: product.id, lotCode: " cc2603 ", productionDate: "2026-10-01", quantity: "10", isPublic: "on" });
    expect((await db.batch.findUniqueOrThrow({ where: { id: first.id } })).lotCode).toBe("CC2603");
    const second = await createBatch(owner.viewer, { productId: product.id, lotCode: "CC2603", productionDate: "2026-10-02", quantity: "10" }).catch((e: { code: string; details: unknown }) => e);
    expect(second).toMatchObject({ code: "CONFLICT", details: { lotCode: "lotTaken" } });

    const response = await resolveDigitalLink(new Request("http://localhost/01/08931234567897/10/cc2603"));
    expect(response.headers.get("location")).toBe(`/trace/${first.code}`);
  });
});

describe("dates", () => {
  it("refuse a production or harvest day after today in Vietnam", async () => {
    // 23:30 on 30 November in Vietnam: 1 December is still tomorrow there.
    pinClock("2026-11-30T23:30:00+07:00");
    const owner = await createProducerViewer();
    const product = await createProduct({ producerId: owner.producerId });
    const future = await createBatch(owner.viewer, { productId: product.id, lotCode: "F1", productionDate: "2026-12-01", quantity: "1" }).catch((e: { issues: { path: string[]; message: string }[] }) => e.issues);
    expect(future).toEqual([expect.objectContaining({ path: ["productionDate"], message: "futureDate" })]);
    const { id } = await createBatch(owner.viewer, { productId: product.id, lotCode: "F2", productionDate: "2026-11-30", quantity: "1" });
    expect(await codeOf(addTraceEvent(owner.viewer, id, { type: "HARVEST", occurredOn: "2026-12-01", place: "Đồi chè", actor: "HTX" }))).toBe("VALIDATION");
    expect(await codeOf(addLabTest(owner.viewer, id, { indicator: "Pb", value: "0.1", lab: "Quatest 1", testedOn: "2026-12-01", passed: "yes" }))).toBe("VALIDATION");
    await addTraceEvent(owner.viewer, id, { type: "HARVEST", occurredOn: "2026-11-30", place: "Đồi chè", actor: "HTX" });
    expect(await db.traceEvent.count({ where: { batchId: id } })).toBe(1);
  });
});

describe("corrections", () => {
  it("edit and remove trace events with a history of what they were, who changed them and why", async () => {
    const { viewer, user, id, code } = await ownBatch();
    await addTraceEvent(viewer, id, { type: "HARVEST", occurredOn: "2026-09-05", place: "Đồi chè Cao Bồ", actor: "Hộ ông A" });
    const event = await db.traceEvent.findFirstOrThrow({ where: { batchId: id } });
    await updateTraceEvent(viewer, event.id, { type: "HARVEST", occurredOn: "2026-09-06", place: "Đồi chè Cao Bồ", actor: "Hộ ông A", reason: "Ghi nhầm ngày" });
    expect((await getPublicTrace(code))?.events[0].date).toBe("2026-09-06");

    expect(await codeOf(deleteTraceEvent(viewer, event.id, { reason: "" }))).toBe("VALIDATION");
    await deleteTraceEvent(viewer, event.id, { reason: "Sự kiện của lô khác" });
    expect((await getPublicTrace(code))?.events).toEqual([]);

    const history = await listBatchHistory(viewer, id);
    expect(history.map((h) => h.action)).toEqual(["trace.event.delete", "trace.event.update", "trace.event.add"]);
    expect(history[1]).toMatchObject({ actor: user.name, before: { occurredOn: "2026-09-05T00:00:00.000Z" }, after: { occurredOn: "2026-09-06T00:00:00.000Z", reason: "Ghi nhầm ngày" } });
    expect(history[0]).toMatchObject({ before: { place: "Đồi chè Cao Bồ" }, after: { reason: "Sự kiện của lô khác" } });
  });

  it("correct lab results and batch certifications, and refuse another producer's", async () => {
    const { viewer, id } = await ownBatch();
    const other = await createProducerViewer();
    await addLabTest(viewer, id, { indicator: "Độ ẩm", value: "11", lab: "Quatest 1", testedOn: "2026-10-02", passed: "yes" });
    await addCertification(viewer, id, { kind: "VIETGAP", number: "VG-01", issuer: "Trung tâm chứng nhận" });
    const lab = await db.labTest.findFirstOrThrow({ where: { batchId: id } });
    const certification = await db.certification.findFirstOrThrow({ where: { batchId: id } });

    expect(await codeOf(updateLabTest(other.viewer, lab.id, { indicator: "Độ ẩm", value: "9", lab: "Quatest 1", testedOn: "2026-10-02", passed: "yes" }))).toBe("NOT_FOUND");
    expect(await codeOf(deleteLabTest(other.viewer, lab.id, { reason: "Xoá hộ" }))).toBe("NOT_FOUND");
    await updateLabTest(viewer, lab.id, { indicator: "Độ ẩm", value: "10.5", lab: "Quatest 1", testedOn: "2026-10-02", passed: "yes", reason: "Sai số liệu" });
    await updateCertification(viewer, certification.id, { kind: "VIETGAP", number: "VG-2026-01", issuer: "Trung tâm chứng nhận" });
    expect((await db.labTest.findUniqueOrThrow({ where: { id: lab.id } })).value).toBe("10.5");
    expect((await db.certification.findUniqueOrThrow({ where: { id: certification.id } })).number).toBe("VG-2026-01");
    expect((await listBatchHistory(viewer, id)).map((h) => h.action).slice(0, 2)).toEqual(["trace.certification.update", "trace.lab.update"]);
  });
});

describe("failed lab results", () => {
  const failed = { indicator: "Chì (Pb)", value: "3.1", unit: "mg/kg", limit: "≤ 2", lab: "Quatest 1", testedOn: "2026-10-03", passed: "no" };

  it("go public on a public batch only once the producer confirms, and every account of the producer is told", async () => {
    const { viewer, producerId, id, code } = await ownBatch();
    const colleague = await createUser("PRODUCER", { producerId });
    const refused = await addLabTest(viewer, id, failed).catch((e: { details: unknown }) => e.details);
    expect(refused).toEqual({ confirmPublic: "failedPublic" });
    expect((await getPublicTrace(code))?.labTests).toEqual([]);

    const before = readdirSync(mailDir).length;
    await addLabTest(viewer, id, { ...failed, confirmPublic: "on" });
    expect((await getPublicTrace(code))?.labTests).toEqual([expect.objectContaining({ indicator: "Chì (Pb)", passed: false })]);
    const mails = readdirSync(mailDir).slice(before).map((file) => readFileSync(path.join(mailDir, file), "utf8"));
    expect(mails.some((m) => m.includes(colleague.email))).toBe(true);
  });

  it("are recorded without a question on a private batch, and publishing that batch asks first", async () => {
    const { viewer, id, code } = await ownBatch({ isPublic: "" });
    await addLabTest(viewer, id, failed);
    const refused = await setBatchPublic(viewer, id, { isPublic: "true" }).catch((e: { details: unknown }) => e.details);
    expect(refused).toMatchObject({ reason: "FAILED_RESULT_PUBLIC", failed: 1 });
    expect(await getPublicTrace(code)).toBeNull();
    await setBatchPublic(viewer, id, { isPublic: "true", confirmFailed: "on" });
    expect((await getPublicTrace(code))?.labTests[0].passed).toBe(false);
  });
});

describe("QR labels", () => {
  it("refuse a site address nobody outside this machine can open, and encode the public one", async () => {
    const batch = { code: "ABC123", lotCode: "L1", expiryDate: new Date("2027-12-31T00:00:00Z") };
    expect(() => publicBatchQrUrl(batch, "00000096385074", "http://localhost:3000")).toThrow(expect.objectContaining({ code: "CONFLICT", details: expect.objectContaining({ reason: "NON_PUBLIC_BASE_URL" }) }));
    expect(() => publicBatchQrUrl(batch, null, "http://192.168.1.20:3000")).toThrow(expect.objectContaining({ code: "CONFLICT" }));
    const url = publicBatchQrUrl(batch, "00000096385074", "https://ocop.vixuyen.gov.vn");
    const png = await batchQrImage(url, "png");
    const image = PNG.sync.read(Buffer.from(png.body as Uint8Array));
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe("https://ocop.vixuyen.gov.vn/01/00000096385074/10/L1?17=271231");
  });
});
