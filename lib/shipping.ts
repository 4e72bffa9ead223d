/**
 * Delivery fees from each producer's own rule, per part of an order (one parcel per producer):
 * a flat fee, plus an amount per started kilogram when the producer charges by weight, and nothing at
 * all from an amount of goods up. Pure, so the product page, the cart and the order use the same sums.
 */
export interface ShippingRule {
  flatVnd: number;
  /** Per started kilogram of the parcel (0: weight does not matter). */
  perKgVnd: number;
  /** Goods worth this much or more travel free (null: never free). */
  freeAboveVnd: number | null;
}

export interface ProducerShippingFields {
  shippingFlatVnd: number | null;
  shippingPerKgVnd: number | null;
  shippingFreeAboveVnd: number | null;
}

/**
 * Bounds of a producer's rule, well above what carriers charge (a parcel across the country costs tens
 * of thousands of đồng), so a slip of the keyboard ("250.0000") is refused rather than shown to buyers.
 * The refusals name them (messages/<locale>/forms.json, shipping…TooLarge).
 */
export const SHIPPING_LIMITS = { flatVnd: 1_000_000, perKgVnd: 500_000, freeAboveVnd: 100_000_000 } as const;

/** A producer's rule; without a flat fee of its own it charges the site's default. */
export function shippingRuleOf(producer: ProducerShippingFields, defaultFlatVnd: number): ShippingRule {
  return {
    flatVnd: producer.shippingFlatVnd ?? defaultFlatVnd,
    perKgVnd: producer.shippingPerKgVnd ?? 0,
    freeAboveVnd: producer.shippingFreeAboveVnd ?? null,
  };
}

/** Kilograms started: 1 g to 1,000 g is one, 1,001 g two. Units without a weight count as nothing. */
export function startedKilograms(grams: number): number {
  return grams <= 0 ? 0 : Math.ceil(grams / 1000);
}

export function shippingFee(rule: ShippingRule, parcel: { subtotalVnd: number; weightGrams: number }): number {
  if (rule.freeAboveVnd !== null && parcel.subtotalVnd >= rule.freeAboveVnd) return 0;
  return rule.flatVnd + rule.perKgVnd * startedKilograms(parcel.weightGrams);
}

/** What the rule says, for the product page and the cart's explanation. */
export type ShippingRuleKind = "FREE" | "FLAT" | "BY_WEIGHT";

export function ruleKind(rule: ShippingRule): ShippingRuleKind {
  if (rule.flatVnd === 0 && rule.perKgVnd === 0) return "FREE";
  return rule.perKgVnd > 0 ? "BY_WEIGHT" : "FLAT";
}
