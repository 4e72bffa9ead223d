import { describe, expect, it } from "vitest";
import { priceOrder } from "./pricing";

const flat = { flatVnd: 30000, perKgVnd: 0, freeAboveVnd: null };

describe("pricing an order", () => {
  it("sums lines per producer and charges each producer's delivery once", () => {
    const priced = priceOrder(
      [
        { productId: "tea", producerId: "a", unitPriceVnd: 150000, quantity: 2, weightGrams: 250 },
        { productId: "honey", producerId: "a", unitPriceVnd: 200000, quantity: 1, weightGrams: 700 },
        { productId: "broom", producerId: "b", unitPriceVnd: 45000, quantity: 3, weightGrams: 600 },
      ],
      (producerId) => (producerId === "a" ? { flatVnd: 20000, perKgVnd: 10000, freeAboveVnd: null } : flat),
    );
    // Producer a: 500,000 of goods weighing 1.2 kg → 20,000 + 2 started kg × 10,000.
    expect(priced.groups.map((g) => [g.producerId, g.subtotalVnd, g.shippingVnd])).toEqual([
      ["a", 500000, 40000],
      ["b", 135000, 30000],
    ]);
    expect(priced.totalVnd).toBe(500000 + 135000 + 40000 + 30000);
  });

  it("drops the fee when the producer's free-delivery threshold is reached", () => {
    const priced = priceOrder([{ productId: "tea", producerId: "a", unitPriceVnd: 300000, quantity: 2, weightGrams: 0 }], () => ({ flatVnd: 30000, perKgVnd: 0, freeAboveVnd: 500000 }));
    expect(priced.shippingVnd).toBe(0);
  });
});
