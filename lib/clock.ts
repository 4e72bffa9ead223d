/**
 * The one clock of the app. "Now" is an instant; "today" is the calendar day in Vietnam
 * (Asia/Ho_Chi_Minh, UTC+7 all year), whatever the server's own zone. Every read, job, cache key, scan
 * count and form default takes its time from here, never from `new Date()`, so tests can pin it.
 *
 * Calendar days are ISO strings ("2026-11-30"): they compare, sort and key caches as plain text, and a
 * `@db.Date` column maps to one with `dayToDate` / `dateToDay`. Day arithmetic goes through Temporal
 * (temporal-polyfill), not hand-made offsets.
 *
 * Pinning: `CLOCK_NOW` (an ISO instant with its offset, e.g. `2026-12-01T09:00:00+07:00`) makes the
 * clock start at that instant when the process loads and flow from there; `CLOCK_PINNED_AT` (epoch ms)
 * names the wall-clock moment that instant corresponds to, so several processes (the e2e server, the
 * two scale instances, the seed) share one pinned timeline to the millisecond. Unit and integration
 * tests call `pinClock` instead.
 */
import { Temporal } from "temporal-polyfill";

export const TIME_ZONE = "Asia/Ho_Chi_Minh";

/** A calendar day, "YYYY-MM-DD". */
export type IsoDay = string;

interface Pin {
  /** The app's instant (epoch ms) at wall-clock moment `at`. */
  instant: number;
  at: number;
  frozen: boolean;
}

let pin: Pin | null = pinFromEnv(process.env);

function pinFromEnv(env: Record<string, string | undefined>): Pin | null {
  if (!env.CLOCK_NOW) return null;
  const instant = Date.parse(env.CLOCK_NOW);
  if (Number.isNaN(instant)) throw new Error(`CLOCK_NOW is not an ISO instant: ${env.CLOCK_NOW}`);
  const at = env.CLOCK_PINNED_AT ? Number(env.CLOCK_PINNED_AT) : Date.now();
  if (!Number.isFinite(at)) throw new Error(`CLOCK_PINNED_AT is not epoch milliseconds: ${env.CLOCK_PINNED_AT}`);
  return { instant, at, frozen: false };
}

/**
 * For tests: the clock reads `instant` from now on, frozen there (the default, for exact assertions)
 * or flowing from it. `null` returns to the real clock (or to `CLOCK_NOW` when that is set).
 */
export function pinClock(instant: Date | string | number | null, { frozen = true }: { frozen?: boolean } = {}): void {
  if (instant === null) {
    pin = pinFromEnv(process.env);
    return;
  }
  const ms = instant instanceof Date ? instant.getTime() : typeof instant === "number" ? instant : Date.parse(instant);
  if (Number.isNaN(ms)) throw new Error(`not an instant: ${String(instant)}`);
  pin = { instant: ms, at: Date.now(), frozen };
}

/** The current instant in epoch milliseconds. */
export function nowMs(): number {
  if (!pin) return Date.now();
  return pin.frozen ? pin.instant : pin.instant + (Date.now() - pin.at);
}

/** The current instant. */
export function now(): Date {
  return new Date(nowMs());
}

/** Today's calendar day in Vietnam. */
export function today(): IsoDay {
  return dayOf(nowMs());
}

/** The calendar day in Vietnam on which `instant` falls. */
export function dayOf(instant: Date | number): IsoDay {
  return Temporal.Instant.fromEpochMilliseconds(Number(instant)).toZonedDateTimeISO(TIME_ZONE).toPlainDate().toString();
}

/** The instant Vietnam's calendar day `day` begins (00:00 in Asia/Ho_Chi_Minh). */
export function startOfDay(day: IsoDay): Date {
  return new Date(Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: TIME_ZONE }).epochMilliseconds);
}

/** `day` plus `days` calendar days (negative to go back). */
export function addDays(day: IsoDay, days: number): IsoDay {
  return Temporal.PlainDate.from(day).add({ days }).toString();
}

/** `day` plus `months` calendar months; the 31st of a shorter month becomes its last day. */
export function addMonths(day: IsoDay, months: number): IsoDay {
  return Temporal.PlainDate.from(day).add({ months }).toString();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: "days" }).days;
}

/** A day typed or posted as "YYYY-MM-DD", or null when it is not a real calendar day (2025-02-30). */
export function parseDay(text: string): IsoDay | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  try {
    return Temporal.PlainDate.from(text, { overflow: "reject" }).toString();
  } catch {
    return null;
  }
}

/** The value a `@db.Date` column stores for `day` (its midnight UTC). */
export function dayToDate(day: IsoDay): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The calendar day a `@db.Date` value holds. Use `dayOf` for timestamps. */
export function dateToDay(date: Date): IsoDay {
  return date.toISOString().slice(0, 10);
}
