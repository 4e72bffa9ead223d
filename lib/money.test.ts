import { describe, expect, it } from "vitest";
import { formatVnd } from "./money";

describe("formatVnd", () => {
  it("writes Vietnamese amounts with dot grouping and the đồng sign after", () => {
    expect(formatVnd(150000, "vi").replace(/\s/g, " ")).toBe("150.000 ₫");
  });
  it("writes English amounts with comma grouping", () => {
    expect(formatVnd(1250000, "en")).toBe("₫1,250,000");
  });
  it("refuses fractions of a đồng", () => {
    expect(() => formatVnd(10.5, "vi")).toThrow(TypeError);
  });
});
