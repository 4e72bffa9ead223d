/**
 * GS1 check digits for the seed data (GTIN-8/12/13/14): weights 3 and 1 alternate from the right of
 * the digits before the check digit. Kept here so the seed does not depend on app code.
 */
export function gs1CheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) throw new Error(`GTIN body must be digits: ${body}`);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** Appends the check digit to a 7-, 11-, 12- or 13-digit body. */
export function withCheckDigit(body: string): string {
  if (![7, 11, 12, 13].includes(body.length)) throw new Error(`Unexpected GTIN body length: ${body}`);
  return body + String(gs1CheckDigit(body));
}

export function hasValidCheckDigit(gtin: string): boolean {
  return /^\d{8}$|^\d{12,14}$/.test(gtin) && withCheckDigit(gtin.slice(0, -1)) === gtin;
}
