/** Totals of an order from database prices: one flat delivery fee per producer. Pure. */
export interface PricedLine {
  productId: string;
  producerId: string;
  unitPriceVnd: number;
  quantity: number;
}

export interface PricedGroup<L extends PricedLine> {
  producerId: string;
  lines: (L & { lineTotalVnd: number })[];
  subtotalVnd: number;
  shippingVnd: number;
}

export function priceOrder<L extends PricedLine>(lines: readonly L[], shippingFeeVnd: number) {
  const groups = new Map<string, PricedGroup<L>>();
  for (const line of lines) {
    const group = groups.get(line.producerId) ?? { producerId: line.producerId, lines: [], subtotalVnd: 0, shippingVnd: shippingFeeVnd };
    const lineTotalVnd = line.unitPriceVnd * line.quantity;
    group.lines.push({ ...line, lineTotalVnd });
    group.subtotalVnd += lineTotalVnd;
    groups.set(line.producerId, group);
  }
  const list = [...groups.values()];
  const subtotalVnd = list.reduce((sum, g) => sum + g.subtotalVnd, 0);
  const shippingVnd = list.reduce((sum, g) => sum + g.shippingVnd, 0);
  return { groups: list, subtotalVnd, shippingVnd, totalVnd: subtotalVnd + shippingVnd };
}
