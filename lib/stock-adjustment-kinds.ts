/**
 * How a producer changes a product's stock by hand (orders change it on their own): goods received,
 * goods damaged or taken off, a stocktake, a correction. Shared by the studio's stock form (which
 * must not ship zod) and the schema.
 */
export const STOCK_ADJUSTMENT_KINDS = ["RECEIVED", "DAMAGED", "STOCKTAKE", "CORRECTION"] as const;
