/**
 * Pure rules behind the programme's live figures: which products count as OCOP products today, which
 * certificate chains are upgrades, and how far a target has come. No I/O: server/programme feeds
 * them rows and renders the result.
 */
import { dayToDate } from "./clock";
import { pickBadge, type CertificateFacts } from "./ocop-stars";

/** The metric keys a ProgrammeTarget may name; each one is computed from the data. */
export const PROGRAMME_METRICS = [
  "products_3star_plus",
  "tourism_products",
  "upgrades_3_to_4",
  "upgrades_4_to_5",
  "new_economic_organisations",
  "showrooms_supported",
  "producers_all_commitments",
] as const;
export type ProgrammeMetric = (typeof PROGRAMME_METRICS)[number];

export function isProgrammeMetric(value: string): value is ProgrammeMetric {
  return (PROGRAMME_METRICS as readonly string[]).includes(value);
}

export const COMMITMENT_KINDS = ["FOOD_SAFETY", "PACKAGING", "LABELS", "QUALITY_MANAGEMENT", "TRACEABILITY"] as const;
export type CommitmentKindCode = (typeof COMMITMENT_KINDS)[number];

export interface CertificateRow extends CertificateFacts {
  productId: string;
}

/** Each product's badge certificate (highest valid 3★+) on `today`; products without one are absent. */
export function badgesByProduct<C extends CertificateRow>(certs: readonly C[], today: Date): Map<string, C> {
  const byProduct = new Map<string, C[]>();
  for (const cert of certs) {
    const list = byProduct.get(cert.productId);
    if (list) list.push(cert);
    else byProduct.set(cert.productId, [cert]);
  }
  const badges = new Map<string, C>();
  for (const [productId, list] of byProduct) {
    const badge = pickBadge(list, today);
    if (badge) badges.set(productId, badge);
  }
  return badges;
}

/**
 * Products whose certificate history went from `from`★ to `to`★: an earlier decision at `from` stars
 * followed by a later one at `to`. Each product counts once however many certificates its chain holds
 * (a re-evaluation at the same stars is not an upgrade). Only upgrades decided in [periodStart,
 * periodEnd] count: the programme measures what happened during its period.
 */
export function upgradedProducts(
  certs: readonly Pick<CertificateRow, "productId" | "stars" | "decisionDate">[],
  from: number,
  to: number,
  periodStart: Date,
  periodEnd: Date,
): string[] {
  const earliestAtFrom = new Map<string, number>();
  for (const cert of certs) {
    if (cert.stars !== from) continue;
    const time = cert.decisionDate.getTime();
    const seen = earliestAtFrom.get(cert.productId);
    if (seen === undefined || time < seen) earliestAtFrom.set(cert.productId, time);
  }
  const upgraded = new Set<string>();
  for (const cert of certs) {
    if (cert.stars !== to) continue;
    const time = cert.decisionDate.getTime();
    const start = earliestAtFrom.get(cert.productId);
    if (start === undefined || time <= start) continue;
    if (time < periodStart.getTime() || time > periodEnd.getTime()) continue;
    upgraded.add(cert.productId);
  }
  return [...upgraded].sort();
}

/** First and last day of a programme's period of whole years, as the @db.Date values of those days. */
export function periodBounds(startYear: number, endYear: number): { start: Date; end: Date } {
  return { start: dayToDate(`${startYear}-01-01`), end: dayToDate(`${endYear}-12-31`) };
}

/** Whole percent (rounded down, so 99.6 % never shows as a finished 100 %); 0 when there is nothing to count. */
export function wholePercent(part: number, total: number): number {
  if (total <= 0) return 0;
  return Math.floor((part * 100) / total);
}

export interface TargetProgress {
  /** Share of the way from baseline to goal, 0–100 (clamped). */
  percent: number;
  reached: boolean;
}

/**
 * How far `now` has come from `baseline` toward `goal`. A target already met at its baseline is 100 %;
 * going backwards shows 0 %, never a negative bar.
 */
export function targetProgress(baseline: number, now: number, goal: number): TargetProgress {
  const reached = now >= goal;
  if (goal <= baseline) return { percent: reached ? 100 : 0, reached };
  const percent = Math.max(0, Math.min(100, Math.floor(((now - baseline) * 100) / (goal - baseline))));
  return { percent, reached };
}

/** Counts of `keys`, sorted by count (descending) then key: the rows of a bar chart. */
export function tally(keys: readonly string[]): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
