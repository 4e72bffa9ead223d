/**
 * Folds text for search and slugs: lower-case ASCII with Vietnamese tone and vowel marks removed.
 * `normalize("NFD")` splits "ế" into "e" + marks but leaves "đ" whole (it is a letter of its own, not
 * a "d" with a mark), so it is mapped explicitly.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** URL slug of a (Vietnamese) name: folded words joined by hyphens, at most 80 characters. */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}
