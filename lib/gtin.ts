/**
 * GS1 GTIN-8/12/13/14: mod-10 check digit with weights 3,1,3,… from the right of the data digits.
 * Vietnamese GTINs start with 893 (GS1 Vietnam).
 */
const GTIN_LENGTHS = [8, 12, 13, 14] as const;

export function gtinCheckDigit(dataDigits: string): number {
  if (!/^\d+$/.test(dataDigits)) throw new TypeError("GTIN data must be digits");
  let sum = 0;
  for (let i = 0; i < dataDigits.length; i++) {
    const digit = dataDigits.charCodeAt(dataDigits.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidGtin(value: string): boolean {
  if (!/^\d+$/.test(value) || !(GTIN_LENGTHS as readonly number[]).includes(value.length)) return false;
  return gtinCheckDigit(value.slice(0, -1)) === Number(value.at(-1));
}

/** The 14-digit form used in GS1 Digital Link URIs, or null when `value` is not a valid GTIN. */
export function normalizeGtin14(value: string): string | null {
  return isValidGtin(value) ? value.padStart(14, "0") : null;
}

/** The shortest of GTIN-8/12/13/14 that represents a GTIN-14 with leading zeros (for display). */
export function shortestGtin(gtin14: string): string {
  for (const length of GTIN_LENGTHS) {
    if (gtin14.slice(0, 14 - length).split("").every((c) => c === "0")) return gtin14.slice(14 - length);
  }
  return gtin14;
}

/**
 * A GTIN of a valid length whose last digit is not its check digit, with the check digit it should
 * have: what a scanner's misread or a typo most often produces (the resolver offers the product it
 * most likely meant). Null when `value` is valid, or not a GTIN's length of digits.
 */
export function correctedGtin(value: string): string | null {
  if (!/^\d+$/.test(value) || !(GTIN_LENGTHS as readonly number[]).includes(value.length) || isValidGtin(value)) return null;
  return value.slice(0, -1) + String(gtinCheckDigit(value.slice(0, -1)));
}
