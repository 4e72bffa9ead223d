import { describe, expect, it } from "vitest";
import { BANKS, bankByBin, isKnownBankBin } from "./banks";

describe("bank list", () => {
  it("names a bank by its NAPAS BIN", () => {
    expect(bankByBin("970436")?.shortName).toBe("Vietcombank");
    expect(bankByBin("970405")?.shortName).toBe("Agribank");
  });

  it("does not know an invented BIN", () => {
    expect(isKnownBankBin("999999")).toBe(false);
    expect(bankByBin("999999")).toBeNull();
  });

  it("holds each BIN once, as six digits", () => {
    expect(new Set(BANKS.map((b) => b.bin)).size).toBe(BANKS.length);
    for (const bank of BANKS) expect(bank.bin).toMatch(/^\d{6}$/);
  });
});
