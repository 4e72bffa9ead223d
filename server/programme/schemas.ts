import { z } from "zod";
import { today } from "@/lib/clock";
import { zIsoDay } from "@/lib/day-schema";
import { COMMITMENT_KINDS, PROGRAMME_METRICS } from "@/lib/programme-figures";

/*
 * One schema per form, shared by the officers' forms and the server. Messages are keys in
 * messages/<locale>/forms.json, translated by the form kit (server/infra/forms.ts).
 */

// Form fields arrive as strings: an empty one is missing, not zero (z.coerce would read "" as 0).
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const year = z.preprocess(blankToUndefined, z.coerce.number({ message: "year" }).int("year").min(2000, "year").max(2100, "year"));
const number = z.coerce.number({ message: "number" }).finite("number").min(0, "number").max(1_000_000, "number");
const amount = z.preprocess(blankToUndefined, number);
const optionalAmount = z.preprocess((v) => blankToUndefined(v) ?? null, number.nullable());
const text = (max: number) => z.string({ message: "required" }).trim().min(1, "required").max(max, "tooLong");
const optionalText = (max: number) => z.string().trim().max(max, "tooLong").default("");
const id = z.string({ message: "required" }).trim().min(1, "required").max(100, "invalid");
const optionalId = z.preprocess((v) => blankToUndefined(v) ?? null, z.string().trim().max(100, "invalid").nullable());

/** A real calendar day typed as YYYY-MM-DD (2025-02-30 is refused, not turned into 2 March). */
const day = zIsoDay;
/** A day something happened: not after today in Vietnam. */
const pastDay = day.refine((v) => v <= today(), "futureDay");
const optionalDay = z.preprocess((v) => blankToUndefined(v) ?? null, day.nullable());
const optionalPastDay = z.preprocess((v) => blankToUndefined(v) ?? null, pastDay.nullable());

/** VND typed the Vietnamese way ("5.000.000", "5 000 000") or plainly ("5000000"); blank is none. */
const optionalVnd = z.preprocess(
  (v) => {
    const raw = blankToUndefined(v);
    if (typeof raw !== "string") return raw ?? null;
    const compact = raw.trim().replace(/\s*(đ|₫|vnđ|vnd)$/i, "");
    return /^\d{1,3}([.\s]\d{3})+$/.test(compact) ? Number(compact.replace(/[.\s]/g, "")) : /^\d+$/.test(compact) ? Number(compact) : Number.NaN;
  },
  z.number({ message: "money" }).int("money").min(0, "money").max(100_000_000_000, "money").nullable(),
);

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const ZProgrammeForm = z
  .object({
    programmeId: id,
    nameVi: text(200),
    nameEn: optionalText(200),
    reference: optionalText(500),
    startYear: year,
    endYear: year,
    /** Shown at /programme. */
    isCurrent: checkbox,
  })
  .refine((v) => v.endYear >= v.startYear, { path: ["endYear"], message: "endBeforeStart" });

/** A slug officers choose: not one of the programme pages' own path segments. */
const programmeSlug = z
  .string({ message: "required" })
  .trim()
  .min(3, "slug")
  .max(80, "slug")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug")
  .refine((v) => v !== "list", "slug");

export const ZNewProgrammeForm = z
  .object({
    slug: programmeSlug,
    nameVi: text(200),
    nameEn: optionalText(200),
    reference: optionalText(500),
    /** The region's official code; blank for a nationwide programme. */
    regionCode: optionalText(40),
    startYear: year,
    endYear: year,
  })
  .refine((v) => v.endYear >= v.startYear, { path: ["endYear"], message: "endBeforeStart" });

export const ZTargetForm = z
  .object({
    programmeId: id,
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

/** The resolution's baseline by subgroup: one count per subgroup code, blank meaning "not given". */
export const ZSubgroupBaselinesForm = z.object({
  programmeId: id,
  counts: z.record(z.string().regex(/^[A-Z_]{2,40}$/), z.preprocess((v) => blankToUndefined(v) ?? null, z.coerce.number({ message: "number" }).int("number").min(0, "number").max(100_000, "number").nullable())),
});

/** The whole five-commitment checklist of one producer: a ticked commitment needs its date and evidence. */
export const ZCommitmentsForm = z.object({
  producerId: id,
  items: z
    .array(
      z.discriminatedUnion("committed", [
        z.object({ kind: z.enum(COMMITMENT_KINDS), committed: z.literal(false) }),
        z.object({ kind: z.enum(COMMITMENT_KINDS), committed: z.literal(true), committedOn: pastDay, evidence: text(500) }),
      ]),
    )
    .length(COMMITMENT_KINDS.length)
    .refine((items) => new Set(items.map((i) => i.kind)).size === COMMITMENT_KINDS.length, "kinds"),
});

/** One commitment several producers made together (a training session's signed commitments): the kind, the day and the evidence once. */
export const ZBulkCommitmentForm = z.object({
  kind: z.enum(COMMITMENT_KINDS, { message: "required" }),
  committedOn: pastDay,
  evidence: text(500),
});

/** Support given to a producer for its own display and sales stall. */
export const ZStallSupportForm = z.object({
  /** Empty for a new record. */
  id: optionalId,
  producerId: id,
  supportedOn: pastDay,
  place: text(300),
  description: optionalText(2000),
  amountVnd: optionalVnd,
  reference: optionalText(200),
});

export const ZOrganisationChangeForm = z.object({
  id: optionalId,
  kind: z.enum(["FOUNDED", "REFORMED"], { message: "invalid" }),
  name: text(300),
  legalForm: z.enum(["HOUSEHOLD", "COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE"], { message: "invalid" }),
  changedOn: pastDay,
  regionId: id,
  producerId: optionalId,
  registrationNumber: optionalText(50),
  note: optionalText(2000),
});

export const ZCommuneTeamForm = z.object({
  regionId: id,
  establishedOn: pastDay,
  decisionNumber: optionalText(100),
  members: optionalText(2000),
});

export const ZOcopStaffForm = z
  .object({
    id: optionalId,
    name: text(200),
    position: optionalText(200),
    regionId: id,
    servingFrom: optionalDay,
    servingUntil: optionalDay,
    trainedOn: optionalPastDay,
    training: optionalText(500),
  })
  .refine((v) => v.servingFrom === null || v.servingUntil === null || v.servingUntil >= v.servingFrom, { path: ["servingUntil"], message: "servingOrder" })
  .refine((v) => v.trainedOn === null || v.training !== "", { path: ["training"], message: "required" });

export const ZRecordId = z.object({ id });
