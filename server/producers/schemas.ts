import { z } from "zod";
import { isKnownBankBin } from "@/lib/banks";
import { SHIPPING_LIMITS } from "@/lib/shipping";
import { isWebAddress } from "@/lib/web-address";
import { normalizeText } from "@/lib/text-normalize";
import { optionalPhoneField, optionalTextField, optionalVndField, plainTextField, textField } from "@/lib/zod-fields";

const optionalEmpty = <T extends z.ZodType>(schema: T) => z.union([z.literal(""), schema]).optional().transform((v) => (v ? (v as z.infer<T>) : null));

/**
 * A producer's profile as the studio and the officers' form post it. Official facts (legal form,
 * commune, tax code) move the programme's figures; the bank account is where buyers' transfers go.
 */
export const ZProducerProfileForm = z
  .object({
    name: textField(160, 2),
    legalForm: z.enum(["HOUSEHOLD", "COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE"], { message: "required" }),
    regionId: z.string({ message: "commune" }).min(1, "commune").max(40, "commune"),
    // Mã số thuế: 10 digits, a branch as 10-3 digits, or the owner's 12-digit personal number (since 2025).
    taxCode: optionalEmpty(z.string().trim().regex(/^(\d{10}(-\d{3})?|\d{12})$/, "taxCode")),
    addressLine: plainTextField(300),
    storyVi: plainTextField(10_000),
    storyEn: optionalTextField(10_000),
    phone: optionalPhoneField(),
    email: optionalEmpty(z.string().trim().email("email").max(254, "email")),
    // Only web addresses: a javascript: or data: link must never reach a public page.
    website: optionalEmpty(z.string().trim().max(300, "tooLong").refine(isWebAddress, "website")),
    representative: optionalTextField(120),
    bankBin: optionalEmpty(z.string().trim().refine(isKnownBankBin, "bank")),
    bankAccount: optionalEmpty(z.string().trim().regex(/^[0-9A-Za-z]{1,19}$/, "invalid")),
    bankAccountName: optionalEmpty(z.string().overwrite(normalizeText).trim().max(120, "tooLong")),
    // The delivery rule (lib/shipping.ts): empty flat fee = the site's default, 0 = free delivery;
    // no amount per kg (or 0) = weight does not matter; no threshold = never free.
    shippingFlatVnd: optionalVndField({ allowZero: true, max: SHIPPING_LIMITS.flatVnd, tooLarge: "shippingFlatTooLarge" }),
    shippingPerKgVnd: optionalVndField({ allowZero: true, max: SHIPPING_LIMITS.perKgVnd, tooLarge: "shippingPerKgTooLarge" }).transform((v) => (v === 0 ? null : v)),
    shippingFreeAboveVnd: optionalVndField({ max: SHIPPING_LIMITS.freeAboveVnd, tooLarge: "shippingFreeAboveTooLarge" }),
  })
  .superRefine((v, ctx) => {
    // A payee needs all three: a bank, an account and whose it is. None at all means no transfers.
    const given = [v.bankBin, v.bankAccount, v.bankAccountName].filter(Boolean).length;
    if (given > 0 && given < 3) {
      for (const field of ["bankBin", "bankAccount", "bankAccountName"] as const) if (!v[field]) ctx.addIssue({ code: "custom", path: [field], message: "bankIncomplete" });
    }
  });

export type ProducerProfile = z.infer<typeof ZProducerProfileForm>;

/** Every field of the profile a producer may propose, in the order the review shows them. */
export const PROFILE_FIELDS = [
  "name", "legalForm", "regionId", "taxCode", "representative", "addressLine", "phone", "email", "website",
  "storyVi", "storyEn", "bankBin", "bankAccount", "bankAccountName", "shippingFlatVnd", "shippingPerKgVnd", "shippingFreeAboveVnd",
] as const satisfies readonly (keyof ProducerProfile)[];

export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** Facts the programme counts (legal form, commune) and identifies the producer by (tax code). */
export const OFFICIAL_FIELDS: readonly ProfileField[] = ["legalForm", "regionId", "taxCode"];
export const BANK_FIELDS: readonly ProfileField[] = ["bankBin", "bankAccount", "bankAccountName"];

export const ZProfileDecision = z.object({
  /** The proposal the officer saw, by when it was submitted (epoch ms): a newer one is reviewed again. */
  submittedAt: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().optional()),
  photoIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : v.split(",").filter(Boolean))),
  reason: z.string().overwrite(normalizeText).trim().max(1000, "tooLong").default(""),
});
