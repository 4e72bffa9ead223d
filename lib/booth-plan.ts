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

/** Whether a fair takes booth requests at `now`: open for registration and not past its deadline. */
export function registrationProblem(fair: { registrationOpen: boolean; deadline: Date }, now: Date): "REGISTRATION_CLOSED" | "DEADLINE_PASSED" | null {
  if (!fair.registrationOpen) return "REGISTRATION_CLOSED";
  if (now.getTime() > fair.deadline.getTime()) return "DEADLINE_PASSED";
  return null;
}

export function isEligibleForFair(input: {
  productStars: readonly (number | null)[];
  minStars: number;
  boothCount: number;
  maxBooths: number;
  deadline: Date;
  now: Date;
  registrationOpen: boolean;
}): { ok: true } | { ok: false; reason: EligibilityProblem } {
  const closed = registrationProblem(input, input.now);
  if (closed) return { ok: false, reason: closed };
  if (!Number.isInteger(input.boothCount) || input.boothCount < 1 || input.boothCount > input.maxBooths) {
    return { ok: false, reason: "TOO_MANY_BOOTHS" };
  }
  if (input.productStars.length === 0) return { ok: false, reason: "NO_PRODUCTS" };
  if (input.productStars.some((stars) => stars === null || stars < input.minStars)) return { ok: false, reason: "STARS_TOO_LOW" };
  return { ok: true };
}

/**
 * What a producer pays for its booths: the fee per booth times the count, less the organiser's
 * subsidy (a percentage, rounded to the đồng). The studio shows it before the request is sent and the
 * exhibitor list shows it per exhibitor.
 */
export function boothFee({ feeVnd, subsidyPercent, boothCount }: { feeVnd: number; subsidyPercent: number; boothCount: number }): { gross: number; subsidy: number; net: number } {
  const gross = feeVnd * boothCount;
  const subsidy = Math.round((gross * subsidyPercent) / 100);
  return { gross, subsidy, net: gross - subsidy };
}

export type BoothChoiceProblem = "FORMAT" | "WRONG_COUNT" | "OUT_OF_RANGE" | "TAKEN";

/**
 * Booth numbers an officer chose, typed as "5, 6", "5 6" or a range "5-6": exactly `count` distinct
 * numbers between 1 and the fair's capacity, none taken by another request. Empty input means "the
 * lowest free ones" (null). A refusal says why, and names the numbers already taken.
 */
export function chosenBoothNumbers(
  text: string,
  { count, capacity, taken }: { count: number; capacity: number; taken: readonly number[] },
): { ok: true; numbers: number[] | null } | { ok: false; problem: Exclude<BoothChoiceProblem, "TAKEN"> } | { ok: false; problem: "TAKEN"; taken: number[] } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, numbers: null };
  const numbers: number[] = [];
  for (const part of trimmed.split(/[\s,;]+/).filter(Boolean)) {
    const range = /^(\d{1,4})\s*[-–]\s*(\d{1,4})$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to < from || to - from > 100) return { ok: false, problem: "FORMAT" };
      for (let n = from; n <= to; n++) numbers.push(n);
    } else if (/^\d{1,4}$/.test(part)) numbers.push(Number(part));
    else return { ok: false, problem: "FORMAT" };
  }
  const distinct = [...new Set(numbers)].sort((a, b) => a - b);
  if (distinct.length !== count) return { ok: false, problem: "WRONG_COUNT" };
  if (distinct.some((n) => n < 1 || n > capacity)) return { ok: false, problem: "OUT_OF_RANGE" };
  // The ones already given are named, so the officer knows which to change.
  const clashes = distinct.filter((n) => taken.includes(n));
  if (clashes.length > 0) return { ok: false, problem: "TAKEN", taken: clashes };
  return { ok: true, numbers: distinct };
}

/** Where a fair stands on a Vietnamese calendar day (IsoDay strings compare as days). */
export function fairPhase(fair: { startsOn: string; endsOn: string }, today: string): "upcoming" | "ongoing" | "ended" {
  if (today < fair.startsOn) return "upcoming";
  return today > fair.endsOn ? "ended" : "ongoing";
}

/** Why a bulk decision leaves a picked request alone. */
export type BulkBoothSkip = "ALREADY_DECIDED" | "WITHDRAWN" | "NO_BOOTHS";

/** Whether an officer may still decide a request: the single decisions accept pending and waitlisted ones only. */
export function undecidableReason(status: string): Exclude<BulkBoothSkip, "NO_BOOTHS"> | null {
  if (status === "PENDING" || status === "WAITLISTED") return null;
  return status === "WITHDRAWN" ? "WITHDRAWN" : "ALREADY_DECIDED";
}

/**
 * A bulk approval of ticked requests, first come first served (`requests` in order of arrival): each
 * decidable request gets the lowest booths still free, exactly as a single approval with no numbers
 * chosen does, or is skipped whole when too few are left (never fewer booths than it asked for). A
 * later, smaller request may still fit where an earlier one did not. The preview and the transaction
 * both run this, the transaction on the booths it read under the fair's lock.
 */
export function planBulkApproval<R extends { id: string; status: string; boothCount: number }>(
  requests: readonly R[],
  free: readonly number[],
): ({ request: R; booths: number[]; skipped?: undefined } | { request: R; booths?: undefined; skipped: BulkBoothSkip })[] {
  let left = [...free];
  return requests.map((request) => {
    const undecidable = undecidableReason(request.status);
    if (undecidable) return { request, skipped: undecidable };
    if (left.length < request.boothCount) return { request, skipped: "NO_BOOTHS" as const };
    const booths = left.slice(0, request.boothCount);
    left = left.slice(request.boothCount);
    return { request, booths };
  });
}
