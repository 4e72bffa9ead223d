import { z } from "zod";
import { STOCK_ADJUSTMENT_KINDS } from "@/lib/stock-adjustment-kinds";
import { OCOP_GROUPS } from "@/lib/ocop-groups";
import { normalizeText } from "@/lib/text-normalize";
import { gtinField, optionalTextField, optionalWeightGramsField, plainTextField, textField, vndField } from "@/lib/zod-fields";

/** A listing's facts, shared by the studio form and the server. Messages are keys of forms.json. */
const ZProductFacts = z.object({
  nameVi: textField(160, 2),
  nameEn: optionalTextField(160),
  descriptionVi: plainTextField(10_000),
  descriptionEn: optionalTextField(10_000),
  group: z.enum(OCOP_GROUPS, { message: "required" }),
  subgroupId: optionalTextField(40),
  priceVnd: vndField(),
  unit: textField(60),
  unitEn: optionalTextField(60),
  gtin: gtinField(),
  /** One unit with its packaging, for delivery fees by weight (lib/shipping.ts); empty: not weighed. */
  weightGrams: optionalWeightGramsField(),
});

export type ProductFacts = z.infer<typeof ZProductFacts>;

const stockCount = z.coerce.number({ message: "stock" }).int("stock").min(0, "stock").max(10_000_000, "stock");

/** A new listing also has its first stock count (recorded as the first stock movement). */
export const ZProductCreate = ZProductFacts.extend({ stock: stockCount.default(0) });

/**
 * An edit carries no stock (stock changes only through adjustments, so a form opened before a sale
 * cannot write the old count back) and the version it was opened at.
 */
export const ZProductUpdate = ZProductFacts.extend({ editVersion: z.coerce.number().int().min(0) });

/**
 * The fields an officer reviews; a change to any of them on a published product needs approval. The
 * weight is among them because, like the price, it sets what a buyer pays (the delivery fee by weight).
 */
export const PUBLIC_FIELDS = ["nameVi", "nameEn", "descriptionVi", "descriptionEn", "group", "subgroupId", "priceVnd", "unit", "unitEn", "gtin", "weightGrams"] as const satisfies readonly (keyof ProductFacts)[];

export const ZRejectForm = z.object({ reason: z.string({ message: "reason" }).overwrite(normalizeText).trim().min(3, "reason").max(1000, "tooLong") });

/**
 * A stock adjustment: goods received or taken off (a quantity), a stocktake (the counted number,
 * checked against the stock the producer saw), or a correction by a signed amount with its reason.
 */
export const ZStockAdjustment = z
  .object({
    kind: z.enum(STOCK_ADJUSTMENT_KINDS, { message: "required" }),
    quantity: z.coerce.number({ message: "quantity" }).int("quantity").min(-10_000_000, "quantity").max(10_000_000, "quantity"),
    /** The stock the page showed when the producer counted: a stocktake is refused if it moved since. */
    expectedStock: z.coerce.number().int().min(0),
    reason: plainTextField(500),
  })
  .superRefine((v, ctx) => {
    if ((v.kind === "RECEIVED" || v.kind === "DAMAGED") && v.quantity <= 0) ctx.addIssue({ code: "custom", path: ["quantity"], message: "quantityPositive" });
    if (v.kind === "STOCKTAKE" && v.quantity < 0) ctx.addIssue({ code: "custom", path: ["quantity"], message: "stock" });
    if (v.kind === "CORRECTION" && v.quantity === 0) ctx.addIssue({ code: "custom", path: ["quantity"], message: "quantity" });
    if ((v.kind === "CORRECTION" || v.kind === "DAMAGED") && v.reason.length < 3) ctx.addIssue({ code: "custom", path: ["reason"], message: "reason" });
  });
