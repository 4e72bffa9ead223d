import { describe, expect, it } from "vitest";
import { parseVndInput } from "./money-input";

const value = (text: string, options?: Parameters<typeof parseVndInput>[1]) => {
  const result = parseVndInput(text, options);
  return result.ok ? result.value : result.error;
};

describe("parseVndInput", () => {
  it("reads dots, spaces and commas as thousands groups, since đồng have no decimals", () => {
    expect(value("35.000")).toBe(35_000);
    expect(value("1.250.000")).toBe(1_250_000);
    expect(value("35 000")).toBe(35_000);
    expect(value("35\u00a0000")).toBe(35_000);
    expect(value("35,000")).toBe(35_000);
    expect(value("35000")).toBe(35_000);
  });

  it("accepts the currency written after the number and 'k' for thousands", () => {
    expect(value("35.000đ")).toBe(35_000);
    expect(value("35.000 ₫")).toBe(35_000);
    expect(value("150000 VND")).toBe(150_000);
    expect(value("35k")).toBe(35_000);
    expect(value("35 nghìn")).toBe(35_000);
  });

  it("refuses what could be read two ways instead of guessing", () => {
    expect(value("35.5")).toBe("moneyAmbiguous");
    expect(value("35,50")).toBe("moneyAmbiguous");
    expect(value("1.234,5")).toBe("moneyAmbiguous");
    expect(value("1,234.000")).toBe("moneyAmbiguous");
    expect(value("3.50.000")).toBe("moneyAmbiguous");
    expect(value("35.000k")).toBe("moneyAmbiguous");
  });

  it("refuses words, negatives, empty and absurd amounts", () => {
    expect(value("abc")).toBe("moneyFormat");
    expect(value("1tr")).toBe("moneyFormat");
    expect(value(".500")).toBe("moneyFormat");
    expect(value("-35.000")).toBe("moneyNegative");
    expect(value("   ")).toBe("moneyRequired");
    expect(value("0")).toBe("moneyRequired");
    expect(value("2.000.000.000")).toBe("moneyTooLarge");
    expect(value("9".repeat(40))).toBe("moneyTooLarge");
  });

  it("lets a fee be zero when the caller says so", () => {
    expect(value("0", { allowZero: true })).toBe(0);
    expect(value("500.000", { max: 100_000 })).toBe("moneyTooLarge");
  });
});
