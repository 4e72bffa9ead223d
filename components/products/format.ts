/** A calendar date ("YYYY-MM-DD") written the way each language writes dates. */
export function formatDate(isoDay: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDay}T00:00:00Z`));
}
