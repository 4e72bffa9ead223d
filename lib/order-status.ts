/**
 * The one rule of what may happen next to a part of an order (a sub-order: one producer's goods).
 * The producer's screen shows exactly the actions this allows, and the use case refuses anything else,
 * so a button can never offer what the server would refuse, and a forged post can never do what the
 * button would not.
 *
 *   PLACED → CONFIRMED → PACKED → SHIPPED → DELIVERED
 *                                    ↘ DELIVERY_FAILED → SHIPPED (tried again) | RETURNED (stock back)
 *   PLACED | CONFIRMED | PACKED → CANCELLED (with a reason; stock back)
 *
 * Steps may be skipped forward (confirm-and-ship in one go is common for a small producer), never back.
 * Money: a transfer or card part ships only once paid; cash is collected on delivery, so "cash received"
 * exists only after DELIVERED; a transfer may be recorded as received whenever it is still owed; card
 * payments are recorded by Stripe's webhook only.
 */
export type SubOrderStatus = "PLACED" | "CONFIRMED" | "PACKED" | "SHIPPED" | "DELIVERED" | "DELIVERY_FAILED" | "RETURNED" | "CANCELLED";
export type PaymentMethod = "COD" | "VIETQR" | "STRIPE";
export type PaymentStatus = "PENDING" | "PAID" | "EXPIRED" | "CANCELLED" | "REFUNDED";

export const SUB_ORDER_STATUSES = ["PLACED", "CONFIRMED", "PACKED", "SHIPPED", "DELIVERED", "DELIVERY_FAILED", "RETURNED", "CANCELLED"] as const satisfies readonly SubOrderStatus[];
export const PAYMENT_STATUSES = ["PENDING", "PAID", "EXPIRED", "CANCELLED", "REFUNDED"] as const satisfies readonly PaymentStatus[];

export const CANCEL_REASONS = [
  "BUYER_REQUEST",
  "OUT_OF_STOCK",
  "BUYER_UNREACHABLE",
  "PAYMENT_NOT_RECEIVED",
  "ADDRESS_UNSERVED",
  "UNCONFIRMED_EXPIRED",
  "UNPAID_EXPIRED",
  "OTHER",
] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];
/** Reasons a producer may give; the two "expired" ones are the system's. */
export const PRODUCER_CANCEL_REASONS: readonly CancelReason[] = ["OUT_OF_STOCK", "BUYER_UNREACHABLE", "PAYMENT_NOT_RECEIVED", "ADDRESS_UNSERVED", "BUYER_REQUEST", "OTHER"];

/** What a producer (or an officer) can do to a part. */
export type FulfilmentAction = "CONFIRM" | "PACK" | "SHIP" | "DELIVER" | "FAIL_DELIVERY" | "RETURN" | "CANCEL" | "MARK_PAID";

export interface PartState {
  status: SubOrderStatus;
  paymentMethod: PaymentMethod;
  paymentStatus: PaymentStatus;
}

/** The status each action leads to (MARK_PAID changes money, not the parcel). */
export const ACTION_TARGET: Record<Exclude<FulfilmentAction, "MARK_PAID">, SubOrderStatus> = {
  CONFIRM: "CONFIRMED",
  PACK: "PACKED",
  SHIP: "SHIPPED",
  DELIVER: "DELIVERED",
  FAIL_DELIVERY: "DELIVERY_FAILED",
  RETURN: "RETURNED",
  CANCEL: "CANCELLED",
};

const OPEN_BEFORE_SHIPPING: readonly SubOrderStatus[] = ["PLACED", "CONFIRMED", "PACKED"];

function isCancellable(status: SubOrderStatus): boolean {
  return OPEN_BEFORE_SHIPPING.includes(status);
}

/** A part whose goods are gone for good or back on the shelf: nothing more is owed for it. */
export function isClosed(status: SubOrderStatus): boolean {
  return status === "CANCELLED" || status === "RETURNED";
}

function paidOrCash(part: PartState): boolean {
  return part.paymentMethod === "COD" || part.paymentStatus === "PAID";
}

export function canDo(action: FulfilmentAction, part: PartState): boolean {
  const { status } = part;
  switch (action) {
    case "CONFIRM":
      return status === "PLACED";
    case "PACK":
      return status === "PLACED" || status === "CONFIRMED";
    case "SHIP":
      return (OPEN_BEFORE_SHIPPING.includes(status) || status === "DELIVERY_FAILED") && paidOrCash(part);
    case "DELIVER":
      return status === "SHIPPED";
    case "FAIL_DELIVERY":
      return status === "SHIPPED";
    case "RETURN":
      return status === "DELIVERY_FAILED";
    case "CANCEL":
      return isCancellable(status);
    case "MARK_PAID":
      if (part.paymentStatus !== "PENDING") return false;
      if (part.paymentMethod === "STRIPE") return false;
      if (part.paymentMethod === "COD") return status === "DELIVERED";
      return !isClosed(status);
  }
}

const ORDER: readonly FulfilmentAction[] = ["CONFIRM", "PACK", "SHIP", "DELIVER", "FAIL_DELIVERY", "RETURN", "MARK_PAID", "CANCEL"];

/** Every action possible now, in the order the screen offers them. */
export function allowedActions(part: PartState): FulfilmentAction[] {
  return ORDER.filter((action) => canDo(action, part));
}

/** Why shipping is not offered although the parcel is ready: the transfer has not arrived. */
export function awaitsPaymentBeforeShipping(part: PartState): boolean {
  return part.paymentMethod !== "COD" && part.paymentStatus === "PENDING" && OPEN_BEFORE_SHIPPING.includes(part.status);
}

/** The amount a courier collects at the door: goods and delivery of a cash part, nothing otherwise. */
export function amountToCollect(part: PartState & { subtotalVnd: number; shippingVnd: number }): number {
  return part.paymentMethod === "COD" && part.paymentStatus === "PENDING" && !isClosed(part.status) ? part.subtotalVnd + part.shippingVnd : 0;
}

/**
 * The order's payment state from its parts': paid when every part still owed is paid; otherwise
 * pending while any part is open; once every part is closed, expired if one expired, else cancelled.
 * A card order is paid as a whole and keeps that state.
 */
export function orderPaymentStatus(
  method: PaymentMethod,
  current: PaymentStatus,
  parts: readonly { status: SubOrderStatus; paymentStatus: PaymentStatus; cancelReason?: CancelReason | null }[],
): PaymentStatus {
  if (method === "STRIPE" || current === "REFUNDED") return current;
  const open = parts.filter((p) => !isClosed(p.status));
  if (open.length > 0) return open.every((p) => p.paymentStatus === "PAID") ? "PAID" : "PENDING";
  if (parts.some((p) => p.paymentStatus === "PAID")) return "PAID";
  return parts.some((p) => p.cancelReason === "UNPAID_EXPIRED" || p.cancelReason === "UNCONFIRMED_EXPIRED") ? "EXPIRED" : "CANCELLED";
}

/** Why a bulk "transfer received" leaves a part alone. */
export type TransferReceiptSkip = "CASH" | "CARD" | "ALREADY_PAID" | "CLOSED" | "NOT_OWED";

/**
 * Whether the officers' bulk "transfer received" (matching the collecting account's bank statement)
 * applies to a part: only a transfer, and only where `canDo("MARK_PAID")` allows it, so the bulk never
 * records what the single action would refuse. Cash is left to the order's page, where it is recorded
 * one parcel at a time once delivered; a card is Stripe's to confirm.
 */
export function transferReceiptSkip(part: PartState): TransferReceiptSkip | null {
  if (part.paymentMethod === "COD") return "CASH";
  if (part.paymentMethod === "STRIPE") return "CARD";
  if (canDo("MARK_PAID", part)) return null;
  if (part.paymentStatus === "PAID") return "ALREADY_PAID";
  return isClosed(part.status) ? "CLOSED" : "NOT_OWED";
}
