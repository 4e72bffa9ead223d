import { z } from "zod";
import { dayToDate, parseDay } from "./clock";

/**
 * A calendar day posted by a form (`<input type="date">` sends "YYYY-MM-DD"), checked on the calendar
 * (lib/clock.ts `parseDay`): "2025-02-30" is refused with the message code "date", never rolled over
 * to 2 March as `new Date("2025-02-30")` would. `zDay` gives the @db.Date value of that day,
 * `zIsoDay` the day itself as text.
 */
export const zIsoDay = z.string().trim().refine((text) => parseDay(text) !== null, "date");

export const zDay = zIsoDay.transform((text) => dayToDate(text));
