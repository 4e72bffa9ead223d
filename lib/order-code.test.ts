import { describe, expect, it } from "vitest";
import { generateOrderCode, normalizeOrderCode, ORDER_CODE_ALPHABET } from "./order-code";

describe("order codes", () => {
  it("are 10 unambiguous characters in two groups of five", () => {
    const code = generateOrderCode();
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$/);
    expect(ORDER_CODE_ALPHABET).not.toMatch(/[ILOU01]/);
  });

  it("do not repeat across many draws", () => {
    const codes = new Set(Array.from({ length: 5000 }, () => generateOrderCode()));
    expect(codes.size).toBe(5000);
  });

  it("use only the random source given", () => {
    const zeros = () => new Uint8Array(20);
    expect(generateOrderCode(zeros)).toBe("22222-22222");
  });

  it("normalise what people type", () => {
    expect(normalizeOrderCode("abcde fghjk")).toBe("ABCDE-FGHJK");
    expect(normalizeOrderCode(" ab-cde-fghjk ")).toBe("ABCDE-FGHJK");
    expect(normalizeOrderCode("ABCDE-FGHJ")).toBeNull();
    expect(normalizeOrderCode("ABCDE-FGHJI")).toBeNull();
  });
});
