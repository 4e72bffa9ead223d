import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay, formatDayRange, formatNumber, formatVnd } from "./format";

describe("formatDay", () => {
  it("writes Vietnamese days as dd/mm/yyyy and English ones unambiguously", () => {
    expect(formatDay("2025-04-10", "vi")).toBe("10/04/2025");
    expect(formatDay("2025-04-10", "en")).toBe("10 Apr 2025");
  });

  it("reads a @db.Date value (midnight UTC) as its own day, not the day before or after", () => {
    expect(formatDay(new Date("2025-01-01T00:00:00Z"), "vi")).toBe("01/01/2025");
  });

  it("writes a range once when both ends are the same day", () => {
    expect(formatDayRange("2026-12-01", "2026-12-03", "vi")).toBe("01/12/2026 – 03/12/2026");
    expect(formatDayRange("2026-12-01", "2026-12-01", "vi")).toBe("01/12/2026");
  });
});

describe("formatDateTime", () => {
  it("shows Vietnam's time: 17:30 UTC on 30 Nov is 00:30 on 1 Dec in Vietnam", () => {
    expect(formatDateTime("2026-11-30T17:30:00Z", "vi")).toBe("00:30 01/12/2026");
    expect(formatDateTime("2026-11-30T17:30:00Z", "en")).toBe("1 Dec 2026, 00:30");
  });
});

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

describe("formatNumber", () => {
  it("groups thousands with dots and writes a decimal comma in Vietnamese, the reverse in English", () => {
    expect(formatNumber(20021, "vi")).toBe("20.021");
    expect(formatNumber(20021, "en")).toBe("20,021");
    expect(formatNumber(1.25, "vi", 2)).toBe("1,25");
    expect(formatNumber(1.25, "en", 2)).toBe("1.25");
  });
  it("rounds to whole numbers unless told how many decimals to keep", () => {
    expect(formatNumber(10.56, "vi")).toBe("11");
    expect(formatNumber(10.56, "vi", 1)).toBe("10,6");
  });
});
