import { describe, expect, it } from "vitest";
import { correctedGtin, gtinCheckDigit, isValidGtin, normalizeGtin14, shortestGtin } from "./gtin";

// Check digits computed by hand: sum of digits × (3,1,3,…) from the right, then (10 - sum mod 10) mod 10.
describe("GTIN check digits", () => {
  it("accepts a valid GTIN of each length", () => {
    expect(isValidGtin("96385074")).toBe(true); // GTIN-8
    expect(isValidGtin("036000291452")).toBe(true); // GTIN-12 (UPC-A)
    expect(isValidGtin("8934588012228")).toBe(true); // GTIN-13 with the Vietnamese prefix 893
    expect(isValidGtin("18934588012225")).toBe(true); // GTIN-14
  });

  it("computes the check digit of a Vietnamese GTIN-13", () => {
    // 8 9 3 4 5 8 8 0 1 2 2 2 → weights from the right 3,1,3… : 2·3+2+2·3+1+0·3+8+8·3+5+4·3+3+9·3+8 = 102 → 8
    expect(gtinCheckDigit("893458801222")).toBe(8);
  });

  it("refuses a wrong check digit, wrong length or non-digits", () => {
    expect(isValidGtin("96385075")).toBe(false);
    expect(isValidGtin("036000291453")).toBe(false);
    expect(isValidGtin("8934588012229")).toBe(false);
    expect(isValidGtin("18934588012226")).toBe(false);
    expect(isValidGtin("1234567")).toBe(false);
    expect(isValidGtin("893458801222X")).toBe(false);
    expect(isValidGtin("")).toBe(false);
  });

  it("pads to 14 digits for Digital Link and back for display", () => {
    expect(normalizeGtin14("96385074")).toBe("00000096385074");
    expect(normalizeGtin14("8934588012228")).toBe("08934588012228");
    expect(normalizeGtin14("8934588012229")).toBeNull();
    expect(shortestGtin("00000096385074")).toBe("96385074");
    expect(shortestGtin("08934588012228")).toBe("8934588012228");
  });
});

describe("correctedGtin", () => {
  it("gives the GTIN with the check digit its data digits call for", () => {
    // 893458801222: weights 1,3,… from the left of 12 data digits → check digit 8 (8934588012228 is valid).
    expect(correctedGtin("8934588012229")).toBe("8934588012228");
    expect(correctedGtin("96385075")).toBe("96385074");
  });

  it("is null for a valid GTIN and for what is not a GTIN at all", () => {
    expect(correctedGtin("8934588012228")).toBeNull();
    expect(correctedGtin("12345")).toBeNull();
    expect(correctedGtin("89345880122A9")).toBeNull();
  });
});
