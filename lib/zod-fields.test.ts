import { afterEach, describe, expect, it } from "vitest";
import { pinClock } from "./clock";
import { gtinField, lotCodeField, optionalPhoneField, pastDayField, textField, vndField } from "./zod-fields";

const issues = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message);

afterEach(() => pinClock(null));

describe("form fields", () => {
  it("store text with LF line breaks, so an untouched textarea equals what was saved", () => {
    expect(textField(100).parse("Dòng 1\r\nDòng 2\r\n")).toBe("Dòng 1\nDòng 2");
  });

  it("read Vietnamese money input and refuse ambiguous amounts", () => {
    expect(vndField().parse("35.000")).toBe(35_000);
    expect(vndField().parse(35_000)).toBe(35_000);
    expect(issues(vndField().safeParse("35.5"))).toEqual(["moneyAmbiguous"]);
    expect(issues(vndField().safeParse(12.5))).toEqual(["moneyFormat"]);
  });

  it("store a GTIN as 14 digits however it was typed", () => {
    expect(gtinField().parse("8931234567897")).toBe("08931234567897");
    expect(gtinField().parse("08931234567897")).toBe("08931234567897");
    expect(gtinField().parse("893 1234 56789 7")).toBe("08931234567897");
    expect(gtinField().parse("")).toBeNull();
    expect(issues(gtinField().safeParse("8931234567896"))).toEqual(["gtin"]);
  });

  it("trim and upper-case lot codes", () => {
    expect(lotCodeField().parse(" cc2603 ")).toBe("CC2603");
    expect(issues(lotCodeField().safeParse("CC 26"))).toEqual(["lotCode"]);
    expect(issues(lotCodeField().safeParse("   "))).toEqual(["required"]);
  });

  it("accept Vietnamese phone numbers only", () => {
    expect(optionalPhoneField().parse("+84 912 345 678")).toBe("0912345678");
    expect(optionalPhoneField().parse("")).toBeNull();
    expect(issues(optionalPhoneField().safeParse("abc"))).toEqual(["phoneVietnamese"]);
  });

  it("refuse a day after today in Vietnam", () => {
    // 23:30 on 30 Nov in Vietnam is still 30 Nov there, although UTC says 30 Nov 16:30.
    pinClock("2026-11-30T23:30:00+07:00");
    expect(pastDayField().parse("2026-11-30")).toEqual(new Date("2026-11-30T00:00:00Z"));
    expect(issues(pastDayField().safeParse("2026-12-01"))).toEqual(["futureDate"]);
    expect(issues(pastDayField().safeParse("2026-02-30"))).toEqual(["date"]);
  });
});
