/**
 * The rules of the throttle kit (server/infra/throttle.ts stores the state in PostgreSQL): how one
 * counted attempt changes a key's state, and how long the key must wait. Pure, so they are tested alone.
 *
 * Two kinds of rule:
 * - a ceiling: `limit` attempts per fixed window of `windowSeconds`; past it, refused until the window ends;
 * - a backoff: `limit` attempts may come as fast as they like, then each further one must wait twice
 *   as long as the one before (from `backoff.baseSeconds` to at most `backoff.maxSeconds`). Every attempt restarts the window, so a key
 *   is forgotten only after `windowSeconds` without attempts. A backoff slows a guesser down
 *   exponentially but never shuts anyone out for longer than `maxSeconds`.
 */
export interface ThrottleRule {
  /** Names the rule in keys and logs: "login:account-address". */
  name: string;
  limit: number;
  windowSeconds: number;
  backoff?: { baseSeconds: number; maxSeconds: number };
}

/** A key's state; times in epoch milliseconds. */
export interface ThrottleState {
  count: number;
  windowEndsAt: number;
  blockedUntil: number | null;
}

/** Milliseconds before the key may try again (0: now). */
export function waitMs(state: ThrottleState | null, now: number): number {
  if (!state?.blockedUntil) return 0;
  return Math.max(0, state.blockedUntil - now);
}

/** The state after one more counted attempt at `now`. */
export function afterAttempt(rule: ThrottleRule, state: ThrottleState | null, now: number): ThrottleState {
  const fresh = !state || state.windowEndsAt <= now;
  const count = fresh ? 1 : state.count + 1;
  if (rule.backoff) {
    const { baseSeconds, maxSeconds } = rule.backoff;
    const seconds = count >= rule.limit ? Math.min(maxSeconds, baseSeconds * 2 ** (count - rule.limit)) : 0;
    return { count, windowEndsAt: now + rule.windowSeconds * 1000, blockedUntil: seconds > 0 ? now + seconds * 1000 : null };
  }
  const windowEndsAt = fresh ? now + rule.windowSeconds * 1000 : state.windowEndsAt;
  return { count, windowEndsAt, blockedUntil: count >= rule.limit ? windowEndsAt : null };
}

/** Whether a stored state can be forgotten: its window is over and it blocks nothing. */
export function isExpired(state: ThrottleState, now: number): boolean {
  return state.windowEndsAt <= now && waitMs(state, now) === 0;
}
