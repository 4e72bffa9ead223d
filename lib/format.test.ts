import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay, formatDayRange } from "./format";

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
