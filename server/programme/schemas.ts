import { z } from "zod";
import { zIsoDay } from "@/lib/day-schema";
import { COMMITMENT_KINDS, PROGRAMME_METRICS } from "@/lib/programme-figures";

/*
 * One schema per form, shared by the officers' forms and the server. Messages are keys in
 * messages/<locale>/programme.json ("errors.<key>"), translated by the action layer.
 */

// Form fields arrive as strings: an empty one is missing, not zero (z.coerce would read "" as 0).
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const year = z.preprocess(blankToUndefined, z.coerce.number({ message: "year" }).int("year").min(2000, "year").max(2100, "year"));
const number = z.coerce.number({ message: "number" }).finite("number").min(0, "number").max(1_000_000, "number");
const amount = z.preprocess(blankToUndefined, number);
const optionalAmount = z.preprocess((v) => blankToUndefined(v) ?? null, number.nullable());
const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");
const optionalText = (max: number) => z.string().trim().max(max, "tooLong").default("");

export const ZProgrammeForm = z
  .object({
    programmeId: z.string().min(1),
    nameVi: text(200),
    nameEn: optionalText(200),
    reference: optionalText(500),
    startYear: year,
    endYear: year,
  })
  .refine((v) => v.endYear >= v.startYear, { path: ["endYear"], message: "endBeforeStart" });

export const ZTargetForm = z
  .object({
    programmeId: z.string().min(1),
    /** Empty for a new target. */
    targetId: z.string().default(""),
    metric: z.enum(PROGRAMME_METRICS, { message: "metric" }),
    labelVi: text(300),
    labelEn: text(300),
    baseline: amount,
    goal: amount,
    goalMax: optionalAmount,
    unit: optionalText(40),
  })
  .refine((v) => v.goalMax === null || v.goalMax >= v.goal, { path: ["goalMax"], message: "goalMaxBelowGoal" });

const isoDate = zIsoDay;

/** The whole five-commitment checklist of one producer: a ticked commitment needs its date and evidence. */
export const ZCommitmentsForm = z.object({
  producerId: z.string().min(1),
  items: z
    .array(
      z.discriminatedUnion("committed", [
        z.object({ kind: z.enum(COMMITMENT_KINDS), committed: z.literal(false) }),
        z.object({ kind: z.enum(COMMITMENT_KINDS), committed: z.literal(true), committedOn: isoDate, evidence: text(500) }),
      ]),
    )
    .length(COMMITMENT_KINDS.length)
    .refine((items) => new Set(items.map((i) => i.kind)).size === COMMITMENT_KINDS.length, "kinds"),
});
