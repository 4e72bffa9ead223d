/**
 * Text as stored. Browsers send textarea line breaks as CRLF and phones may send Vietnamese letters
 * decomposed (a + combining marks): stored as typed, an untouched description would differ from the
 * saved one and show as "changed" in review, and "Việt" would not equal "Việt". So every free text is
 * stored with LF line breaks in Unicode NFC.
 */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, "\n").normalize("NFC");
}

/**
 * A lot (batch) code as printed on packages and carried in GS1 Digital Links (AI 10): trimmed and
 * upper-cased, so " cc2603 " and "CC2603" are one lot.
 */
export function normalizeLotCode(code: string): string {
  return code.normalize("NFC").trim().toUpperCase();
}
