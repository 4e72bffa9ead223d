/** Booth allocation rules for trade fairs: pure, so the database code only applies them under a lock. */
export function freeBoothNumbers(capacity: number, taken: readonly number[]): number[] {
  const used = new Set(taken);
  const free: number[] = [];
  for (let n = 1; n <= capacity; n++) if (!used.has(n)) free.push(n);
  return free;
}

export function canApprove({ capacity, taken, requested }: { capacity: number; taken: readonly number[]; requested: number }): boolean {
  return requested > 0 && freeBoothNumbers(capacity, taken).length >= requested;
}

export type EligibilityProblem = "REGISTRATION_CLOSED" | "DEADLINE_PASSED" | "TOO_MANY_BOOTHS" | "NO_PRODUCTS" | "STARS_TOO_LOW";

export function isEligibleForFair(input: {
  productStars: readonly (number | null)[];
  minStars: number;
  boothCount: number;
  maxBooths: number;
  deadline: Date;
  now: Date;
  registrationOpen: boolean;
}): { ok: true } | { ok: false; reason: EligibilityProblem } {
  if (!input.registrationOpen) return { ok: false, reason: "REGISTRATION_CLOSED" };
  if (input.now.getTime() > input.deadline.getTime()) return { ok: false, reason: "DEADLINE_PASSED" };
  if (!Number.isInteger(input.boothCount) || input.boothCount < 1 || input.boothCount > input.maxBooths) {
    return { ok: false, reason: "TOO_MANY_BOOTHS" };
  }
  if (input.productStars.length === 0) return { ok: false, reason: "NO_PRODUCTS" };
  if (input.productStars.some((stars) => stars === null || stars < input.minStars)) return { ok: false, reason: "STARS_TOO_LOW" };
  return { ok: true };
}
