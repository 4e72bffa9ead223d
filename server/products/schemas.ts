import { z } from "zod";
import { isValidGtin } from "@/lib/gtin";
import { OCOP_GROUPS } from "@/lib/ocop-groups";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();

/** The listing form, shared by the studio page and the server. Messages are keys of forms.json. */
export const ZListingForm = z.object({
  nameVi: z.string().trim().min(2, "required").max(160, "tooLong"),
  nameEn: optionalText(160),
  descriptionVi: z.string().trim().max(10_000, "tooLong").default(""),
  descriptionEn: optionalText(10_000),
  group: z.enum(OCOP_GROUPS, { message: "required" }),
  subgroupId: optionalText(40),
  priceVnd: z.coerce.number({ message: "price" }).int("price").positive("price").max(1_000_000_000, "price"),
  unit: z.string().trim().min(1, "required").max(60, "tooLong"),
  unitEn: optionalText(60),
  stock: z.coerce.number({ message: "stock" }).int("stock").min(0, "stock").max(10_000_000, "stock"),
  gtin: z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional()
    .refine((v) => v == null || isValidGtin(v), "gtin"),
});

export type ListingForm = z.infer<typeof ZListingForm>;

/** The fields an officer reviews; a change to any of them on a published product needs approval. */
export const PUBLIC_FIELDS = ["nameVi", "nameEn", "descriptionVi", "descriptionEn", "group", "subgroupId", "priceVnd", "unit", "unitEn", "gtin"] as const;

export const ZRejectForm = z.object({ reason: z.string().trim().min(3, "reason").max(1000, "tooLong") });
