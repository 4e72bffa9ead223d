import { describe, expect, it } from "vitest";
import { dayOf, nowMs } from "@/lib/clock";
import { db } from "@/server/infra/db";
import { addFairPhoto } from "@/server/fairs/photos";
import { approveBoothRequest, createFair, rejectBoothRequest, requestBooth, setRegistrationOpen, updateFair } from "@/server/fairs/mutations";
import { exhibitorListForOfficer, listFairsForOfficer, listRequestsForOfficer } from "@/server/fairs/queries";
import { createCertificate, createOfficerViewer, createProduct, createProducerViewer, createProvinceWithCommunes } from "@/tests/factories";
import { jpeg } from "../support/images";

const inDays = (n: number) => dayOf(new Date(nowMs() + n * 86_400_000));
const fairInput = (name: string) => ({
  nameVi: name,
  startsOn: inDays(30),
  endsOn: inDays(32),
  venue: "Nhà văn hóa xã",
  province: "Tuyên Quang",
  registrationDeadline: inDays(20),
  boothCapacity: 10,
  boothSize: "3 m × 3 m",
  feeVnd: 0,
  subsidyPercent: 0,
  minStars: 3,
  maxBoothsPerProducer: 2,
});

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  return promise.then(
    () => null,
    (error: { code?: string }) => error.code ?? String(error),
  );
}

describe("fairs are run by the officers of the organising region and those above it", () => {
  it("a commune's fair: its officer and the province's manage it; another commune's officer, another province's and nobody else see it", async () => {
    const { province, communeA, communeB } = await createProvinceWithCommunes();
    const elsewhere = await createProvinceWithCommunes();
    const organiser = await createOfficerViewer({ regionId: communeA.id });
    const provinceOfficer = await createOfficerViewer({ regionId: province.id });
    const neighbour = await createOfficerViewer({ regionId: communeB.id });
    const otherProvince = await createOfficerViewer({ regionId: elsewhere.province.id });
    const national = await createOfficerViewer();

    const fair = await createFair(organiser.viewer, fairInput("Phiên chợ OCOP xã"));
    expect((await db.fair.findUniqueOrThrow({ where: { id: fair.id } })).regionId).toBe(communeA.id);

    const producer = await createProducerViewer();
    const product = await createProduct({ producerId: producer.producerId });
    await createCertificate(product, { stars: 4 });
    const { id: requestId } = await requestBooth(producer.viewer, fair.id, { boothCount: 1, productIds: [product.id] });

    const listed = async (viewer: typeof organiser.viewer) => (await listFairsForOfficer(viewer)).some((f) => f.id === fair.id);
    for (const officer of [organiser, provinceOfficer, national]) {
      expect(await listed(officer.viewer)).toBe(true);
      expect((await listRequestsForOfficer(officer.viewer, fair.id)).requests.map((r) => r.id)).toEqual([requestId]);
    }

    for (const outsider of [neighbour, otherProvince]) {
      expect(await listed(outsider.viewer)).toBe(false);
      expect(await codeOf(listRequestsForOfficer(outsider.viewer, fair.id))).toBe("NOT_FOUND");
      expect(await codeOf(exhibitorListForOfficer(outsider.viewer, fair.id))).toBe("NOT_FOUND");
      expect(await codeOf(updateFair(outsider.viewer, fair.id, { ...fairInput("Đổi tên"), boothCapacity: 1 }))).toBe("NOT_FOUND");
      expect(await codeOf(setRegistrationOpen(outsider.viewer, fair.id, false))).toBe("NOT_FOUND");
      expect(await codeOf(approveBoothRequest(outsider.viewer, { requestId }))).toBe("NOT_FOUND");
      expect(await codeOf(rejectBoothRequest(outsider.viewer, { requestId, reason: "Không phù hợp với hội chợ" }))).toBe("NOT_FOUND");
      expect(await codeOf(addFairPhoto(outsider.viewer, fair.id, await jpeg(1200, 900)))).toBe("NOT_FOUND");
    }
    // Nothing the outsiders tried changed anything.
    expect(await db.fair.findUniqueOrThrow({ where: { id: fair.id } })).toMatchObject({ nameVi: "Phiên chợ OCOP xã", boothCapacity: 10, registrationOpen: true });
    expect(await db.boothRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: "PENDING" });
    expect(await db.boothAssignment.count({ where: { fairId: fair.id } })).toBe(0);
    expect(await db.fairImage.count({ where: { fairId: fair.id } })).toBe(0);

    // The province's officer decides it.
    expect(await approveBoothRequest(provinceOfficer.viewer, { requestId })).toEqual({ boothNumbers: [1] });
  });

  it("a national officer's fair is national: officers of a province do not run it", async () => {
    const { province } = await createProvinceWithCommunes();
    const national = await createOfficerViewer();
    const provinceOfficer = await createOfficerViewer({ regionId: province.id });
    const fair = await createFair(national.viewer, fairInput("Hội chợ OCOP toàn quốc"));
    expect((await db.fair.findUniqueOrThrow({ where: { id: fair.id } })).regionId).toBeNull();
    expect((await listFairsForOfficer(provinceOfficer.viewer)).some((f) => f.id === fair.id)).toBe(false);
    expect(await codeOf(setRegistrationOpen(provinceOfficer.viewer, fair.id, false))).toBe("NOT_FOUND");
    await setRegistrationOpen(national.viewer, fair.id, false);
    expect((await db.fair.findUniqueOrThrow({ where: { id: fair.id } })).registrationOpen).toBe(false);
  });
});
