/**
 * How a producer moves its part of an order along. Cancelling is possible until the parcel leaves
 * (shipped), because only then is the stock still in the producer's hands.
 */
export type SubOrderStatus = "PLACED" | "CONFIRMED" | "PACKED" | "SHIPPED" | "DELIVERED" | "CANCELLED";

export const SUB_ORDER_FLOW: readonly SubOrderStatus[] = ["PLACED", "CONFIRMED", "PACKED", "SHIPPED", "DELIVERED"];

export function isCancellable(status: SubOrderStatus): boolean {
  return status === "PLACED" || status === "CONFIRMED" || status === "PACKED";
}

/** Forward along the flow (skipping steps is allowed: a producer may ship straight away), or cancel. */
export function canMoveSubOrder(from: SubOrderStatus, to: SubOrderStatus): boolean {
  if (to === "CANCELLED") return isCancellable(from);
  if (from === "CANCELLED") return false;
  return SUB_ORDER_FLOW.indexOf(to) > SUB_ORDER_FLOW.indexOf(from);
}

/** The statuses a producer may pick next, for the form. */
export function nextSubOrderStatuses(from: SubOrderStatus): SubOrderStatus[] {
  return [...SUB_ORDER_FLOW, "CANCELLED" as const].filter((to) => canMoveSubOrder(from, to));
}
