import { describe, expect, it } from "vitest";
import { canMoveSubOrder, isCancellable, nextSubOrderStatuses } from "./order-status";

describe("sub-order status flow", () => {
  it("moves forward, possibly skipping steps, never backward", () => {
    expect(canMoveSubOrder("PLACED", "CONFIRMED")).toBe(true);
    expect(canMoveSubOrder("PLACED", "SHIPPED")).toBe(true);
    expect(canMoveSubOrder("SHIPPED", "DELIVERED")).toBe(true);
    expect(canMoveSubOrder("SHIPPED", "PACKED")).toBe(false);
    expect(canMoveSubOrder("DELIVERED", "DELIVERED")).toBe(false);
  });

  it("cancels only before shipping and never revives a cancelled part", () => {
    expect(isCancellable("PACKED")).toBe(true);
    expect(canMoveSubOrder("SHIPPED", "CANCELLED")).toBe(false);
    expect(canMoveSubOrder("CANCELLED", "CONFIRMED")).toBe(false);
    expect(nextSubOrderStatuses("PACKED")).toEqual(["SHIPPED", "DELIVERED", "CANCELLED"]);
    expect(nextSubOrderStatuses("DELIVERED")).toEqual([]);
  });
});
