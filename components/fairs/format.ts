/** A fair's name in the page's language (dates are formatted by lib/format.ts). */
export function fairName(fair: { nameVi: string; nameEn: string | null }, locale: string): string {
  return locale === "en" ? (fair.nameEn ?? fair.nameVi) : fair.nameVi;
}
