import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pinClock } from "@/lib/clock";
import { db } from "@/server/infra/db";
import { getOfficerOverview } from "@/server/overview/queries";
import { createCertificate, createOfficerViewer, createProduct, createProvinceWithCommunes, unique } from "../factories";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the officer's overview", () => {
  beforeAll(() => pinClock("2026-12-01T09:00:00+07:00"));
  afterAll(() => pinClock(null));

  it("counts the work waiting in the officer's region only: reviews, certificates expiring within 90 days, booth requests, new ideas", async () => {
    const { province, communeA, communeB, producerA, producerB } = await createProvinceWithCommunes();
    const communeOfficer = await createOfficerViewer({ regionId: communeA.id });
    const provinceOfficer = await createOfficerViewer({ regionId: province.id });

    // Reviews: a new listing and a change to a published one in A; one in B.
    await createProduct({ producerId: producerA.id, status: "PENDING_REVIEW" });
    await createProduct({ producerId: producerA.id, pendingRevision: { priceVnd: 99000 } });
    await createProduct({ producerId: producerA.id, status: "DRAFT" });
    await createProduct({ producerId: producerB.id, status: "PENDING_REVIEW" });

    // Certificates: only the still-valid one ending within 90 days of 1 Dec 2026 counts.
    const product = await createProduct({ producerId: producerA.id });
    await createCertificate(product, { decisionDate: day("2024-01-15"), validUntil: day("2027-01-15") }); // counts
    await createCertificate(product, { decisionDate: day("2024-03-01"), validUntil: day("2027-03-01") }); // day 90: counts
    await createCertificate(product, { decisionDate: day("2024-03-02"), validUntil: day("2027-03-02") }); // day 91
    await createCertificate(product, { decisionDate: day("2019-06-01"), validUntil: day("2022-06-01") }); // expired in 2022
    await createCertificate(product, { decisionDate: day("2024-02-01"), validUntil: day("2027-02-01"), status: "SUPERSEDED" });
    await createCertificate(product, { decisionDate: day("2024-02-01"), validUntil: day("2027-02-01"), status: "REVOKED" });
    const productB = await createProduct({ producerId: producerB.id });
    await createCertificate(productB, { decisionDate: day("2024-01-15"), validUntil: day("2027-01-15") });

    // Booth requests: pending ones of fairs the officer's region organises, fairs not over yet.
    const fair = (regionId: string, endsOn: string) =>
      db.fair.create({
        data: { slug: unique("fair"), nameVi: `Hội chợ ${unique("f")}`, startsOn: day(endsOn), endsOn: day(endsOn), venue: "Nhà văn hóa", province: "Tuyên Quang", registrationDeadline: day(endsOn), boothCapacity: 10, regionId },
      });
    const fairA = await fair(communeA.id, "2026-12-20");
    const pastFairA = await fair(communeA.id, "2026-11-20");
    const fairB = await fair(communeB.id, "2026-12-20");
    for (const [fairId, status] of [[fairA.id, "PENDING"], [fairA.id, "PENDING"], [fairA.id, "APPROVED"], [pastFairA.id, "PENDING"], [fairB.id, "PENDING"]] as const) {
      await db.boothRequest.create({ data: { fairId, producerId: producerA.id, boothCount: 1, status } });
    }

    // Ideas: new ones of the officer's communes; one without a commune is for national officers.
    for (const [regionId, status] of [[communeA.id, "NEW"], [communeA.id, "UNDER_REVIEW"], [communeB.id, "NEW"], [null, "NEW"]] as const) {
      await db.productIdea.create({ data: { proposerName: "Người đề xuất", proposerContact: "0912000000", regionId, title: "Ý tưởng", description: "Mô tả ý tưởng sản phẩm", status } });
    }

    const commune = await getOfficerOverview(communeOfficer.viewer);
    expect(commune).toMatchObject({ regionName: communeA.name, reviews: 2, expiringCertificates: 2, newIdeas: 1, ideasUnderReview: 1 });
    expect(commune.boothRequests).toEqual([{ fairId: fairA.id, fairName: fairA.nameVi, fairNameEn: null, pending: 2 }]);

    const wider = await getOfficerOverview(provinceOfficer.viewer);
    expect(wider).toMatchObject({ reviews: 3, expiringCertificates: 3, newIdeas: 2 });
    expect(wider.boothRequests.map((b) => b.pending).sort()).toEqual([1, 2]);
  });
});
