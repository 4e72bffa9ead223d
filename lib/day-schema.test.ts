import { describe, expect, it } from "vitest";
import { zDay, zIsoDay } from "./day-schema";

describe("a day typed in a form", () => {
  it("becomes the @db.Date value of that very day", () => {
    expect(zDay.parse("2025-04-10").toISOString()).toBe("2025-04-10T00:00:00.000Z");
    expect(zIsoDay.parse(" 2024-02-29 ")).toBe("2024-02-29");
  });

  it("is refused when it does not exist or is not written as YYYY-MM-DD", () => {
    for (const text of ["2025-02-30", "2025-02-29", "2026-13-01", "10/04/2025", "", "2025-4-1"]) {
      const result = zDay.safeParse(text);
      expect(result.success, text).toBe(false);
      expect(result.error?.issues[0].message).toBe("date");
    }
  });
});
