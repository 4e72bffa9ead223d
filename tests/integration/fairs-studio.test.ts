import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { addDays, pinClock, today } from "@/lib/clock";
import { approveBoothRequest, createFair, reassignBooths, requestBooth, withdrawBoothRequest } from "@/server/fairs/mutations";
import { exhibitorListForOfficer, listOwnRequests } from "@/server/fairs/queries";
import { createCertificate, createOfficerViewer, createProduct, createProducerViewer } from "@/tests/factories";

beforeAll(() => {
  process.env.MAIL_DIR = mkdtempSync(path.join(os.tmpdir(), "ocop-fairs-studio-mail-"));
});
afterEach(() => pinClock(null));

async function fairWithExhibitors(counts: number[]) {
  const start = addDays(today(), 30);
  const { viewer: officer } = await createOfficerViewer();
  const fair = await createFair(officer, {
    nameVi: "Hội chợ OCOP thử", startsOn: start, endsOn: addDays(start, 3), venue: "Nhà văn hoá", province: "Tuyên Quang",
    registrationDeadline: addDays(today(), 10), boothCapacity: 10, boothSize: "3 m × 3 m", feeVnd: 3_000_000, subsidyPercent: 50, minStars: 3, maxBoothsPerProducer: 2,
  });
  const producers = [];
  for (const boothCount of counts) {
    const p = await createProducerViewer();
    const product = await createProduct({ producerId: p.producerId });
    await createCertificate(product, { stars: 4 });
    const { id } = await requestBooth(p.viewer, fair.id, { boothCount, productIds: [product.id] });
    producers.push({ ...p, requestId: id });
  }
  return { officer, fair, start, producers };
}

describe("booth numbers chosen by officers", () => {
  it("are allocated as chosen, refused when taken, of the wrong count or outside the plan, and can be changed later", async () => {
    const { officer, producers } = await fairWithExhibitors([2, 1]);
    const [a, b] = producers;
    expect(await approveBoothRequest(officer, { requestId: a.requestId, boothNumbers: "5-6" })).toEqual({ boothNumbers: [5, 6] });
    await expect(approveBoothRequest(officer, { requestId: b.requestId, boothNumbers: "6" })).rejects.toMatchObject({ code: "CONFLICT", details: { boothNumbers: "BOOTHS_TAKEN", numbers: "6", count: 1 } });
    await expect(approveBoothRequest(officer, { requestId: b.requestId, boothNumbers: "7, 8" })).rejects.toMatchObject({ details: { boothNumbers: "BOOTHS_WRONG_COUNT" } });
    await expect(approveBoothRequest(officer, { requestId: b.requestId, boothNumbers: "11" })).rejects.toMatchObject({ details: { boothNumbers: "BOOTHS_OUT_OF_RANGE" } });
    // Nothing chosen: the lowest free booth.
    expect(await approveBoothRequest(officer, { requestId: b.requestId })).toEqual({ boothNumbers: [1] });

    expect(await reassignBooths(officer, { requestId: a.requestId, boothNumbers: "6, 7" })).toEqual({ boothNumbers: [6, 7] });
    await expect(reassignBooths(officer, { requestId: a.requestId, boothNumbers: "1, 2" })).rejects.toMatchObject({ details: { boothNumbers: "BOOTHS_TAKEN", numbers: "1", count: 1 } });
    await expect(reassignBooths(a.viewer, { requestId: a.requestId, boothNumbers: "8, 9" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the exhibitor list", () => {
  it("shows what each exhibitor pays: booths × fee less the subsidy, and the total to collect", async () => {
    const { officer, fair, producers } = await fairWithExhibitors([2, 1]);
    for (const p of producers) await approveBoothRequest(officer, { requestId: p.requestId });
    const { rows, totals } = await exhibitorListForOfficer(officer, fair.id);
    expect(rows.map((r) => [r.booths, r.fee.net])).toEqual([[[1, 2], 3_000_000], [[3], 1_500_000]]);
    expect(totals).toEqual({ gross: 9_000_000, subsidy: 4_500_000, net: 4_500_000 });
  });
});

describe("withdrawal", () => {
  it("is neither offered nor accepted once the fair has begun", async () => {
    const { officer, start, producers } = await fairWithExhibitors([1]);
    const [p] = producers;
    await approveBoothRequest(officer, { requestId: p.requestId });
    expect((await listOwnRequests(p.viewer))[0].canWithdraw).toBe(true);

    pinClock(`${start}T08:00:00+07:00`);
    expect((await listOwnRequests(p.viewer))[0].canWithdraw).toBe(false);
    await expect(withdrawBoothRequest(p.viewer, p.requestId)).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "FAIR_STARTED" } });
    expect((await listOwnRequests(p.viewer))[0]).toMatchObject({ status: "APPROVED", booths: [1] });
  });
});
