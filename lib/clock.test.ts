import { afterEach, describe, expect, it } from "vitest";
import { addDays, addMonths, dateToDay, dayOf, dayToDate, daysBetween, now, parseDay, pinClock, startOfDay, today } from "./clock";

afterEach(() => pinClock(null));

describe("today", () => {
  it("is Vietnam's calendar day: at 00:30 in Vietnam the UTC date is still yesterday", () => {
    pinClock("2027-01-10T17:30:00Z"); // 00:30 on 11 January in Vietnam
    expect(today()).toBe("2027-01-11");
  });

  it("turns at Vietnam's midnight, not at 07:00", () => {
    pinClock("2026-11-30T16:59:59Z");
    expect(today()).toBe("2026-11-30");
    pinClock("2026-11-30T17:00:00Z");
    expect(today()).toBe("2026-12-01");
  });

  it("stays where a test pins it, and flows from there when asked", async () => {
    pinClock("2031-06-01T00:30:00+07:00");
    expect(now().toISOString()).toBe("2031-05-31T17:30:00.000Z");
    pinClock("2031-06-01T00:30:00+07:00", { frozen: false });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(now().getTime()).toBeGreaterThan(Date.parse("2031-05-31T17:30:00.000Z"));
  });
});

describe("day arithmetic", () => {
  it("adds days and months on the calendar (36 months from a 29 February lands on 28 February)", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addMonths("2024-02-29", 36)).toBe("2027-02-28");
    expect(daysBetween("2026-11-30", "2027-01-11")).toBe(42);
    expect(daysBetween("2027-01-11", "2026-11-30")).toBe(-42);
  });

  it("refuses days that do not exist instead of rolling them over", () => {
    expect(parseDay("2025-02-30")).toBeNull();
    expect(parseDay("2024-02-29")).toBe("2024-02-29");
    expect(parseDay("30/11/2026")).toBeNull();
  });

  it("maps days to @db.Date values and back, and timestamps to their Vietnam day", () => {
    expect(dayToDate("2025-04-10").toISOString()).toBe("2025-04-10T00:00:00.000Z");
    expect(dateToDay(new Date("2025-04-10T00:00:00Z"))).toBe("2025-04-10");
    expect(dayOf(new Date("2025-04-09T18:00:00Z"))).toBe("2025-04-10");
    expect(startOfDay("2025-04-10").toISOString()).toBe("2025-04-09T17:00:00.000Z");
  });
});
