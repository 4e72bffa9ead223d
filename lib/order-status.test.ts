import { describe, expect, it } from "vitest";
import { allowedActions, amountToCollect, canDo, orderPaymentStatus, transferReceiptSkip, type PartState } from "./order-status";

const cod = (status: PartState["status"], paymentStatus: PartState["paymentStatus"] = "PENDING"): PartState => ({ status, paymentMethod: "COD", paymentStatus });
const transfer = (status: PartState["status"], paymentStatus: PartState["paymentStatus"] = "PENDING"): PartState => ({ status, paymentMethod: "VIETQR", paymentStatus });

describe("what may happen next to a part of an order", () => {
  it("takes a cash order from placed to delivered, then lets the cash be recorded", () => {
    expect(allowedActions(cod("PLACED"))).toEqual(["CONFIRM", "PACK", "SHIP", "CANCEL"]);
    expect(allowedActions(cod("CONFIRMED"))).toEqual(["PACK", "SHIP", "CANCEL"]);
    expect(allowedActions(cod("PACKED"))).toEqual(["SHIP", "CANCEL"]);
    expect(allowedActions(cod("SHIPPED"))).toEqual(["DELIVER", "FAIL_DELIVERY"]);
    expect(allowedActions(cod("DELIVERED"))).toEqual(["MARK_PAID"]);
    expect(allowedActions(cod("DELIVERED", "PAID"))).toEqual([]);
  });

  it("never offers 'cash received' before the parcel reached the buyer", () => {
    for (const status of ["PLACED", "CONFIRMED", "PACKED", "SHIPPED", "DELIVERY_FAILED", "RETURNED", "CANCELLED"] as const) {
      expect(canDo("MARK_PAID", cod(status))).toBe(false);
    }
  });

  it("ships a transfer order only once paid, and records the transfer whenever it is still owed", () => {
    expect(canDo("SHIP", transfer("PACKED"))).toBe(false);
    expect(canDo("SHIP", transfer("PACKED", "PAID"))).toBe(true);
    expect(canDo("MARK_PAID", transfer("PLACED"))).toBe(true);
    expect(canDo("MARK_PAID", transfer("CANCELLED"))).toBe(false);
    expect(canDo("MARK_PAID", { status: "PLACED", paymentMethod: "STRIPE", paymentStatus: "PENDING" })).toBe(false);
  });

  it("turns a failed delivery into a new attempt or a return, and never moves back or revives a cancelled part", () => {
    expect(allowedActions(cod("DELIVERY_FAILED"))).toEqual(["SHIP", "RETURN"]);
    expect(canDo("CANCEL", cod("SHIPPED"))).toBe(false);
    expect(canDo("PACK", cod("SHIPPED"))).toBe(false);
    expect(allowedActions(cod("CANCELLED"))).toEqual([]);
    expect(allowedActions(cod("RETURNED"))).toEqual([]);
  });
});

describe("money of a part", () => {
  it("collects goods plus delivery at the door for cash only", () => {
    expect(amountToCollect({ ...cod("SHIPPED"), subtotalVnd: 300000, shippingVnd: 30000 })).toBe(330000);
    expect(amountToCollect({ ...transfer("SHIPPED", "PAID"), subtotalVnd: 300000, shippingVnd: 30000 })).toBe(0);
    expect(amountToCollect({ ...cod("CANCELLED"), subtotalVnd: 300000, shippingVnd: 30000 })).toBe(0);
  });

  it("is paid as a whole order when every open part is paid", () => {
    expect(orderPaymentStatus("VIETQR", "PENDING", [{ status: "PLACED", paymentStatus: "PAID" }, { status: "PLACED", paymentStatus: "PENDING" }])).toBe("PENDING");
    expect(orderPaymentStatus("VIETQR", "PENDING", [{ status: "PLACED", paymentStatus: "PAID" }, { status: "CANCELLED", paymentStatus: "CANCELLED" }])).toBe("PAID");
    expect(orderPaymentStatus("COD", "PENDING", [{ status: "CANCELLED", paymentStatus: "EXPIRED", cancelReason: "UNCONFIRMED_EXPIRED" }])).toBe("EXPIRED");
    expect(orderPaymentStatus("COD", "PENDING", [{ status: "CANCELLED", paymentStatus: "CANCELLED", cancelReason: "BUYER_REQUEST" }])).toBe("CANCELLED");
    expect(orderPaymentStatus("STRIPE", "PAID", [{ status: "CANCELLED", paymentStatus: "PAID" }])).toBe("PAID");
  });
});

describe("the officers' bulk 'transfer received'", () => {
  it("applies to a transfer still owed, as the single action does, and says why it leaves the rest alone", () => {
    expect(transferReceiptSkip(transfer("PLACED"))).toBeNull();
    expect(transferReceiptSkip(transfer("SHIPPED"))).toBeNull();
    expect(transferReceiptSkip(transfer("PLACED", "PAID"))).toBe("ALREADY_PAID");
    expect(transferReceiptSkip(transfer("CANCELLED", "CANCELLED"))).toBe("CLOSED");
    expect(transferReceiptSkip(transfer("RETURNED"))).toBe("CLOSED");
    expect(transferReceiptSkip(transfer("CANCELLED", "EXPIRED"))).toBe("CLOSED");
    // Cash, even delivered (which the order's page records), and cards are not transfers.
    expect(transferReceiptSkip(cod("DELIVERED"))).toBe("CASH");
    expect(transferReceiptSkip({ status: "PLACED", paymentMethod: "STRIPE", paymentStatus: "PENDING" })).toBe("CARD");
    for (const status of ["PLACED", "CONFIRMED", "PACKED", "SHIPPED", "DELIVERED", "DELIVERY_FAILED", "RETURNED", "CANCELLED"] as const) {
      for (const paymentStatus of ["PENDING", "PAID", "EXPIRED", "CANCELLED", "REFUNDED"] as const) {
        const part = transfer(status, paymentStatus);
        expect(transferReceiptSkip(part) === null).toBe(canDo("MARK_PAID", part));
      }
    }
  });
});
