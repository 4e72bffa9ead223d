import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { addDays, dayToDate, today } from "@/lib/clock";
import { fairDetailForApi } from "@/server/fairs/api";
import { approveBoothRequest, createFair, requestBooth, updateFair } from "@/server/fairs/mutations";
import { getFairBySlug, listFairExhibitors } from "@/server/fairs/queries";
import { db } from "@/server/infra/db";
import { createCertificate, createOfficerViewer, createProduct, createProducerViewer } from "@/tests/factories";

/** The officer's form as posted: every field a string, the visitor facts included. */
function fairForm(overrides: Record<string, string> = {}) {
  return {
    nameVi: "Hội chợ OCOP khách tham quan",
    nameEn: "",
    descriptionVi: "",
    descriptionEn: "",
    startsOn: addDays(today(), 30),
    endsOn: addDays(today(), 33),
    venue: "Nhà thi đấu tỉnh",
    province: "Tuyên Quang",
    registrationDeadline: `${addDays(today(), 20)}T23:59:59+07:00`,
    boothCapacity: "10",
    boothSize: "3 m × 3 m",
    feeVnd: "2.000.000",
    subsidyPercent: "50",
    minStars: "3",
    maxBoothsPerProducer: "2",
    opensAt: "08:00",
    closesAt: "21:30",
    hoursNoteVi: "Ngày cuối đóng cửa lúc 17:00.",
    hoursNoteEn: "",
    address: "Số 1 đường Tân Trào, phường Minh Xuân",
    directionsVi: "Gửi xe ở cổng phía đông.",
    directionsEn: "Park at the east gate.",
    ...overrides,
  };
}

/** The zod issues of a refused form, as "field:message" (what the form kit shows next to each field). */
async function refusal(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ZodError);
  return (error as ZodError).issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
}

describe("a fair's visitor facts in the officer's form", () => {
  it("stores daily hours, address and directions in both languages, and reads hours typed the Vietnamese way", async () => {
    const { viewer } = await createOfficerViewer();
    const { slug } = await createFair(viewer, fairForm({ opensAt: "7h30", closesAt: "21h" }));
    const fair = (await getFairBySlug(slug))!;
    expect(fair).toMatchObject({
      opensAt: "07:30",
      closesAt: "21:00",
      hoursNoteVi: "Ngày cuối đóng cửa lúc 17:00.",
      hoursNoteEn: null,
      address: "Số 1 đường Tân Trào, phường Minh Xuân",
      directionsVi: "Gửi xe ở cổng phía đông.",
      directionsEn: "Park at the east gate.",
    });
  });

  it("refuses a closing time before the opening time, one time without the other, and times that are not times", async () => {
    const { viewer } = await createOfficerViewer();
    const form = (overrides: Record<string, string>) => fairForm({ nameVi: "Hội chợ bị từ chối", ...overrides });
    expect(await refusal(createFair(viewer, form({ opensAt: "18:00", closesAt: "09:00" })))).toEqual(["closesAt:closesBeforeOpens"]);
    expect(await refusal(createFair(viewer, form({ opensAt: "08:00", closesAt: "08:00" })))).toEqual(["closesAt:closesBeforeOpens"]);
    expect(await refusal(createFair(viewer, form({ opensAt: "08:00", closesAt: "" })))).toEqual(["closesAt:hoursBoth"]);
    expect(await refusal(createFair(viewer, form({ opensAt: "", closesAt: "21:00" })))).toEqual(["opensAt:hoursBoth"]);
    expect(await refusal(createFair(viewer, form({ opensAt: "25:00", closesAt: "tối" })))).toEqual(["opensAt:time", "closesAt:time"]);
    expect(await refusal(createFair(viewer, form({ directionsVi: "x".repeat(2001) })))).toEqual([expect.stringMatching(/^directionsVi:/)]);
    expect(await db.fair.count({ where: { nameVi: "Hội chợ bị từ chối" } })).toBe(0);
  });

  it("lets an officer clear the hours until they are announced, and the database refuses half a pair", async () => {
    const { viewer } = await createOfficerViewer();
    const { id, slug } = await createFair(viewer, fairForm());
    await updateFair(viewer, id, fairForm({ opensAt: "", closesAt: "", address: "" }));
    expect(await getFairBySlug(slug)).toMatchObject({ opensAt: null, closesAt: null, address: "" });
    await expect(db.fair.update({ where: { id }, data: { opensAt: "08:00" } })).rejects.toThrow(/x_fairs_hours_ordered/);
    await expect(db.fair.update({ where: { id }, data: { opensAt: "21:00", closesAt: "08:00" } })).rejects.toThrow(/x_fairs_hours_ordered/);
  });
});

describe("the exhibitors visitors see", () => {
  /** A producer with one published product certified at `stars` from `decisionDate`. */
  async function exhibitor(decisionDate = dayToDate(addDays(today(), -10))) {
    const producer = await createProducerViewer();
    const product = await createProduct({ producerId: producer.producerId });
    await createCertificate(product, { stars: 4, decisionDate });
    const { slug: producerSlug } = await db.producer.findUniqueOrThrow({ where: { id: producer.producerId }, select: { slug: true } });
    return { ...producer, producerSlug, product };
  }

  it("come in booth order, a page at a time, only active producers, with each product's badge or what became of it", async () => {
    const { viewer: officer } = await createOfficerViewer();
    const { id: fairId, slug } = await createFair(officer, fairForm({ boothCapacity: "10" }));
    const [first, second, third, suspended] = [await exhibitor(), await exhibitor(), await exhibitor(), await exhibitor()];
    const requests = [];
    for (const p of [first, second, third, suspended]) requests.push(await requestBooth(p.viewer, fairId, { boothCount: 1, productIds: [p.product.id] }));
    // Approved out of arrival order with chosen booths: visitors walk the booths, not the officers' queue.
    await approveBoothRequest(officer, { requestId: requests[2].id, boothNumbers: "2" });
    await approveBoothRequest(officer, { requestId: requests[0].id, boothNumbers: "7" });
    await approveBoothRequest(officer, { requestId: requests[1].id, boothNumbers: "4" });
    await approveBoothRequest(officer, { requestId: requests[3].id, boothNumbers: "1" });
    await db.producer.update({ where: { id: suspended.producerId }, data: { status: "SUSPENDED" } });
    // Since the approval: the third's certificate was revoked, the first's product went back to draft.
    await db.ocopCertificate.updateMany({ where: { productId: third.product.id }, data: { status: "REVOKED", revokedAt: dayToDate(today()) } });
    await db.product.update({ where: { id: first.product.id }, data: { status: "DRAFT" } });

    expect((await getFairBySlug(slug))!.exhibitorCount).toBe(3);
    const all = await listFairExhibitors(fairId);
    expect(all.map((e) => e.booths)).toEqual([[2], [4], [7]]);
    expect(all.map((e) => e.producerSlug)).toEqual([third.producerSlug, second.producerSlug, first.producerSlug]);
    expect(all[0].products).toEqual([expect.objectContaining({ slug: third.product.slug, stars: null, certification: "REVOKED" })]);
    expect(all[1].products).toEqual([expect.objectContaining({ slug: second.product.slug, stars: 4, certification: "CERTIFIED" })]);
    expect(all[2].products).toEqual([]);

    expect((await listFairExhibitors(fairId, { page: 2, pageSize: 2 })).map((e) => e.booths)).toEqual([[7]]);
    expect(await listFairExhibitors(fairId, { page: 3, pageSize: 2 })).toEqual([]);
  });

  it("are paged in the open-data API too, never more than 100 at once", async () => {
    const { viewer: officer } = await createOfficerViewer();
    const { id: fairId, slug } = await createFair(officer, fairForm());
    const [a, b] = [await exhibitor(), await exhibitor()];
    for (const p of [a, b]) await approveBoothRequest(officer, { requestId: (await requestBooth(p.viewer, fairId, { boothCount: 1, productIds: [p.product.id] })).id });
    const detail = await fairDetailForApi(slug, { page: "2", pageSize: "1" });
    expect(detail).toMatchObject({ opensAt: "08:00", closesAt: "21:30", address: "Số 1 đường Tân Trào, phường Minh Xuân", page: 2, pageSize: 1, exhibitorsTotal: 2 });
    expect(detail!.exhibitors).toEqual([expect.objectContaining({ producerSlug: b.producerSlug, booths: [2], products: [{ slug: b.product.slug, nameVi: b.product.nameVi, nameEn: b.product.nameEn, stars: 4 }] })]);
    await expect(fairDetailForApi(slug, { pageSize: "101" })).rejects.toBeInstanceOf(ZodError);
  });
});
