import { z } from "zod";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date")
  .transform((v) => new Date(`${v}T00:00:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()), "date");

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
