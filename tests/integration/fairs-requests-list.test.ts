import { describe, expect, it } from "vitest";
import { dayOf, nowMs } from "@/lib/clock";
import { parseListQuery } from "@/lib/list-query";
import { buildProducerSearchText } from "@/lib/search-text";
import { db } from "@/server/infra/db";
import { createFair } from "@/server/fairs/mutations";
import { BOOTH_REQUEST_LIST, listRequestsForOfficer, requestRowsForExport } from "@/server/fairs/queries";
import { createOfficerViewer, createProducer, createProvinceWithCommunes } from "@/tests/factories";

const inDays = (n: number) => dayOf(new Date(nowMs() + n * 86_400_000));
const list = (params: Record<string, string> = {}) => parseListQuery(BOOTH_REQUEST_LIST, params);

type Status = "PENDING" | "APPROVED" | "WAITLISTED" | "REJECTED" | "WITHDRAWN";

/** A commune's fair with `names.length` requests, arriving a minute apart in the order given. */
async function fairWithRequests(names: string[], statusOf: (i: number) => Status) {
  const { province, communeA, communeB } = await createProvinceWithCommunes();
  const organiser = await createOfficerViewer({ regionId: communeA.id });
  const fair = await createFair(organiser.viewer, {
    nameVi: "Hội chợ OCOP toàn tỉnh",
    startsOn: inDays(30),
    endsOn: inDays(32),
    venue: "Quảng trường tỉnh",
    province: "Tuyên Quang",
    registrationDeadline: inDays(20),
    boothCapacity: 500,
    boothSize: "3 m × 3 m",
    feeVnd: 0,
    subsidyPercent: 0,
    minStars: 3,
    maxBoothsPerProducer: 2,
  });
  const ids: string[] = [];
  for (const [i, name] of names.entries()) {
    const producer = await createProducer({ name, regionId: communeA.id, searchText: buildProducerSearchText({ name }) });
    const request = await db.boothRequest.create({
      data: { fairId: fair.id, producerId: producer.id, boothCount: 1, status: statusOf(i), createdAt: new Date(Date.UTC(2026, 10, 1, 2, i)) },
    });
    ids.push(request.id);
  }
  return { fair, ids, organiser, province, communeB };
}

describe("a fair's booth requests, as officers work through them", () => {
  it("pages in order of arrival, finds a producer without diacritics, filters by status and sorts by name", async () => {
    const names = Array.from({ length: 45 }, (_, i) => `Hợp tác xã Số ${String(i + 1).padStart(2, "0")}`);
    names[30] = "Hợp tác xã Chè Ánh Dương";
    const { fair, ids, organiser } = await fairWithRequests(names, (i) => (i % 3 === 2 ? "REJECTED" : i === 39 ? "WAITLISTED" : "PENDING"));
    const viewer = organiser.viewer;

    const first = await listRequestsForOfficer(viewer, fair.id, list({ pageSize: "20" }));
    expect(first.total).toBe(45);
    expect(first.requests.map((r) => r.id)).toEqual(ids.slice(0, 20));
    // Each request carries its decision form: 20 a page, whatever page size is asked for or left out.
    for (const asked of [{}, { pageSize: "50" }] as Record<string, string>[]) expect((await listRequestsForOfficer(viewer, fair.id, list(asked))).requests.map((r) => r.id)).toEqual(ids.slice(0, 20));
    expect((await listRequestsForOfficer(viewer, fair.id, list({ pageSize: "20", page: "3" }))).requests.map((r) => r.id)).toEqual(ids.slice(40));
    // The first waitlisted request (the 40th) is marked for promotion on its own page, booths being free.
    const second = await listRequestsForOfficer(viewer, fair.id, list({ pageSize: "20", page: "2" }));
    expect(second.requests.filter((r) => r.suggestPromotion).map((r) => r.id)).toEqual([ids[39]]);
    expect(first.requests.some((r) => r.suggestPromotion)).toBe(false);

    expect((await listRequestsForOfficer(viewer, fair.id, list({ q: "che anh duong" }))).requests.map((r) => r.producer.name)).toEqual(["Hợp tác xã Chè Ánh Dương"]);
    expect((await listRequestsForOfficer(viewer, fair.id, list({ q: "CHÈ ÁNH" }))).total).toBe(1);

    const rejected = await listRequestsForOfficer(viewer, fair.id, list({ status: "REJECTED" }));
    expect(rejected.total).toBe(15);
    expect(rejected.requests.every((r) => r.status === "REJECTED")).toBe(true);
    expect(rejected.counts).toEqual({ PENDING: 29, REJECTED: 15, WAITLISTED: 1 });

    const byName = await listRequestsForOfficer(viewer, fair.id, list({ sort: "producer", dir: "desc", pageSize: "20" }));
    expect(byName.requests[0].producer.name).toBe("Hợp tác xã Số 45");
    expect(byName.requests.at(-1)!.producer.name).toBe("Hợp tác xã Số 25");
  });

  it("exports every filtered request, not just the page, in the list's order", async () => {
    const names = Array.from({ length: 30 }, (_, i) => `Tổ hợp tác Mật ong ${String(i + 1).padStart(2, "0")}`);
    const { fair, ids, organiser } = await fairWithRequests(names, (i) => (i < 25 ? "PENDING" : "APPROVED"));
    const { read } = await requestRowsForExport(organiser.viewer, fair.id, list({ status: "PENDING", pageSize: "20" }));
    expect((await read(0, 1000)).map((r) => r.id)).toEqual(ids.slice(0, 25));
    const all = await requestRowsForExport(organiser.viewer, fair.id, list({ sort: "arrived", dir: "desc" }));
    expect((await all.read(0, 1000)).map((r) => r.id)).toEqual([...ids].reverse());
  });

  it("is the organising region's: the province above sees it, a neighbouring commune's officer is refused list and CSV", async () => {
    const { fair, ids, province, communeB } = await fairWithRequests(["HTX Một", "HTX Hai"], () => "PENDING");
    const provinceOfficer = await createOfficerViewer({ regionId: province.id });
    const neighbour = await createOfficerViewer({ regionId: communeB.id });
    expect((await listRequestsForOfficer(provinceOfficer.viewer, fair.id, list())).requests.map((r) => r.id)).toEqual(ids);
    await expect(listRequestsForOfficer(neighbour.viewer, fair.id, list())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requestRowsForExport(neighbour.viewer, fair.id, list())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listRequestsForOfficer(null, fair.id, list())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
