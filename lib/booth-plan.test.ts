import { describe, expect, it } from "vitest";
import { canApprove, freeBoothNumbers, isEligibleForFair } from "./booth-plan";

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
