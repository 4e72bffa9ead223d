import { describe, expect, it } from "vitest";
import { boothFee, canApprove, chosenBoothNumbers, fairPhase, freeBoothNumbers, isEligibleForFair, planBulkApproval, registrationProblem } from "./booth-plan";

describe("booth numbers", () => {
  it("lists the free numbers in order", () => {
    expect(freeBoothNumbers(6, [2, 5])).toEqual([1, 3, 4, 6]);
    expect(freeBoothNumbers(2, [1, 2])).toEqual([]);
    expect(freeBoothNumbers(3, [7])).toEqual([1, 2, 3]);
    expect(freeBoothNumbers(0, [])).toEqual([]);
  });
  it("approves only what fits", () => {
    expect(canApprove({ capacity: 5, taken: [1, 2, 3], requested: 2 })).toBe(true);
    expect(canApprove({ capacity: 5, taken: [1, 2, 3], requested: 3 })).toBe(false);
    expect(canApprove({ capacity: 5, taken: [], requested: 0 })).toBe(false);
  });
});

describe("eligibility", () => {
  const base = {
    productStars: [3, 4],
    minStars: 3,
    boothCount: 1,
    maxBooths: 2,
    deadline: new Date("2026-12-20T17:00:00Z"),
    now: new Date("2026-11-28T00:00:00Z"),
    registrationOpen: true,
  };
  it("accepts certified products within the booth limit before the deadline", () => {
    expect(isEligibleForFair(base)).toEqual({ ok: true });
    expect(isEligibleForFair({ ...base, now: base.deadline, boothCount: 2 })).toEqual({ ok: true });
  });
  it("names the rule that fails", () => {
    expect(isEligibleForFair({ ...base, registrationOpen: false })).toEqual({ ok: false, reason: "REGISTRATION_CLOSED" });
    expect(isEligibleForFair({ ...base, now: new Date("2026-12-21T00:00:00Z") })).toEqual({ ok: false, reason: "DEADLINE_PASSED" });
    expect(isEligibleForFair({ ...base, boothCount: 3 })).toEqual({ ok: false, reason: "TOO_MANY_BOOTHS" });
    expect(isEligibleForFair({ ...base, now: new Date(base.deadline.getTime() + 1) })).toEqual({ ok: false, reason: "DEADLINE_PASSED" });
    expect(isEligibleForFair({ ...base, productStars: [] })).toEqual({ ok: false, reason: "NO_PRODUCTS" });
    expect(isEligibleForFair({ ...base, productStars: [4, null] })).toEqual({ ok: false, reason: "STARS_TOO_LOW" });
    expect(isEligibleForFair({ ...base, minStars: 4 })).toEqual({ ok: false, reason: "STARS_TOO_LOW" });
  });
});

describe("boothFee", () => {
  it("takes the subsidy off the fee for the booths requested, in whole đồng", () => {
    expect(boothFee({ feeVnd: 3_000_000, subsidyPercent: 50, boothCount: 2 })).toEqual({ gross: 6_000_000, subsidy: 3_000_000, net: 3_000_000 });
    expect(boothFee({ feeVnd: 1_000_001, subsidyPercent: 33, boothCount: 1 })).toEqual({ gross: 1_000_001, subsidy: 330_000, net: 670_001 });
    expect(boothFee({ feeVnd: 0, subsidyPercent: 100, boothCount: 2 }).net).toBe(0);
  });
});

describe("chosenBoothNumbers", () => {
  const fair = { count: 2, capacity: 20, taken: [1, 2, 7] };
  it("reads lists and ranges, and leaves the choice to the plan when empty", () => {
    expect(chosenBoothNumbers("5, 6", fair)).toEqual({ ok: true, numbers: [5, 6] });
    expect(chosenBoothNumbers("9-10", fair)).toEqual({ ok: true, numbers: [9, 10] });
    expect(chosenBoothNumbers("  ", fair)).toEqual({ ok: true, numbers: null });
  });
  it("refuses the wrong count, numbers outside the plan, taken booths and words", () => {
    expect(chosenBoothNumbers("5", fair)).toEqual({ ok: false, problem: "WRONG_COUNT" });
    expect(chosenBoothNumbers("5, 5", fair)).toEqual({ ok: false, problem: "WRONG_COUNT" });
    expect(chosenBoothNumbers("20, 21", fair)).toEqual({ ok: false, problem: "OUT_OF_RANGE" });
    expect(chosenBoothNumbers("6, 7", fair)).toEqual({ ok: false, problem: "TAKEN", taken: [7] });
    expect(chosenBoothNumbers("2, 1", fair)).toEqual({ ok: false, problem: "TAKEN", taken: [1, 2] });
    expect(chosenBoothNumbers("gian 5", fair)).toEqual({ ok: false, problem: "FORMAT" });
  });
});

describe("registrationProblem", () => {
  const deadline = new Date("2026-12-20T23:59:59+07:00");
  it("takes requests while open and until the last second of the deadline", () => {
    expect(registrationProblem({ registrationOpen: true, deadline }, new Date("2026-12-20T23:59:59+07:00"))).toBeNull();
    expect(registrationProblem({ registrationOpen: true, deadline }, new Date("2026-12-21T00:00:00+07:00"))).toBe("DEADLINE_PASSED");
    expect(registrationProblem({ registrationOpen: false, deadline }, new Date("2026-12-01T00:00:00+07:00"))).toBe("REGISTRATION_CLOSED");
  });
});

describe("fairPhase", () => {
  const fair = { startsOn: "2027-01-15", endsOn: "2027-01-19" };
  it("is upcoming before the first day, ongoing through the last and ended after it", () => {
    expect(fairPhase(fair, "2027-01-14")).toBe("upcoming");
    expect(fairPhase(fair, "2027-01-15")).toBe("ongoing");
    expect(fairPhase(fair, "2027-01-19")).toBe("ongoing");
    expect(fairPhase(fair, "2027-01-20")).toBe("ended");
  });
});

describe("a bulk approval", () => {
  const req = (id: string, boothCount: number, status = "PENDING") => ({ id, boothCount, status });
  it("gives each request in order of arrival the lowest free booths, none twice", () => {
    const plan = planBulkApproval([req("a", 2), req("b", 1, "WAITLISTED"), req("c", 1)], [2, 4, 5, 9]);
    expect(plan.map((p) => [p.request.id, p.booths])).toEqual([
      ["a", [2, 4]],
      ["b", [5]],
      ["c", [9]],
    ]);
  });
  it("skips a request whole when too few booths are left, and one already decided or withdrawn", () => {
    const plan = planBulkApproval([req("a", 2), req("b", 2), req("c", 1), req("d", 1, "APPROVED"), req("e", 1, "WITHDRAWN"), req("f", 1, "REJECTED")], [1, 2, 3]);
    expect(plan.map((p) => [p.request.id, p.booths ?? p.skipped])).toEqual([
      ["a", [1, 2]],
      // One booth left: b (two) is not approved with one, but c (one) still fits.
      ["b", "NO_BOOTHS"],
      ["c", [3]],
      ["d", "ALREADY_DECIDED"],
      ["e", "WITHDRAWN"],
      ["f", "ALREADY_DECIDED"],
    ]);
  });
});
