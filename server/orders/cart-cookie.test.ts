import { describe, expect, it } from "vitest";
import { addLine, readCart, setLineQuantity, writeCart } from "./cart-cookie";

describe("cart cookie", () => {
  it("round-trips ids and quantities", () => {
    const lines = [{ productId: "a", quantity: 2 }, { productId: "b", quantity: 1 }];
    expect(readCart(writeCart(lines))).toEqual(lines);
  });

  it("ignores anything tampered or malformed instead of trusting it", () => {
    expect(readCart("not json")).toEqual([]);
    expect(readCart(JSON.stringify([["a", -3]]))).toEqual([]);
    expect(readCart(JSON.stringify([["a", 1.5]]))).toEqual([]);
    expect(readCart(JSON.stringify([["a", 99]]))).toEqual([]);
    expect(readCart(JSON.stringify([{ productId: "a", quantity: 1, priceVnd: 1 }]))).toEqual([]);
    expect(readCart(undefined)).toEqual([]);
  });

  it("merges repeated products and removes a line at quantity 0", () => {
    // Capped at the per-buyer maximum of one product (20), however the lines add up.
    const lines = addLine([{ productId: "a", quantity: 18 }], { productId: "a", quantity: 5 });
    expect(lines).toEqual([{ productId: "a", quantity: 20 }]);
    expect(setLineQuantity(lines, "a", 0)).toEqual([]);
    expect(setLineQuantity(lines, "a", 3)).toEqual([{ productId: "a", quantity: 3 }]);
  });
});
