import { z } from "zod";
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
    feeVnd: z.coerce.number().int().min(0).max(1_000_000_000),
    subsidyPercent: z.coerce.number().int().min(0).max(100),
    minStars: z.coerce.number().int().min(3).max(5),
    maxBoothsPerProducer: z.coerce.number().int().min(1).max(20),
  })
  .refine((f) => f.endsOn.getTime() >= f.startsOn.getTime(), { path: ["endsOn"], message: "endsBeforeStart" })
  .refine((f) => f.registrationDeadline.getTime() <= f.endsOn.getTime() + 86_400_000, { path: ["registrationDeadline"], message: "deadlineAfterFair" });
export type FairInput = z.input<typeof ZFairInput>;

/** A producer's booth request form; shared by the studio page and requestBooth/updateBoothRequest. */
export const ZBoothRequestInput = z.strictObject({
  boothCount: z.coerce.number().int().min(1, "boothCount").max(20, "boothCount"),
  productIds: z.array(z.string().min(1).max(40)).min(1, "noProducts").max(50),
  needsPower: z.boolean().default(false),
  needsRefrigeration: z.boolean().default(false),
  needsWater: z.boolean().default(false),
  note: z.string().trim().max(1000).default(""),
});
export type BoothRequestInput = z.input<typeof ZBoothRequestInput>;

export const ZDecision = z.strictObject({
  requestId: z.string().min(1).max(40),
  reason: z.string().trim().max(500).default(""),
});

export const ZRejection = z.strictObject({
  requestId: z.string().min(1).max(40),
  reason: text(500),
});

export const ZFairListQuery = z.object({
  when: z.enum(["upcoming", "past"]).default("upcoming"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
