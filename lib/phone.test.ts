import { describe, expect, it } from "vitest";
import { formatVietnamesePhone, normalizeVietnamesePhone } from "./phone";

describe("normalizeVietnamesePhone", () => {
  it("reads the ways people write one mobile number as one number", () => {
    for (const typed of ["0912345678", "0912 345 678", "0912.345.678", "+84 912 345 678", "84912345678", "+84-912-345-678"]) {
      expect(normalizeVietnamesePhone(typed)).toBe("0912345678");
    }
  });
  it("accepts landlines with an 02x area code", () => {
    expect(normalizeVietnamesePhone("(0219) 381 2345")).toBe("02193812345");
  });
  it("refuses letters, short numbers and numbers no Vietnamese line has", () => {
    expect(normalizeVietnamesePhone("abc")).toBeNull();
    expect(normalizeVietnamesePhone("12345")).toBeNull();
    expect(normalizeVietnamesePhone("0112345678")).toBeNull();
    expect(normalizeVietnamesePhone("0912345678 ext 2")).toBeNull();
    expect(normalizeVietnamesePhone("09123456789")).toBeNull();
  });
  it("groups digits for display", () => {
    expect(formatVietnamesePhone("0912345678")).toBe("0912 345 678");
  });
});
