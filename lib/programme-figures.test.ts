import { describe, expect, it } from "vitest";
import { programmePeriod, targetProgress, wholePercent } from "./programme-figures";

describe("programmePeriod", () => {
  it("counts a running period as of today", () => {
    expect(programmePeriod(2026, 2030, "2026-11-30")).toEqual({ start: "2026-01-01", end: "2030-12-31", asOf: "2026-11-30", frozen: false, started: true });
  });

  it("freezes a past period on its last day, 31 December of its last year", () => {
    expect(programmePeriod(2021, 2025, "2026-11-30")).toMatchObject({ asOf: "2025-12-31", frozen: true });
    // The last day itself still belongs to the running period; the next morning it is frozen.
    expect(programmePeriod(2021, 2025, "2025-12-31")).toMatchObject({ asOf: "2025-12-31", frozen: false });
    expect(programmePeriod(2021, 2025, "2026-01-01")).toMatchObject({ asOf: "2025-12-31", frozen: true });
  });

  it("has not started before 1 January of its first year", () => {
    expect(programmePeriod(2026, 2030, "2025-12-31")).toMatchObject({ asOf: "2025-12-31", frozen: false, started: false });
  });
});

describe("wholePercent", () => {
  it("rounds down and is 0 when there is nothing to count", () => {
    expect(wholePercent(2, 3)).toBe(66);
    expect(wholePercent(199, 200)).toBe(99);
    expect(wholePercent(3, 3)).toBe(100);
    expect(wholePercent(0, 0)).toBe(0);
  });
});

describe("targetProgress", () => {
  it("measures the way from baseline to goal, clamped to 0–100 %", () => {
    expect(targetProgress(19, 19, 50)).toEqual({ percent: 0, reached: false });
    expect(targetProgress(19, 34, 50)).toEqual({ percent: 48, reached: false });
    expect(targetProgress(19, 50, 50)).toEqual({ percent: 100, reached: true });
    expect(targetProgress(19, 60, 50)).toEqual({ percent: 100, reached: true });
    expect(targetProgress(19, 10, 50)).toEqual({ percent: 0, reached: false });
  });

  it("treats a target met at its baseline as done", () => {
    expect(targetProgress(5, 5, 5)).toEqual({ percent: 100, reached: true });
    expect(targetProgress(5, 4, 5)).toEqual({ percent: 0, reached: false });
  });
});
