import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/infra/db";
import { approveBoothRequest, createFair, updateFair, rejectBoothRequest, requestBooth, setRegistrationOpen, updateBoothRequest, waitlistBoothRequest, withdrawBoothRequest } from "@/server/fairs/mutations";
import { getFairBoothPlan, getFairBySlug, getOwnRequest, listFairExhibitors, listFairs, listOwnRequests, listRequestsForOfficer } from "@/server/fairs/queries";
import { dayOf, nowMs } from "@/lib/clock";
import { fairCalendar } from "@/server/fairs/ics";
import { createCertificate, createOfficerViewer, createProduct, createProducerViewer } from "@/tests/factories";

const mailDir = mkdtempSync(path.join(os.tmpdir(), "ocop-fairs-mail-"));
const mails = () => readdirSync(mailDir).map((f) => readFileSync(path.join(mailDir, f), "utf8"));

beforeAll(() => {
  process.env.MAIL_DIR = mailDir;
});

const inDays = (n: number) => new Date(nowMs() + n * 86_400_000);
const dateOnly = dayOf;

async function fair(overrides: Record<string, unknown> = {}) {
  const { viewer: officer } = await createOfficerViewer();
  const created = await createFair(officer, {
    nameVi: "Hội chợ OCOP Tuyên Quang",
    nameEn: "Tuyen Quang OCOP Fair",
    startsOn: dateOnly(inDays(30)),
    endsOn: dateOnly(inDays(33)),
    venue: "Quảng trường Nguyễn Tất Thành",
    province: "Tuyên Quang",
    registrationDeadline: dateOnly(inDays(20)),
    boothCapacity: 10,
    boothSize: "3 m × 3 m",
    feeVnd: 2_000_000,
    subsidyPercent: 50,
    minStars: 3,
    maxBoothsPerProducer: 2,
    ...overrides,
  });
  return { officer, ...created };
}

/** A producer with one published product holding a valid certificate of `stars`. */
async function producerWithProduct(stars = 4) {
  const p = await createProducerViewer();
  const product = await createProduct({ producerId: p.producerId });
  await createCertificate(product, { stars });
  return { ...p, product };
}

const request = (productIds: string[], boothCount = 1) => ({ boothCount, productIds, needsPower: true, note: "Cần gần lối vào" });

describe("eligibility", () => {
  it("accepts own published products at or above the minimum stars within the booth limit", async () => {
    const f = await fair({ minStars: 4 });
    const p = await producerWithProduct(4);
    const { id } = await requestBooth(p.viewer, f.id, request([p.product.id], 2));
    expect((await getOwnRequest(p.viewer, id)).status).toBe("PENDING");
  });

  it("refuses too few stars, expired or absent certificates, and too many booths", async () => {
    const f = await fair({ minStars: 4 });
    const low = await producerWithProduct(3);
    await expect(requestBooth(low.viewer, f.id, request([low.product.id]))).rejects.toMatchObject({ code: "VALIDATION", details: { reason: "STARS_TOO_LOW" } });
    const expired = await createProducerViewer();
    const old = await createProduct({ producerId: expired.producerId });
    await createCertificate(old, { stars: 5, decisionDate: new Date("2020-01-01"), validUntil: new Date("2023-01-01") });
    await expect(requestBooth(expired.viewer, f.id, request([old.id]))).rejects.toMatchObject({ details: { reason: "STARS_TOO_LOW" } });
    const ok = await producerWithProduct(5);
    await expect(requestBooth(ok.viewer, f.id, request([ok.product.id], 3))).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("refuses another producer's product and unpublished products as not the producer's own", async () => {
    const f = await fair();
    const mine = await producerWithProduct();
    const theirs = await producerWithProduct();
    await expect(requestBooth(mine.viewer, f.id, request([theirs.product.id]))).rejects.toMatchObject({ details: { productIds: "notOwnProduct" } });
    const draft = await createProduct({ producerId: mine.producerId, status: "DRAFT", publishedAt: null });
    await createCertificate(draft, { stars: 4 });
    await expect(requestBooth(mine.viewer, f.id, request([draft.id]))).rejects.toMatchObject({ details: { productIds: "notOwnProduct" } });
  });

  it("refuses new requests after the deadline or when registration is closed", async () => {
    const f = await fair();
    const p = await producerWithProduct();
    await expect(requestBooth(p.viewer, f.id, request([p.product.id]), { now: inDays(22) })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "DEADLINE_PASSED" } });
    await setRegistrationOpen(f.officer, f.id, false);
    await expect(requestBooth(p.viewer, f.id, request([p.product.id]))).rejects.toMatchObject({ details: { reason: "REGISTRATION_CLOSED" } });
  });

  it("refuses a second open request by the same producer, anonymous visitors and officers", async () => {
    const f = await fair();
    const p = await producerWithProduct();
    await requestBooth(p.viewer, f.id, request([p.product.id]));
    await expect(requestBooth(p.viewer, f.id, request([p.product.id]))).rejects.toMatchObject({ details: { reason: "ALREADY_REQUESTED" } });
    await expect(requestBooth(null, f.id, request([p.product.id]))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(requestBooth(f.officer, f.id, request([p.product.id]))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(approveBoothRequest(p.viewer, { requestId: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("allocation", () => {
  it("approves exactly what fits when 20 officers approve 20 requests for 5 remaining booths at once", async () => {
    const f = await fair({ boothCapacity: 8, maxBoothsPerProducer: 3 });
    const first = await producerWithProduct();
    const early = await requestBooth(first.viewer, f.id, request([first.product.id], 3));
    await approveBoothRequest(f.officer, { requestId: early.id });

    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const p = await producerWithProduct();
      ids.push((await requestBooth(p.viewer, f.id, request([p.product.id], 1))).id);
    }
    const officers = await Promise.all(Array.from({ length: 4 }, () => createOfficerViewer()));
    const results = await Promise.allSettled(ids.map((requestId, i) => approveBoothRequest(officers[i % 4].viewer, { requestId })));
    const approved = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(approved).toHaveLength(5);
    expect(refused.every((r) => (r.reason as { code?: string }).code === "CAPACITY_EXCEEDED")).toBe(true);

    const numbers = (await db.boothAssignment.findMany({ where: { fairId: f.id }, orderBy: { number: "asc" } })).map((a) => a.number);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await db.boothRequest.count({ where: { fairId: f.id, status: "APPROVED" } })).toBe(6);
    expect(await db.boothRequest.count({ where: { fairId: f.id, status: "PENDING" } })).toBe(15);
  });

  it("frees booths on withdrawal after approval and suggests the first waitlisted request, which can then be promoted", async () => {
    const f = await fair({ boothCapacity: 2 });
    const a = await producerWithProduct();
    const b = await producerWithProduct();
    const c = await producerWithProduct();
    const ra = await requestBooth(a.viewer, f.id, request([a.product.id], 2));
    const rb = await requestBooth(b.viewer, f.id, request([b.product.id], 1));
    const rc = await requestBooth(c.viewer, f.id, request([c.product.id], 1));
    expect((await approveBoothRequest(f.officer, { requestId: ra.id })).boothNumbers).toEqual([1, 2]);
    await waitlistBoothRequest(f.officer, { requestId: rb.id, reason: "Hết gian hàng" });
    await waitlistBoothRequest(f.officer, { requestId: rc.id });
    await expect(approveBoothRequest(f.officer, { requestId: rb.id })).rejects.toMatchObject({ code: "CAPACITY_EXCEEDED" });

    const before = await listRequestsForOfficer(f.officer, f.id);
    expect(before.requests.map((r) => r.id)).toEqual([ra.id, rb.id, rc.id]);
    expect(before.requests.some((r) => r.suggestPromotion)).toBe(false);

    const withdrawal = await withdrawBoothRequest(a.viewer, ra.id);
    expect(withdrawal).toEqual({ freedBooths: [1, 2], suggestedPromotionId: rb.id });
    const after = await listRequestsForOfficer(f.officer, f.id);
    expect(after.free).toBe(2);
    expect(after.requests.filter((r) => r.suggestPromotion).map((r) => r.id)).toEqual([rb.id]);

    expect((await approveBoothRequest(f.officer, { requestId: rb.id })).boothNumbers).toEqual([1]);
    expect((await getOwnRequest(b.viewer, rb.id)).booths).toEqual([1]);
    expect((await getOwnRequest(a.viewer, ra.id)).status).toBe("WITHDRAWN");
    expect(mails().filter((m) => m.includes(`To: ${b.user.email}`))).toHaveLength(2);
    expect(await db.auditLog.count({ where: { entityId: rb.id, action: "booth.approve" } })).toBe(1);
  });

  it("rejects with a reason; a decided request can no longer be edited; a pending one can be edited and withdrawn", async () => {
    const f = await fair();
    const p = await producerWithProduct();
    const q = await producerWithProduct();
    const rp = await requestBooth(p.viewer, f.id, request([p.product.id]));
    const rq = await requestBooth(q.viewer, f.id, request([q.product.id]));
    await updateBoothRequest(p.viewer, rp.id, { ...request([p.product.id], 2), needsWater: true });
    expect(await getOwnRequest(p.viewer, rp.id)).toMatchObject({ boothCount: 2, needsWater: true });
    await expect(rejectBoothRequest(f.officer, { requestId: rq.id, reason: "" })).rejects.toThrow();
    await rejectBoothRequest(f.officer, { requestId: rq.id, reason: "Sản phẩm không phù hợp chủ đề" });
    expect((await listOwnRequests(q.viewer))[0]).toMatchObject({ status: "REJECTED", decisionReason: "Sản phẩm không phù hợp chủ đề" });
    await expect(updateBoothRequest(q.viewer, rq.id, request([q.product.id]))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await withdrawBoothRequest(p.viewer, rp.id)).toEqual({ freedBooths: [], suggestedPromotionId: null });
  });
});

describe("isolation", () => {
  it("producers cannot see or change each other's requests", async () => {
    const f = await fair();
    const mine = await producerWithProduct();
    const theirs = await producerWithProduct();
    const r = await requestBooth(theirs.viewer, f.id, request([theirs.product.id]));
    expect(await listOwnRequests(mine.viewer)).toEqual([]);
    expect((await listOwnRequests(theirs.viewer)).map((x) => x.id)).toEqual([r.id]);
    await expect(getOwnRequest(mine.viewer, r.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateBoothRequest(mine.viewer, r.id, request([mine.product.id]))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withdrawBoothRequest(mine.viewer, r.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listRequestsForOfficer(mine.viewer, f.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getOwnRequest(theirs.viewer, r.id)).status).toBe("PENDING");
  });
});

describe("public pages and calendar", () => {
  it("lists upcoming fairs and shows approved exhibitors with their products on the plan", async () => {
    const f = await fair({ boothCapacity: 4 });
    const p = await producerWithProduct();
    const r = await requestBooth(p.viewer, f.id, request([p.product.id]));
    const pending = await producerWithProduct();
    await requestBooth(pending.viewer, f.id, request([pending.product.id]));
    await approveBoothRequest(f.officer, { requestId: r.id });
    const page = (await getFairBySlug(f.slug))!;
    expect(page.exhibitorCount).toBe(1);
    expect(await listFairExhibitors(page.id)).toEqual([expect.objectContaining({ producerSlug: expect.any(String), booths: [1], products: [expect.objectContaining({ slug: p.product.slug })] })]);
    expect((await getFairBoothPlan(page)).map((b) => b.producerName !== null)).toEqual([true, false, false, false]);
    expect((await listFairs({ when: "upcoming", pageSize: 100 })).items.map((x) => x.slug)).toContain(f.slug);
    expect((await listFairs({ when: "past", pageSize: 100 })).items.map((x) => x.slug)).not.toContain(f.slug);
  });

  it("builds a valid all-day iCalendar event", () => {
    const ics = fairCalendar(
      { slug: "hoi-cho-2026", nameVi: "Hội chợ OCOP", nameEn: "OCOP Fair", venue: "Quảng trường", province: "Tuyên Quang", startsOn: new Date("2026-12-10"), endsOn: new Date("2026-12-13"), updatedAt: new Date("2026-11-01T08:00:00Z") },
      { baseUrl: "https://ocop.example", locale: "vi" },
    );
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.split("\r\n").every((line) => !line.includes("\n"))).toBe(true);
    // Unfold continuation lines (RFC 5545 §3.1) before reading properties back.
    const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
    const prop = (name: string) => lines.find((l) => l.startsWith(name));
    expect(prop("VERSION:")).toBe("VERSION:2.0");
    expect(prop("PRODID:")).toBeDefined();
    expect(prop("UID:")).toBe("UID:fair-hoi-cho-2026@ocop-market");
    expect(prop("DTSTAMP:")).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    expect(prop("DTSTART")).toBe("DTSTART;VALUE=DATE:20261210");
    expect(prop("DTEND")).toBe("DTEND;VALUE=DATE:20261214");
    // An instant in UTC, whatever the server's zone (TZ=Asia/Ho_Chi_Minh would shift a date-time array by 7 hours).
    expect(prop("LAST-MODIFIED:")).toBe("LAST-MODIFIED:20261101T080000Z");
    expect(prop("SUMMARY:")).toBe("SUMMARY:Hội chợ OCOP");
    expect(prop("LOCATION:")).toBe("LOCATION:Quảng trường\\, Tuyên Quang");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });
});

describe("open data API", () => {
  it("documents /fairs in the OpenAPI document", async () => {
    const { buildOpenApiDocument } = await import("@/server/infra/openapi/openapi-document");
    const doc = buildOpenApiDocument("https://ocop.example");
    expect(Object.keys(doc.paths ?? {})).toEqual(expect.arrayContaining(["/fairs", "/fairs/{slug}", "/fairs/{slug}/calendar.ics"]));
  });
});

describe("fair management", () => {
  it("lets only officers create and edit fairs, and never shrinks capacity below allocated booths", async () => {
    const f = await fair({ boothCapacity: 3 });
    const p = await producerWithProduct();
    await expect(createFair(p.viewer, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createFair(null, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const r = await requestBooth(p.viewer, f.id, request([p.product.id], 2));
    await approveBoothRequest(f.officer, { requestId: r.id });
    const stored = await db.fair.findUniqueOrThrow({ where: { id: f.id } });
    const fields = {
      nameVi: stored.nameVi,
      nameEn: stored.nameEn ?? "",
      venue: stored.venue,
      province: stored.province,
      startsOn: dateOnly(stored.startsOn),
      endsOn: dateOnly(stored.endsOn),
      registrationDeadline: stored.registrationDeadline.toISOString(),
      boothCapacity: stored.boothCapacity,
      boothSize: stored.boothSize,
      feeVnd: stored.feeVnd,
      subsidyPercent: stored.subsidyPercent,
      minStars: stored.minStars,
      maxBoothsPerProducer: stored.maxBoothsPerProducer,
    };
    await expect(updateFair(f.officer, f.id, { ...fields, boothCapacity: 1 })).rejects.toMatchObject({ details: { boothCapacity: "belowAllocated" } });
    await updateFair(f.officer, f.id, { ...fields, boothCapacity: 5, venue: "Nhà thi đấu tỉnh" });
    expect(await getFairBoothPlan((await getFairBySlug(f.slug))!)).toHaveLength(5);
    expect(await db.auditLog.count({ where: { entityId: f.id, action: "fair.update" } })).toBe(1);
    await expect(updateFair(p.viewer, f.id, fields)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the booth fee", () => {
  it("is read as officers type đồng (thousands dots), may be zero, and is refused when it could be read two ways", async () => {
    expect((await db.fair.findUniqueOrThrow({ where: { id: (await fair({ feeVnd: "2.500.000" })).id } })).feeVnd).toBe(2_500_000);
    expect((await db.fair.findUniqueOrThrow({ where: { id: (await fair({ feeVnd: "0" })).id } })).feeVnd).toBe(0);
    const issues = await fair({ feeVnd: "2.5" }).catch((error: { issues?: { path: PropertyKey[]; message: string }[] }) => error.issues?.map((i) => `${i.path.join(".")}:${i.message}`));
    expect(issues).toEqual(["feeVnd:moneyAmbiguous"]);
  });
});
