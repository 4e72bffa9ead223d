import { describe, expect, it } from "vitest";
import { badgesByProduct, periodBounds, tally, targetProgress, upgradedProducts, wholePercent } from "./programme-figures";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const { start, end } = periodBounds(2021, 2025);

describe("badgesByProduct", () => {
  it("keeps the highest valid 3★+ certificate per product and drops expired, revoked and 2★ ones", () => {
    const today = d("2025-06-01");
    const badges = badgesByProduct(
      [
        { productId: "a", stars: 3, status: "VALID", decisionDate: d("2023-01-01"), validUntil: d("2026-01-01") },
        { productId: "a", stars: 4, status: "VALID", decisionDate: d("2024-01-01"), validUntil: d("2027-01-01") },
        { productId: "b", stars: 3, status: "VALID", decisionDate: d("2021-01-01"), validUntil: d("2024-01-01") },
        { productId: "c", stars: 4, status: "REVOKED", decisionDate: d("2024-01-01"), validUntil: d("2027-01-01") },
        { productId: "e", stars: 2, status: "VALID", decisionDate: d("2024-01-01"), validUntil: d("2027-01-01") },
      ],
      today,
    );
    expect([...badges.keys()]).toEqual(["a"]);
    expect(badges.get("a")?.stars).toBe(4);
  });
});

describe("upgradedProducts", () => {
  it("counts a 3★→4★ chain once, even with re-evaluations on both sides", () => {
    const certs = [
      { productId: "a", stars: 3, decisionDate: d("2021-05-01") },
      { productId: "a", stars: 3, decisionDate: d("2022-05-01") },
      { productId: "a", stars: 4, decisionDate: d("2023-05-01") },
      { productId: "a", stars: 4, decisionDate: d("2025-05-01") },
    ];
    expect(upgradedProducts(certs, 3, 4, start, end)).toEqual(["a"]);
  });

  it("ignores downgrades, same-star renewals and upgrades decided outside the period", () => {
    const certs = [
      { productId: "down", stars: 4, decisionDate: d("2021-05-01") },
      { productId: "down", stars: 3, decisionDate: d("2024-05-01") },
      { productId: "renew", stars: 3, decisionDate: d("2021-05-01") },
      { productId: "renew", stars: 3, decisionDate: d("2024-05-01") },
      { productId: "late", stars: 3, decisionDate: d("2024-05-01") },
      { productId: "late", stars: 4, decisionDate: d("2026-02-01") },
      { productId: "five", stars: 4, decisionDate: d("2022-05-01") },
      { productId: "five", stars: 5, decisionDate: d("2025-12-31") },
    ];
    expect(upgradedProducts(certs, 3, 4, start, end)).toEqual([]);
    expect(upgradedProducts(certs, 4, 5, start, end)).toEqual(["five"]);
  });
});

describe("targetProgress", () => {
  it("measures the way from baseline to goal", () => {
    expect(targetProgress(19, 19, 50)).toEqual({ percent: 0, reached: false });
    expect(targetProgress(19, 20, 50)).toEqual({ percent: 3, reached: false });
    expect(targetProgress(0, 1, 1)).toEqual({ percent: 100, reached: true });
    expect(targetProgress(0, 12, 10)).toEqual({ percent: 100, reached: true });
    expect(targetProgress(19, 15, 50)).toEqual({ percent: 0, reached: false });
    expect(targetProgress(5, 5, 5)).toEqual({ percent: 100, reached: true });
  });
});

describe("wholePercent and tally", () => {
  it("rounds down and survives an empty denominator", () => {
    expect(wholePercent(3, 13)).toBe(23);
    expect(wholePercent(199, 200)).toBe(99);
    expect(wholePercent(1, 0)).toBe(0);
  });

  it("counts keys, largest first", () => {
    expect(tally(["b", "a", "b", "c", "a", "b"])).toEqual([
      { key: "b", count: 3 },
      { key: "a", count: 2 },
      { key: "c", count: 1 },
    ]);
  });
});
