import { describe, expect, it } from "vitest";
import { generateOrderCode, normalizeOrderCode, ORDER_CODE_ALPHABET } from "./order-code";

describe("order codes", () => {
  it("are 10 unambiguous characters in two groups of five", () => {
    const code = generateOrderCode();
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$/);
    expect(ORDER_CODE_ALPHABET).not.toMatch(/[ILOU01]/);
  });

  it("carry at least 48 bits of entropy", () => {
    expect(new Set(ORDER_CODE_ALPHABET).size).toBe(30);
    expect(10 * Math.log2(ORDER_CODE_ALPHABET.length)).toBeGreaterThanOrEqual(48);
  });

  it("skip random bytes that would bias the alphabet", () => {
    // 240 is the largest multiple of 30 below 256, so bytes 240–255 are drawn again.
    const bytes = [255, 240, 0, 29, 30, 239, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
    expect(generateOrderCode(() => Uint8Array.from(bytes))).toBe("2Z2Z3-45678");
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
    expect(normalizeOrderCode("ABCDE-FGHJ0")).toBeNull();
  });
});
