/** Totals of an order from database prices and each producer's delivery rule (lib/shipping.ts). Pure. */
import { shippingFee, type ShippingRule } from "@/lib/shipping";

export interface PricedLine {
  productId: string;
  producerId: string;
  unitPriceVnd: number;
  quantity: number;
  /** Weight of one unit (0 when unknown). */
  weightGrams: number;
}

export interface PricedGroup<L extends PricedLine> {
  producerId: string;
  lines: (L & { lineTotalVnd: number })[];
  subtotalVnd: number;
  weightGrams: number;
  shippingVnd: number;
}

/** One parcel per producer: its goods, its weight and its delivery fee from that producer's rule. */
export function priceOrder<L extends PricedLine>(lines: readonly L[], ruleOf: (producerId: string) => ShippingRule) {
  const groups = new Map<string, PricedGroup<L>>();
  for (const line of lines) {
    const group = groups.get(line.producerId) ?? { producerId: line.producerId, lines: [], subtotalVnd: 0, weightGrams: 0, shippingVnd: 0 };
    const lineTotalVnd = line.unitPriceVnd * line.quantity;
    group.lines.push({ ...line, lineTotalVnd });
    group.subtotalVnd += lineTotalVnd;
    group.weightGrams += line.weightGrams * line.quantity;
    groups.set(line.producerId, group);
  }
  const list = [...groups.values()];
  for (const group of list) group.shippingVnd = shippingFee(ruleOf(group.producerId), group);
  const subtotalVnd = list.reduce((sum, g) => sum + g.subtotalVnd, 0);
  const shippingVnd = list.reduce((sum, g) => sum + g.shippingVnd, 0);
  return { groups: list, subtotalVnd, shippingVnd, totalVnd: subtotalVnd + shippingVnd };
}
