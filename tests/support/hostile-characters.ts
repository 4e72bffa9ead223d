/**
 * The redirect-escape class (issue 13, finding 1): every control character (C0, DEL, C1) and every
 * Unicode space or invisible separator, for the unit test of lib/safe-redirect.ts and the sign-in
 * attack in Chromium.
 */
export const HOSTILE_CHARACTERS: readonly string[] = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)),
  "\u007f",
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(0x80 + code)),
  " ", "\u00a0", "\u1680", ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
  "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u180e", "\u00ad",
];

/** UTF-8 percent-encoding of every byte of `character`. */
export function percentEncoded(character: string): string {
  return [...new TextEncoder().encode(character)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join("");
}
