import { z } from "zod";
import { zDay } from "@/lib/day-schema";
import { CERTIFICATION_KINDS, TRACE_EVENT_TYPES } from "@/lib/trace-kinds";

const day = zDay;
const optional = (max: number) =>
  z.string().trim().max(max, "tooLong").transform((v) => (v === "" ? null : v)).nullable().optional();

export const ZBatchForm = z
  .object({
    productId: z.string().min(1, "required"),
    lotCode: z.string().trim().min(1, "required").max(20, "tooLong").regex(/^[A-Za-z0-9\-._/]+$/, "invalid"),
    productionDate: day,
    expiryDate: z.union([z.literal(""), day]).optional(),
    quantity: z.coerce.number().int("invalid").min(0, "invalid").max(100_000_000, "invalid"),
    quantityUnit: z.string().trim().max(30, "tooLong").default(""),
    growingArea: optional(200),
    growingAreaCode: optional(60),
    isPublic: z.union([z.literal("on"), z.literal("true"), z.literal("")]).optional().transform((v) => v === "on" || v === "true"),
  })
  .refine((v) => !(v.expiryDate instanceof Date) || v.expiryDate >= v.productionDate, { path: ["expiryDate"], message: "dateOrder" });


export const ZTraceEventForm = z.object({
  type: z.enum(TRACE_EVENT_TYPES, { message: "required" }),
  occurredOn: day,
  place: z.string().trim().min(2, "required").max(200, "tooLong"),
  actor: z.string().trim().min(2, "required").max(200, "tooLong"),
  note: z.string().trim().max(2000, "tooLong").default(""),
});

export const ZLabTestForm = z.object({
  indicator: z.string().trim().min(1, "required").max(120, "tooLong"),
  value: z.string().trim().min(1, "required").max(60, "tooLong"),
  unit: z.string().trim().max(30, "tooLong").default(""),
  limit: z.string().trim().max(60, "tooLong").default(""),
  lab: z.string().trim().min(2, "required").max(200, "tooLong"),
  testedOn: day,
  passed: z.enum(["yes", "no"], { message: "required" }).transform((v) => v === "yes"),
});


export const ZCertificationForm = z
  .object({
    kind: z.enum(CERTIFICATION_KINDS, { message: "required" }),
    number: z.string().trim().min(2, "required").max(80, "tooLong"),
    issuer: z.string().trim().min(2, "required").max(200, "tooLong"),
    validFrom: z.union([z.literal(""), day]).optional(),
    validUntil: z.union([z.literal(""), day]).optional(),
  })
  .refine((v) => !(v.validFrom instanceof Date && v.validUntil instanceof Date) || v.validUntil > v.validFrom, { path: ["validUntil"], message: "dateOrder" });
