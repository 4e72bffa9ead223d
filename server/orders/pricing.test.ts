import { describe, expect, it } from "vitest";
import { priceOrder } from "./pricing";

describe("priceOrder", () => {
  it("charges one delivery fee per producer and sums lines", () => {
    const priced = priceOrder(
      [
        { productId: "a", producerId: "p1", unitPriceVnd: 120000, quantity: 2 },
        { productId: "b", producerId: "p1", unitPriceVnd: 50000, quantity: 1 },
        { productId: "c", producerId: "p2", unitPriceVnd: 80000, quantity: 3 },
      ],
      30000,
    );
    expect(priced.groups.map((g) => [g.producerId, g.subtotalVnd, g.shippingVnd])).toEqual([
      ["p1", 290000, 30000],
      ["p2", 240000, 30000],
    ]);
    expect(priced).toMatchObject({ subtotalVnd: 530000, shippingVnd: 60000, totalVnd: 590000 });
  });
});
