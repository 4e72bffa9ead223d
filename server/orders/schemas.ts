import { z } from "zod";
import { PROVINCES } from "@/lib/delivery-estimate";
import { CANCEL_REASONS } from "@/lib/order-status";

/**
 * Per-buyer caps (docs/orders.md, "Stock a stranger cannot hold"): one order holds at most
 * MAX_CART_LINES products and MAX_LINE_QUANTITY units of each; a buyer (phone or email) holds at most
 * MAX_LINE_QUANTITY units of one product across its orders still awaiting confirmation or payment.
 */
export const MAX_LINE_QUANTITY = 20;
export const MAX_CART_LINES = 20;

/** Field limits: long enough for real Vietnamese names and addresses, shown as maxlength and counters. */
export const FIELD_LIMITS = {
  customerName: 100,
  phone: 24,
  email: 254,
  addressLine: 255,
  commune: 100,
  note: 500,
} as const;

/** One cart line as the client may send it: a product and a quantity, nothing else (no prices). */
const ZCartLine = z.strictObject({
  productId: z.string().min(1).max(40),
  quantity: z.number().int().min(1).max(MAX_LINE_QUANTITY),
});
export type CartLine = z.infer<typeof ZCartLine>;

const PAYMENT_METHODS = ["COD", "VIETQR", "STRIPE"] as const;

const PROVINCE_CODES = PROVINCES.map((p) => p.code) as [string, ...string[]];

const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");

/** The checkout form; shared by the page (field names, limits) and placeOrder. */
export const ZCheckout = z.strictObject({
  customerName: text(FIELD_LIMITS.customerName),
  /** Checked against the numbering plans by placeOrder (lib/phone.ts). */
  phone: z.string().trim().min(1, "required").max(FIELD_LIMITS.phone, "phone"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(FIELD_LIMITS.email, "tooLong")
    .transform((value) => value || null)
    .pipe(z.email("email").nullable()),
  addressLine: text(FIELD_LIMITS.addressLine),
  provinceCode: z.enum(PROVINCE_CODES, "required"),
  /** A commune of the regions tree under that province, when the data has its communes. */
  communeId: z.string().trim().max(40).default(""),
  /** Typed by hand only where the data has no communes for the province. */
  commune: z.string().trim().max(FIELD_LIMITS.commune, "tooLong").default(""),
  note: z.string().trim().max(FIELD_LIMITS.note, "tooLong").default(""),
  paymentMethod: z.enum(PAYMENT_METHODS),
  adultConfirmed: z.boolean().default(false),
  locale: z.enum(["vi", "en"]).default("vi"),
  /** The total the buyer saw; if prices changed since, the order is refused rather than charged differently. */
  expectedTotalVnd: z.number().int().nonnegative(),
  items: z.array(ZCartLine).min(1).max(MAX_CART_LINES),
});

const FULFILMENT_ACTIONS = ["CONFIRM", "PACK", "SHIP", "DELIVER", "FAIL_DELIVERY", "RETURN", "CANCEL"] as const;

export const ZFulfilment = z.strictObject({
  subOrderId: z.string().min(1).max(40),
  action: z.enum(FULFILMENT_ACTIONS),
  carrier: z.string().trim().max(60, "tooLong").default(""),
  trackingNumber: z.string().trim().max(60, "tooLong").default(""),
  cancelReason: z.enum(CANCEL_REASONS).optional(),
  /** A producer's own words to the buyer about a cancellation or failed delivery. */
  note: z.string().trim().max(300, "tooLong").default(""),
});
