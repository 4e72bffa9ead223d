import { z } from "zod";
import { zDay } from "@/lib/day-schema";

const day = zDay;

export const ZCertificateForm = z
  .object({
    productId: z.string().min(1, "required"),
    stars: z.coerce.number().int("stars").min(3, "stars").max(5, "stars"),
    score: z
      .union([z.literal(""), z.coerce.number().int("score").min(0, "score").max(100, "score")])
      .transform((v) => (v === "" ? null : v))
      .optional(),
    level: z.enum(["DISTRICT", "PROVINCE", "NATIONAL"], { message: "required" }),
    decisionNumber: z.string().trim().min(3, "required").max(80, "tooLong"),
    decisionDate: day,
    issuingBody: z.string().trim().min(3, "required").max(200, "tooLong"),
    /** Empty: 36 months after the decision. */
    validUntil: z.union([z.literal(""), day]).optional(),
  })
  .refine((v) => !(v.validUntil instanceof Date) || v.validUntil > v.decisionDate, { path: ["validUntil"], message: "dateOrder" });

export const ZRevokeForm = z.object({
  decisionNumber: z.string().trim().min(3, "required").max(80, "tooLong"),
  reason: z.string().trim().min(3, "reason").max(1000, "tooLong"),
  revokedOn: day,
});
