import { z } from "zod";
import { CERTIFICATE_LEVELS } from "@/lib/certificate-rules";
import { zIsoDay } from "@/lib/day-schema";

/** A calendar day typed as "YYYY-MM-DD", kept as text; an impossible day (2025-02-30) is refused, never rolled over. */
const day = zIsoDay;

const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((v) => (v ? v : null));

/** Codes of the warnings the officer confirmed, posted as one comma-separated field. */
const confirmed = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(",").map((code) => code.trim()).filter(Boolean) : []));

/** What an officer records from a decision: the decision itself and what was printed on it. */
const decisionFields = {
  stars: z.coerce.number({ message: "stars" }).int("stars"),
  score: z
    .union([z.literal(""), z.coerce.number().int("score").min(0, "score").max(100, "score")])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  level: z.enum(CERTIFICATE_LEVELS, { message: "required" }),
  decisionNumber: z.string().trim().min(3, "required").max(80, "tooLong"),
  decisionDate: day,
  issuingBody: z.string().trim().min(3, "required").max(200, "tooLong"),
  productNameOnDecision: text(200),
  producerNameOnDecision: text(200),
  addressOnDecision: text(300),
  categoryOnDecision: optionalText(200),
  confirmed,
  /** A scan already uploaded by an earlier submission of the same form (kept across an error). */
  pendingScan: z
    .string()
    .optional()
    .transform((v) => (v ? v : null)),
};

export const ZCertificateForm = z.object({ productId: z.string().min(1, "required"), ...decisionFields });
export type CertificateForm = z.infer<typeof ZCertificateForm>;

/** A correction of what was recorded: the same facts, and why they change. */
export const ZCorrectionForm = z.object({
  ...decisionFields,
  reason: z.string().trim().min(5, "reason").max(1000, "tooLong"),
  // Only for a revoked certificate: the revocation's own facts.
  revocationDecisionNumber: optionalText(80),
  revokedOn: z.string().trim().optional(),
  revocationReason: optionalText(1000),
});

export const ZRevokeForm = z.object({
  decisionNumber: z.string().trim().min(3, "required").max(80, "tooLong"),
  reason: z.string().trim().min(3, "reason").max(1000, "tooLong"),
  revokedOn: z.string().trim().min(1, "required"),
});

export const ZRemoveForm = z.object({
  reason: z.string().trim().min(5, "reason").max(1000, "tooLong"),
  /** The officer ticked that the entry leaves public view. */
  understood: z.literal("on", { message: "required" }),
});

/** The product finder of "record a decision" (`/admin/certificates/new`): a search and its page, 20 a page. */
export const ZProductPickerQuery = z.object({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type ProductPickerQuery = z.infer<typeof ZProductPickerQuery>;
