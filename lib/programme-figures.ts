/**
 * Pure rules behind the programme's figures: the metrics a target may name, the day a programme's
 * figures are counted on, and how far a target has come. No I/O: server/programme counts in SQL and
 * uses these to frame the result. Definitions of each metric: docs/programme.md.
 */
import type { IsoDay } from "./clock";

/** The metric keys a ProgrammeTarget may name; each one is computed from the data. */
export const PROGRAMME_METRICS = [
  "products_3star_plus",
  "tourism_products",
  "upgrades_3_to_4",
  "upgrades_4_to_5",
  "new_economic_organisations",
  "stalls_supported",
  "producers_all_commitments",
  "communes_with_team",
  "staff_trained",
] as const;
export type ProgrammeMetric = (typeof PROGRAMME_METRICS)[number];

export function isProgrammeMetric(value: string): value is ProgrammeMetric {
  return (PROGRAMME_METRICS as readonly string[]).includes(value);
}

/**
 * Metrics that describe a state on a day (how many products are certified, what share of communes has a
 * team) rather than events in the period (upgrades, organisations founded, stalls supported). For a past
 * period the state today is shown beside the state on its last day; events after the period are not
 * the programme's.
 */
export const STATE_METRICS: readonly ProgrammeMetric[] = [
  "products_3star_plus",
  "tourism_products",
  "producers_all_commitments",
  "communes_with_team",
  "staff_trained",
];

/** Metrics expressed as a whole percent. */
export const PERCENT_METRICS: readonly ProgrammeMetric[] = ["producers_all_commitments", "communes_with_team", "staff_trained"];

export const COMMITMENT_KINDS = ["FOOD_SAFETY", "PACKAGING", "LABELS", "QUALITY_MANAGEMENT", "TRACEABILITY"] as const;

export interface ProgrammePeriod {
  /** First and last day of the period (whole calendar years). */
  start: IsoDay;
  end: IsoDay;
  /** The day the figures are counted on: today while the period runs, its last day once it has ended. */
  asOf: IsoDay;
  /** The period has ended: its figures are frozen as of its last day. */
  frozen: boolean;
  /** The period has begun (events are counted from `start` to `asOf`). */
  started: boolean;
}

/**
 * A programme of whole years, seen on `today`. Before it starts, figures are today's state and no event
 * has happened yet; while it runs, today's; after it ends, as of its last day (31 December of
 * `endYear`), whatever was recorded since about dates after it.
 */
export function programmePeriod(startYear: number, endYear: number, today: IsoDay): ProgrammePeriod {
  const start = `${String(startYear).padStart(4, "0")}-01-01`;
  const end = `${String(endYear).padStart(4, "0")}-12-31`;
  const frozen = today > end;
  return { start, end, asOf: frozen ? end : today, frozen, started: today >= start };
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
