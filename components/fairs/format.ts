/** Display helpers for fairs; calendar dates are stored as UTC midnights, so they are formatted in UTC. */
export function fairName(fair: { nameVi: string; nameEn: string | null }, locale: string): string {
  return locale === "en" ? (fair.nameEn ?? fair.nameVi) : fair.nameVi;
}

export function formatDay(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

export function formatDateRange(start: Date, end: Date, locale: string): string {
  return start.getTime() === end.getTime() ? formatDay(start, locale) : `${formatDay(start, locale)} – ${formatDay(end, locale)}`;
}
