/**
 * Words shoppers use for the same product, as data (lib/data/search-synonyms.json): English names and
 * common English words for Vietnamese products, and Vietnamese words that mean the same (chè, trà).
 * Used when a product is indexed (lib/search-engine.ts), so a query is never expanded at search time.
 */
import data from "./data/search-synonyms.json";

interface Entry {
  terms: readonly string[];
  broader?: readonly string[];
}

const ENTRIES: readonly Entry[] = data.entries;

/** Each term under its first word, so a text is checked only against terms that can start in it. */
const BY_FIRST_WORD = new Map<string, { term: string; entry: Entry }[]>();
for (const entry of ENTRIES) {
  for (const term of entry.terms) {
    const first = term.split(" ")[0];
    BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), { term, entry }]);
  }
}

/**
 * The synonym phrases a text calls for: every term (and broader term) of each entry one of whose
 * terms appears in the text as whole words. The text is lower case, words separated by single spaces
 * (texts may be joined with " | ").
 */
export function synonymPhrases(text: string): string[] {
  const padded = ` ${text} `;
  const found = new Set<Entry>();
  for (const word of new Set(text.split(" "))) {
    for (const { term, entry } of BY_FIRST_WORD.get(word) ?? []) {
      if (!found.has(entry) && padded.includes(` ${term} `)) found.add(entry);
    }
  }
  const out = new Set<string>();
  for (const entry of found) {
    for (const term of entry.terms) out.add(term);
    for (const term of entry.broader ?? []) out.add(term);
  }
  return [...out];
}
