/**
 * Order codes people read over the phone: 10 characters from a 30-character alphabet with no look-alikes
 * (no I, L, O, U, 0, 1), shown as XXXXX-XXXXX. 30^10 ≈ 2^49 codes (49 bits), drawn with a CSPRNG, so
 * codes cannot be guessed; tracking an order still needs the buyer's email or phone.
 * Leaving out 0 and 1 too (unlike Crockford's base32, which maps O→0 and I/L→1) means a misread never
 * lands on a different valid code: such a code is simply refused.
 */
export const ORDER_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 10;

export function generateOrderCode(randomBytes: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  const alphabet = ORDER_CODE_ALPHABET;
  // Rejection sampling keeps every letter equally likely (256 is not a multiple of the alphabet size).
  const limit = 256 - (256 % alphabet.length);
  let code = "";
  while (code.length < LENGTH) {
    for (const byte of randomBytes(LENGTH * 2)) {
      if (byte < limit && code.length < LENGTH) code += alphabet[byte % alphabet.length];
    }
  }
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Accepts what a person types (any case, spaces or dashes, O for 0…) and returns the canonical code or null. */
export function normalizeOrderCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "");
  if (compact.length !== LENGTH) return null;
  if ([...compact].some((c) => !ORDER_CODE_ALPHABET.includes(c))) return null;
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}
