import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dayOf, nowMs } from "@/lib/clock";
import { db } from "@/server/infra/db";
import { createFair, decideBoothRequests } from "@/server/fairs/mutations";
import { boothRequestsForConfirmation } from "@/server/fairs/queries";
import { createOfficerViewer, createProducer, createProducerViewer, createProvinceWithCommunes } from "@/tests/factories";

beforeAll(() => {
  process.env.MAIL_DIR = mkdtempSync(path.join(os.tmpdir(), "ocop-fairs-bulk-mail-"));
});

const inDays = (n: number) => dayOf(new Date(nowMs() + n * 86_400_000));

type Status = "PENDING" | "APPROVED" | "WAITLISTED" | "REJECTED" | "WITHDRAWN";

/** A fair organised by commune A's officer with `capacity` booths and requests arriving a minute apart, in the order given. */
async function fairWith(capacity: number, requests: { booths: number; status: Status; taken?: number[] }[]) {
  const { province, communeA, communeB } = await createProvinceWithCommunes();
  const organiser = await createOfficerViewer({ regionId: communeA.id });
  const fair = await createFair(organiser.viewer, {
    nameVi: "Hội chợ OCOP xã",
    startsOn: inDays(30),
    endsOn: inDays(32),
    venue: "Nhà văn hoá xã",
    province: "Tuyên Quang",
    registrationDeadline: inDays(20),
    boothCapacity: capacity,
    boothSize: "3 m × 3 m",
    feeVnd: 0,
    subsidyPercent: 0,
    minStars: 3,
    maxBoothsPerProducer: 3,
  });
  const ids: string[] = [];
  for (const [i, r] of requests.entries()) {
    const producer = await createProducer({ regionId: communeA.id });
    const request = await db.boothRequest.create({
      data: { fairId: fair.id, producerId: producer.id, boothCount: r.booths, status: r.status, createdAt: new Date(Date.UTC(2026, 10, 1, 2, i)) },
    });
    if (r.taken) await db.boothAssignment.createMany({ data: r.taken.map((number) => ({ fairId: fair.id, number, requestId: request.id })) });
    ids.push(request.id);
  }
  return { fair, ids, organiser: organiser.viewer, province, communeA, communeB };
}

const boothsOf = async (requestId: string) => (await db.boothAssignment.findMany({ where: { requestId }, orderBy: { number: "asc" } })).map((a) => a.number);
const statusOf = async (requestId: string) => (await db.boothRequest.findUniqueOrThrow({ where: { id: requestId } })).status;

describe("bulk decisions on a fair's booth requests", () => {
  it("approves ticked requests in order of arrival with distinct lowest free booths, skipping whole what no longer fits or is decided", async () => {
    // Five booths, booth 1 already someone's. r1 takes 2–3, r2 (waitlisted) 4, r3 (two booths) finds one
    // left and is skipped whole, r4 (one) still gets 5; r0 is decided and r5 withdrawn.
    const { fair, ids, organiser } = await fairWith(5, [
      { booths: 1, status: "APPROVED", taken: [1] },
      { booths: 2, status: "PENDING" },
      { booths: 1, status: "WAITLISTED" },
      { booths: 2, status: "PENDING" },
      { booths: 1, status: "PENDING" },
      { booths: 1, status: "WITHDRAWN" },
    ]);
    const [r0, r1, r2, r3, r4, r5] = ids;

    // The confirmation page shows exactly this before anything changes, whatever order the ids were ticked in.
    const preview = await boothRequestsForConfirmation(organiser, fair.id, [...ids].reverse(), "approve");
    expect(preview.free).toBe(4);
    expect(preview.items.map((i) => [i.id, i.booths, i.skipped])).toEqual([
      [r0, [], "ALREADY_DECIDED"],
      [r1, [2, 3], null],
      [r2, [4], null],
      [r3, [], "NO_BOOTHS"],
      [r4, [5], null],
      [r5, [], "WITHDRAWN"],
    ]);
    expect(await statusOf(r1)).toBe("PENDING");

    expect(await decideBoothRequests(organiser, fair.id, ids, "approve")).toEqual({ changed: 3, skipped: 3 });
    expect(await Promise.all(ids.map(statusOf))).toEqual(["APPROVED", "APPROVED", "APPROVED", "PENDING", "APPROVED", "WITHDRAWN"]);
    expect(await Promise.all(ids.map(boothsOf))).toEqual([[1], [2, 3], [4], [], [5], []]);
    // Audited as a single approval is: one entry per request approved, with its booths.
    const audit = await db.auditLog.findMany({ where: { entityId: { in: ids }, action: "booth.approve" } });
    expect(Object.fromEntries(audit.map((a) => [a.entityId, [a.actorId, (a.after as { booths: number[] }).booths]]))).toEqual({
      [r1]: [organiser.userId, [2, 3]],
      [r2]: [organiser.userId, [4]],
      [r4]: [organiser.userId, [5]],
    });
  });

  it("never gives one booth to two requests when two officers confirm bulk approvals of one fair at once", async () => {
    const { fair, ids, organiser, province } = await fairWith(3, [1, 1, 1, 1, 1].map(() => ({ booths: 1, status: "PENDING" as const })));
    const provinceOfficer = (await createOfficerViewer({ regionId: province.id })).viewer;
    const [a, b] = await Promise.all([
      decideBoothRequests(organiser, fair.id, ids.slice(0, 3), "approve"),
      decideBoothRequests(provinceOfficer, fair.id, ids.slice(2), "approve"),
    ]);
    // Three booths for five requests (one ticked by both officers): three approved, never more.
    expect(a.changed + b.changed).toBe(3);
    const numbers = (await db.boothAssignment.findMany({ where: { fairId: fair.id } })).map((x) => x.number).sort();
    expect(numbers).toEqual([1, 2, 3]);
    expect(await db.boothRequest.count({ where: { fairId: fair.id, status: "APPROVED" } })).toBe(3);
  });

  it("rejects ticked requests with the one reason required, leaving decided ones and their booths alone", async () => {
    const { fair, ids, organiser } = await fairWith(5, [
      { booths: 1, status: "PENDING" },
      { booths: 1, status: "WAITLISTED" },
      { booths: 2, status: "APPROVED", taken: [1, 2] },
    ]);
    const [pending, waitlisted, approved] = ids;
    const preview = await boothRequestsForConfirmation(organiser, fair.id, ids, "reject");
    expect(preview.items.map((i) => i.skipped)).toEqual([null, null, "ALREADY_DECIDED"]);

    await expect(decideBoothRequests(organiser, fair.id, ids, "reject", { reason: "  " })).rejects.toThrow();
    expect(await statusOf(pending)).toBe("PENDING");

    expect(await decideBoothRequests(organiser, fair.id, ids, "reject", { reason: "Sản phẩm chưa đạt 3 sao" })).toEqual({ changed: 2, skipped: 1 });
    const rows = await db.boothRequest.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.status, r.decisionReason])).toEqual([
      ["REJECTED", "Sản phẩm chưa đạt 3 sao"],
      ["REJECTED", "Sản phẩm chưa đạt 3 sao"],
      ["APPROVED", null],
    ]);
    expect(await boothsOf(approved)).toEqual([1, 2]);
    const audit = await db.auditLog.findMany({ where: { entityId: { in: [pending, waitlisted] }, action: "booth.reject" } });
    expect(audit.map((a) => (a.after as { reason: string }).reason)).toEqual(["Sản phẩm chưa đạt 3 sao", "Sản phẩm chưa đạt 3 sao"]);
  });

  it("is the organising region's: another region's fair is not found and nothing changes; another fair's request in the ids is ignored; a producer is refused", async () => {
    const mine = await fairWith(5, [{ booths: 1, status: "PENDING" }]);
    const theirs = await fairWith(5, [{ booths: 1, status: "PENDING" }]);
    const neighbour = (await createOfficerViewer({ regionId: mine.communeB.id })).viewer;

    await expect(boothRequestsForConfirmation(neighbour, mine.fair.id, mine.ids, "approve")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideBoothRequests(neighbour, mine.fair.id, mine.ids, "approve")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideBoothRequests(neighbour, mine.fair.id, mine.ids, "reject", { reason: "Không" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await statusOf(mine.ids[0])).toBe("PENDING");
    expect(await db.auditLog.count({ where: { entityId: mine.ids[0] } })).toBe(0);

    // The organiser's own fair with another region's request slipped into the ids: that one is not found.
    const preview = await boothRequestsForConfirmation(mine.organiser, mine.fair.id, [...mine.ids, ...theirs.ids], "approve");
    expect(preview.items.map((i) => i.id)).toEqual(mine.ids);
    expect(await decideBoothRequests(mine.organiser, mine.fair.id, [...mine.ids, ...theirs.ids], "approve")).toEqual({ changed: 1, skipped: 1 });
    expect(await statusOf(theirs.ids[0])).toBe("PENDING");
    expect(await boothsOf(theirs.ids[0])).toEqual([]);

    const producer = await createProducerViewer();
    await expect(decideBoothRequests(producer.viewer, theirs.fair.id, theirs.ids, "approve")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideBoothRequests(null, theirs.fair.id, theirs.ids, "approve")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await statusOf(theirs.ids[0])).toBe("PENDING");
  });
});
