/**
 * Money as people type it in Vietnam. VND has no minor unit, so a separator can only group
 * thousands: "35.000", "35 000" and "35,000" are all 35000 đồng, "35000đ" and "35k" too. Anything a
 * reader could take two ways is refused rather than guessed: "35.5" (35,500 or 35?), "1.234,5",
 * "1,5tr", mixed or uneven groups ("3.50.000"). The same rule runs in the browser (the live preview
 * under the field) and on the server (the form's schema), so what the preview shows is what is saved.
 */

export type MoneyInputError = "moneyRequired" | "moneyFormat" | "moneyAmbiguous" | "moneyNegative" | "moneyTooLarge";

export type MoneyInput = { ok: true; value: number } | { ok: false; error: MoneyInputError };

// Spaces people and keyboards put between groups: space, no-break space, narrow no-break space.
const SPACES = /[\u0020\u00a0\u202f]/;
const CURRENCY = /\s*(?:₫|đ|đồng|dong|vnđ|vnd|d)\.?$/iu;
const THOUSANDS = /\s*(?:k|nghìn|nghin|ngàn|ngan)$/iu;

/**
 * Reads an amount of đồng. `max` bounds it (and guards against digits pasted by mistake); `allowZero`
 * for fees that may be free.
 */
export function parseVndInput(raw: string, { max = 1_000_000_000, allowZero = false }: { max?: number; allowZero?: boolean } = {}): MoneyInput {
  let text = raw.normalize("NFC").trim();
  if (text === "") return { ok: false, error: "moneyRequired" };
  if (/^[-−]/.test(text)) return { ok: false, error: "moneyNegative" };
  text = text.replace(CURRENCY, "");
  let multiplier = 1;
  if (THOUSANDS.test(text)) {
    multiplier = 1000;
    text = text.replace(THOUSANDS, "");
  }
  text = text.trim();
  const digits = readGroupedInteger(text, multiplier === 1);
  if (digits === "format") return { ok: false, error: "moneyFormat" };
  if (digits === "ambiguous") return { ok: false, error: "moneyAmbiguous" };
  // Compare as text before converting: 30 pasted digits must not become a float.
  if (digits.replace(/^0+/, "").length > String(max).length + 3) return { ok: false, error: "moneyTooLarge" };
  const value = Number(digits) * multiplier;
  if (value > max) return { ok: false, error: "moneyTooLarge" };
  if (value === 0 && !allowZero) return { ok: false, error: "moneyRequired" };
  return { ok: true, value };
}

/** The digits of a whole number written plainly or in thousands groups, or why it cannot be read. */
function readGroupedInteger(text: string, groupsAllowed: boolean): string | "format" | "ambiguous" {
  if (/^\d+$/.test(text)) return text;
  if (!/^[\d.,\u0020\u00a0\u202f]+$/.test(text)) return "format";
  const separators = new Set(text.replace(/\d/g, "").split("").map((c) => (SPACES.test(c) ? " " : c)));
  // "1.234,5" or "1,234.5": a decimal part, which đồng do not have, or a typo: either way not a price.
  if (separators.size > 1 || !groupsAllowed) return "ambiguous";
  const groups = text.split(/[.,\u0020\u00a0\u202f]/);
  const [first, ...rest] = groups;
  if (!/^\d{1,3}$/.test(first) || rest.length === 0) return "format";
  // Every later group has exactly three digits, or the separator was not grouping thousands.
  if (rest.some((group) => !/^\d{3}$/.test(group))) return "ambiguous";
  return groups.join("");
}
