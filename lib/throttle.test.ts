import { describe, expect, it } from "vitest";
import { afterAttempt, isExpired, waitMs, type ThrottleRule, type ThrottleState } from "./throttle";

const ceiling: ThrottleRule = { name: "t", limit: 3, windowSeconds: 60 };
const backoff: ThrottleRule = { name: "b", limit: 3, windowSeconds: 3600, backoff: { baseSeconds: 30, maxSeconds: 900 } };

function attempts(rule: ThrottleRule, times: number[]): ThrottleState {
  let state: ThrottleState | null = null;
  for (const at of times) state = afterAttempt(rule, state, at);
  return state!;
}

describe("a ceiling", () => {
  it("allows `limit` attempts in a window, then refuses until the window ends", () => {
    expect(waitMs(attempts(ceiling, [0, 1000]), 1000)).toBe(0);
    const full = attempts(ceiling, [0, 1000, 2000]);
    expect(waitMs(full, 2000)).toBe(58_000);
    expect(waitMs(full, 60_000)).toBe(0);
  });

  it("starts a new window once the old one is over", () => {
    const state = attempts(ceiling, [0, 1000, 2000, 61_000]);
    expect(state).toEqual({ count: 1, windowEndsAt: 121_000, blockedUntil: null });
  });
});

describe("a backoff", () => {
  it("lets `limit` attempts through, then doubles the wait with every further one up to the maximum", () => {
    const at = (n: number) => Array.from({ length: n }, (_, i) => i);
    expect(waitMs(attempts(backoff, at(2)), 1)).toBe(0);
    expect(waitMs(attempts(backoff, at(3)), 2)).toBe(30_000);
    expect(waitMs(attempts(backoff, at(4)), 3)).toBe(60_000);
    expect(waitMs(attempts(backoff, at(5)), 4)).toBe(120_000);
    // 30 s × 2^6 = 32 minutes, capped at 15: an owner is slowed, never shut out for longer.
    expect(waitMs(attempts(backoff, at(9)), 8)).toBe(900_000);
  });

  it("forgets a key after a quiet window, and only then", () => {
    const state = attempts(backoff, [0, 1, 2, 3]);
    expect(isExpired(state, 3 + 3_599_000)).toBe(false);
    expect(isExpired(state, 3 + 3_600_000)).toBe(true);
    expect(afterAttempt(backoff, state, 3 + 3_600_000).count).toBe(1);
  });
});
