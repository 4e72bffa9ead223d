import { describe, expect, it } from "vitest";
import { ruleKind, shippingFee, shippingRuleOf, startedKilograms } from "./shipping";

describe("delivery fees from a producer's rule", () => {
  it("charges the site's flat fee when the producer set nothing", () => {
    const rule = shippingRuleOf({ shippingFlatVnd: null, shippingPerKgVnd: null, shippingFreeAboveVnd: null }, 30000);
    expect(shippingFee(rule, { subtotalVnd: 2_000_000, weightGrams: 5000 })).toBe(30000);
    expect(ruleKind(rule)).toBe("FLAT");
  });

  it("adds an amount per started kilogram", () => {
    const rule = shippingRuleOf({ shippingFlatVnd: 15000, shippingPerKgVnd: 5000, shippingFreeAboveVnd: null }, 30000);
    // 2.4 kg starts three kilograms: 15,000 + 3 × 5,000.
    expect(shippingFee(rule, { subtotalVnd: 100000, weightGrams: 2400 })).toBe(30000);
    expect(shippingFee(rule, { subtotalVnd: 100000, weightGrams: 1000 })).toBe(20000);
    expect(ruleKind(rule)).toBe("BY_WEIGHT");
    expect(startedKilograms(1001)).toBe(2);
  });

  it("is free from the producer's threshold up, not below it", () => {
    const rule = shippingRuleOf({ shippingFlatVnd: 25000, shippingPerKgVnd: null, shippingFreeAboveVnd: 500000 }, 30000);
    expect(shippingFee(rule, { subtotalVnd: 499000, weightGrams: 0 })).toBe(25000);
    expect(shippingFee(rule, { subtotalVnd: 500000, weightGrams: 0 })).toBe(0);
  });
});
