import { describe, expect, it } from "vitest";
import { deliveryDays, deliveryWindow, PROVINCES } from "./delivery-estimate";

describe("delivery estimate by province", () => {
  it("knows the 34 provinces of the 2025 reform, each once", () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(34);
    expect(PROVINCES.find((p) => p.code === "08")?.name).toBe("Tuyên Quang");
  });

  it("grows with distance from Tuyên Quang", () => {
    expect(deliveryDays("08", "08")).toEqual({ min: 1, max: 2 });
    expect(deliveryDays("08", "01")).toEqual({ min: 2, max: 3 });
    expect(deliveryDays("08", "46")).toEqual({ min: 3, max: 5 });
    expect(deliveryDays("08", "79")).toEqual({ min: 4, max: 7 });
    expect(deliveryDays("08", null)).toBeNull();
  });

  it("turns days into calendar days from today", () => {
    expect(deliveryWindow("2026-12-30", "08", "79")).toMatchObject({ from: "2027-01-03", to: "2027-01-06" });
  });
});
