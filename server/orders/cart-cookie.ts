/**
 * The cart lives in a cookie (guests, reloads, no JavaScript) as compact JSON of product ids and
 * quantities only. It is never trusted: read through zod, and prices and stock always come from the
 * database when it is shown or ordered.
 */
import { z } from "zod";
import { MAX_CART_LINES, MAX_LINE_QUANTITY, type CartLine } from "./schemas";

export const CART_COOKIE = "ocop_cart";
/** Units in the cart, readable by the header's script: a number, nothing about what is in it. */
export const CART_COUNT_COOKIE = "ocop_cart_count";

const ZStored = z
  .array(z.tuple([z.string().min(1).max(40), z.number().int().min(1).max(MAX_LINE_QUANTITY)]))
  .max(MAX_CART_LINES);

export function readCart(raw: string | undefined): CartLine[] {
  if (!raw) return [];
  try {
    const parsed = ZStored.safeParse(JSON.parse(raw));
    return parsed.success ? mergeLines(parsed.data.map(([productId, quantity]) => ({ productId, quantity }))) : [];
  } catch {
    return [];
  }
}

export function writeCart(lines: readonly CartLine[]): string {
  return JSON.stringify(lines.map((line) => [line.productId, line.quantity]));
}

/** Same product twice becomes one line; quantities are capped at the per-line maximum. */
export function mergeLines(lines: readonly CartLine[]): CartLine[] {
  const byId = new Map<string, number>();
  for (const line of lines) byId.set(line.productId, Math.min(MAX_LINE_QUANTITY, (byId.get(line.productId) ?? 0) + line.quantity));
  return [...byId].map(([productId, quantity]) => ({ productId, quantity }));
}

export function addLine(lines: readonly CartLine[], line: CartLine): CartLine[] {
  const merged = mergeLines([...lines, line]);
  return merged.length > MAX_CART_LINES ? [...lines] : merged;
}

/** Quantity 0 removes the line. */
export function setLineQuantity(lines: readonly CartLine[], productId: string, quantity: number): CartLine[] {
  const q = Math.min(MAX_LINE_QUANTITY, Math.max(0, Math.trunc(quantity)));
  return q === 0
    ? lines.filter((line) => line.productId !== productId)
    : lines.map((line) => (line.productId === productId ? { productId, quantity: q } : line));
}
