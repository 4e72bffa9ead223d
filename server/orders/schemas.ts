import { z } from "zod";

export const MAX_LINE_QUANTITY = 99;
export const MAX_CART_LINES = 50;

/** One cart line as the client may send it: a product and a quantity, nothing else (no prices). */
export const ZCartLine = z.strictObject({
  productId: z.string().min(1).max(40),
  quantity: z.number().int().min(1).max(MAX_LINE_QUANTITY),
});
export type CartLine = z.infer<typeof ZCartLine>;

export const ZCart = z.array(ZCartLine).max(MAX_CART_LINES);

export const PAYMENT_METHODS = ["COD", "VIETQR", "STRIPE"] as const;
export type PaymentMethodCode = (typeof PAYMENT_METHODS)[number];

const text = (max: number) => z.string().trim().min(1, "required").max(max);

/** The checkout form; shared by the page (field names) and placeOrder. */
export const ZCheckout = z.strictObject({
  customerName: text(120),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{9,15}$/, "phone"),
  email: z.string().trim().toLowerCase().email("email").max(200),
  addressLine: text(200),
  province: text(100),
  commune: text(100),
  note: z.string().trim().max(500).default(""),
  paymentMethod: z.enum(PAYMENT_METHODS),
  locale: z.enum(["vi", "en"]).default("vi"),
  /** The total the buyer saw; if prices changed since, the order is refused rather than charged differently. */
  expectedTotalVnd: z.number().int().nonnegative(),
  items: z.array(ZCartLine).min(1).max(MAX_CART_LINES),
});
export type CheckoutInput = z.input<typeof ZCheckout>;

export const ZOrderContact = z.strictObject({
  code: z.string().trim().min(1).max(20),
  contact: z.string().trim().min(3).max(200),
});

export const ZSubOrderStatusUpdate = z.strictObject({
  subOrderId: z.string().min(1).max(40),
  status: z.enum(["CONFIRMED", "PACKED", "SHIPPED", "DELIVERED", "CANCELLED"]),
});
