/**
 * The one formatter of dates, times, numbers and money for every page, label, CSV and e-mail. Vietnamese writes a day
 * as dd/mm/yyyy (labelling rules want day-month-year); English gets an unambiguous "30 Nov 2026".
 * Times are always Vietnam's (Asia/Ho_Chi_Minh), whatever the server's or the reader's zone.
 * Pure Intl: safe in client components (no Temporal shipped to the browser).
 */
import { TIME_ZONE, type IsoDay } from "./clock";

export type Locale = "vi" | "en";

const localeOf = (locale: string): Locale => (locale === "en" ? "en" : "vi");

const DAY = {
  vi: new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }),
};

const DATE_TIME = {
  vi: new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE }),
};

/**
 * A calendar day: an ISO day ("2026-11-30") or a `@db.Date` value (its midnight UTC).
 * vi "30/11/2026", en "30 Nov 2026". For an instant (a timestamp), use `formatDateTime`, or
 * `formatDay(dayOf(instant))` from lib/clock.
 */
export function formatDay(day: IsoDay | Date, locale: string): string {
  const date = typeof day === "string" ? new Date(`${day}T00:00:00Z`) : day;
  return DAY[localeOf(locale)].format(date);
}

/** Two calendar days as one range ("01/12/2026 – 03/12/2026"), or one day when they are the same. */
export function formatDayRange(start: IsoDay | Date, end: IsoDay | Date, locale: string): string {
  const from = formatDay(start, locale);
  const to = formatDay(end, locale);
  return from === to ? from : `${from} – ${to}`;
}

/** An instant in Vietnam time: vi "10:31 30/11/2026", en "30 Nov 2026, 10:31". */
export function formatDateTime(instant: Date | string | number, locale: string): string {
  return DATE_TIME[localeOf(locale)].format(new Date(instant));
}

/** Numbers in English are written the British way, like the days above (1,234.5 and 30 Nov 2026). */
const NUMBER_LOCALE: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${localeOf(locale)}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(NUMBER_LOCALE[localeOf(locale)], options)));
  return format;
}

/** A count or a measure: vi "1.234.567,5", en "1,234,567.5"; whole numbers unless `fractionDigits` allows more. */
export function formatNumber(value: number, locale: string, fractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);
}

/** VND has no minor unit: amounts are whole đồng. vi "35.000 ₫", en "₫35,000". */
export function formatVnd(amount: number, locale: string): string {
  if (!Number.isInteger(amount)) throw new TypeError(`VND amounts are integers: ${amount}`);
  return numberFormat(locale, { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(amount);
}
