import { z } from "zod";
import { vndField } from "@/lib/zod-fields";
import { zDay } from "@/lib/day-schema";

const text = (max: number) => z.string().trim().min(1, "required").max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .default(null);
const calendarDate = zDay;
/** An instant: the action posts the end of the chosen day in Vietnam (server/fairs/actions.ts). */
const instant = z.coerce.date({ error: "date" });

/**
 * A time of day on a 24-hour clock, stored "08:00"; empty: not announced yet. Browsers post "08:00"
 * from the time input; typed by hand, "8:00", "8h", "8h30" and "08.30" mean the same.
 */
const timeOfDay = z
  .string()
  .trim()
  .transform((v) => {
    const match = /^(\d{1,2})\s*(?:[:.h]\s*(\d{2})?)?$/i.exec(v);
    return match ? `${match[1].padStart(2, "0")}:${match[2] ?? "00"}` : v;
  })
  .refine((v) => v === "" || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { message: "time" })
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .default(null);

/** The officer's fair form; shared by the admin page (field names) and createFair/updateFair. */
export const ZFairInput = z
  .strictObject({
    nameVi: text(200),
    nameEn: optionalText(200),
    descriptionVi: z.string().trim().max(5000).default(""),
    descriptionEn: optionalText(5000),
    startsOn: calendarDate,
    endsOn: calendarDate,
    venue: text(300),
    province: text(100),
    registrationDeadline: instant,
    boothCapacity: z.coerce.number().int().min(1).max(2000),
    boothSize: text(50),
    /** Typed the Vietnamese way ("2.000.000"); a fair may be free. */
    feeVnd: vndField({ allowZero: true }),
    subsidyPercent: z.coerce.number().int().min(0).max(100),
    minStars: z.coerce.number().int().min(3).max(5),
    maxBoothsPerProducer: z.coerce.number().int().min(1).max(20),
    opensAt: timeOfDay,
    closesAt: timeOfDay,
    hoursNoteVi: z.string().trim().max(300).default(""),
    hoursNoteEn: optionalText(300),
    address: z.string().trim().max(300).default(""),
    directionsVi: z.string().trim().max(2000).default(""),
    directionsEn: optionalText(2000),
  })
  .refine((f) => f.endsOn.getTime() >= f.startsOn.getTime(), { path: ["endsOn"], message: "endsBeforeStart" })
  // Visitors need both ends of the day or neither ("not announced yet"); "HH:MM" strings sort as times.
  .refine((f) => f.opensAt !== null || f.closesAt === null, { path: ["opensAt"], message: "hoursBoth" })
  .refine((f) => f.closesAt !== null || f.opensAt === null, { path: ["closesAt"], message: "hoursBoth" })
  .refine((f) => f.opensAt === null || f.closesAt === null || f.closesAt > f.opensAt, { path: ["closesAt"], message: "closesBeforeOpens" })
  .refine((f) => f.registrationDeadline.getTime() <= f.endsOn.getTime() + 86_400_000, { path: ["registrationDeadline"], message: "deadlineAfterFair" });

/** A producer's booth request form; shared by the studio page and requestBooth/updateBoothRequest. */
export const ZBoothRequestInput = z.strictObject({
  boothCount: z.coerce.number().int().min(1, "boothCount").max(20, "boothCount"),
  productIds: z.array(z.string().min(1).max(40)).min(1, "noProducts").max(50),
  needsPower: z.boolean().default(false),
  needsRefrigeration: z.boolean().default(false),
  needsWater: z.boolean().default(false),
  note: z.string().trim().max(1000).default(""),
});

export const ZDecision = z.strictObject({
  requestId: z.string().min(1).max(40),
  reason: z.string().trim().max(500).default(""),
  /** Booth numbers the officer chose ("5, 6", "5-6"); empty: the lowest free ones. */
  boothNumbers: z.string().max(200).default(""),
});

export const ZRejection = z.strictObject({
  requestId: z.string().min(1).max(40),
  reason: text(500),
});

/** The one reason of a bulk rejection, required as for a single one. */
export const ZBulkRejection = ZRejection.pick({ reason: true });

export const ZFairListQuery = z.object({
  when: z.enum(["upcoming", "past"]).default("upcoming"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** A page of one fair's exhibitors (the public page shows EXHIBITORS_PER_PAGE, the API up to 100). */
export const ZFairExhibitorQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(100),
});
