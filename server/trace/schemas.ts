import { z } from "zod";
import { CERTIFICATION_KINDS, TRACE_EVENT_TYPES } from "@/lib/trace-kinds";
import { dayField, lotCodeField, optionalTextField, pastDayField, plainTextField, textField } from "@/lib/zod-fields";

const optionalDay = () => z.union([z.literal(""), dayField()]).optional();
const checkbox = () => z.union([z.literal("on"), z.literal("true"), z.literal("yes"), z.literal("")]).optional().transform((v) => v === "on" || v === "true" || v === "yes");

/**
 * A batch. Its production day has happened (today in Vietnam at the latest); its lot code is stored
 * trimmed and upper-cased, so " cc2603 " and "CC2603" are one lot.
 */
export const ZBatchForm = z
  .object({
    productId: z.string({ message: "required" }).min(1, "required"),
    lotCode: lotCodeField(),
    productionDate: pastDayField(),
    expiryDate: optionalDay(),
    quantity: z.coerce.number().int("invalid").min(0, "invalid").max(100_000_000, "invalid"),
    quantityUnit: plainTextField(30),
    growingArea: optionalTextField(200),
    growingAreaCode: optionalTextField(60),
    isPublic: checkbox(),
  })
  .refine((v) => !(v.expiryDate instanceof Date) || v.expiryDate >= v.productionDate, { path: ["expiryDate"], message: "expiryBeforeProduction" });

/** Something that happened to the batch: never on a day still to come. */
export const ZTraceEventForm = z.object({
  type: z.enum(TRACE_EVENT_TYPES, { message: "required" }),
  occurredOn: pastDayField(),
  place: textField(200, 2),
  actor: textField(200, 2),
  note: plainTextField(2000),
});

/**
 * A lab result. A failed one on a public batch is shown to every buyer who scans the label, so it is
 * recorded only once the producer has confirmed that (`confirmPublic`).
 */
export const ZLabTestForm = z.object({
  indicator: textField(120),
  value: textField(60),
  unit: plainTextField(30),
  limit: plainTextField(60),
  lab: textField(200, 2),
  testedOn: pastDayField(),
  passed: z.enum(["yes", "no"], { message: "required" }).transform((v) => v === "yes"),
  confirmPublic: checkbox(),
});

export const ZCertificationForm = z
  .object({
    kind: z.enum(CERTIFICATION_KINDS, { message: "required" }),
    number: textField(80, 2),
    issuer: textField(200, 2),
    validFrom: optionalDay(),
    validUntil: optionalDay(),
  })
  .refine((v) => !(v.validFrom instanceof Date && v.validUntil instanceof Date) || v.validUntil > v.validFrom, { path: ["validUntil"], message: "validityOrder" });

/** Why a record was corrected or removed: kept in the batch's history. */
export const ZCorrectionReason = z.object({ reason: z.string({ message: "reason" }).trim().min(3, "reason").max(500, "tooLong") });
export const ZOptionalReason = z.object({ reason: plainTextField(500) });

export const ZPublishBatch = z.object({ isPublic: checkbox(), confirmFailed: checkbox() });
