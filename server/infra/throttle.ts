import "server-only";
import { createHash } from "node:crypto";
import { nowMs } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { afterAttempt, waitMs, type ThrottleRule, type ThrottleState } from "@/lib/throttle";
import { db } from "@/server/infra/db";

/**
 * The throttle kit: counters in PostgreSQL (table `throttles`), so every app instance sees the same
 * counts, with the rules of lib/throttle.ts. A check is a rule and the thing it counts (an account and
 * an address, an order code, a producer…). Keys are stored as hashes: the table holds no email address
 * or IP address in clear. Rows whose window is over are deleted by the `prune-throttles` job.
 *
 * - `takeAttempt`: for endpoints where every attempt counts (placing an order, sending an idea,
 *   uploading): refuses when any check is blocked, otherwise counts the attempt against all of them.
 * - `assertNotThrottled` + `recordAttempt` + `clearAttempts`: for endpoints where only failures count
 *   (signing in, proving an order's contact): check first, count the failure, clear on success.
 */
export interface ThrottleCheck {
  rule: ThrottleRule;
  key: string;
}

export type { ThrottleRule };

interface Row {
  key: string;
  count: number;
  windowEndsAt: Date;
  blockedUntil: Date | null;
}

function storedKey({ rule, key }: ThrottleCheck): string {
  return `${rule.name}:${createHash("sha256").update(key).digest("base64url").slice(0, 32)}`;
}

function stateOf(row: Row | undefined): ThrottleState | null {
  return row ? { count: row.count, windowEndsAt: row.windowEndsAt.getTime(), blockedUntil: row.blockedUntil?.getTime() ?? null } : null;
}

/** A form shows "try again in N minutes" (forms.json `throttled`); `retryAfterSeconds` for HTTP answers. */
function refusal(wait: number): AppError {
  const retryAfterSeconds = Math.ceil(wait / 1000);
  return new AppError("RATE_LIMITED", "throttled", { reason: "throttled", minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)), retryAfterSeconds });
}

/** Milliseconds before all these checks allow an attempt (0: now). Counts nothing. */
export async function throttleWait(checks: readonly ThrottleCheck[]): Promise<number> {
  if (checks.length === 0) return 0;
  const keys = checks.map(storedKey);
  const rows = await db.$queryRaw<Row[]>`
    SELECT key, count, "windowEndsAt", "blockedUntil" FROM throttles WHERE key = ANY(${keys}::text[])`;
  const now = nowMs();
  return Math.max(0, ...rows.map((row) => waitMs(stateOf(row), now)));
}

/** Throws RATE_LIMITED (with `retryAfterSeconds`) while any of these checks is blocked. */
export async function assertNotThrottled(checks: readonly ThrottleCheck[]): Promise<void> {
  const wait = await throttleWait(checks);
  if (wait > 0) throw refusal(wait);
}

/**
 * Counts one attempt against each check; with `refuseWhenBlocked`, first refuses (and counts nothing)
 * when any is blocked. One transaction with the rows locked in key order, so concurrent attempts on
 * several instances are counted exactly and never deadlock.
 */
async function attempt(checks: readonly ThrottleCheck[], refuseWhenBlocked: boolean): Promise<void> {
  const byKey = new Map(checks.map((check) => [storedKey(check), check.rule]));
  const keys = [...byKey.keys()].sort();
  if (keys.length === 0) return;
  await db.$transaction(async (tx) => {
    const now = nowMs();
    await tx.$executeRaw`
      INSERT INTO throttles (key, count, "windowEndsAt") SELECT k, 0, to_timestamp(0) FROM unnest(${keys}::text[]) AS k
      ON CONFLICT (key) DO NOTHING`;
    const rows = await tx.$queryRaw<Row[]>`
      SELECT key, count, "windowEndsAt", "blockedUntil" FROM throttles WHERE key = ANY(${keys}::text[]) ORDER BY key FOR UPDATE`;
    const states = rows.map((row) => ({ key: row.key, state: row.count === 0 ? null : stateOf(row) }));
    if (refuseWhenBlocked) {
      const wait = Math.max(0, ...states.map(({ state }) => waitMs(state, now)));
      if (wait > 0) throw refusal(wait);
    }
    for (const { key, state } of states) {
      const next = afterAttempt(byKey.get(key)!, state, now);
      await tx.$executeRaw`
        UPDATE throttles SET count = ${next.count}, "windowEndsAt" = ${new Date(next.windowEndsAt)},
          "blockedUntil" = ${next.blockedUntil === null ? null : new Date(next.blockedUntil)}
        WHERE key = ${key}`;
    }
  }, { maxWait: 10_000, timeout: 10_000 });
}

/** Refuses with RATE_LIMITED while any check is blocked; otherwise counts this attempt against each. */
export function takeAttempt(checks: readonly ThrottleCheck[]): Promise<void> {
  return attempt(checks, true);
}

/** Counts an attempt (a failure, for endpoints that count only those) against each check. */
export function recordAttempt(checks: readonly ThrottleCheck[]): Promise<void> {
  return attempt(checks, false);
}

/** Forgets these checks' counts (after a success that proves the caller is the owner). */
export async function clearAttempts(checks: readonly ThrottleCheck[]): Promise<void> {
  if (checks.length === 0) return;
  await db.$executeRaw`DELETE FROM throttles WHERE key = ANY(${checks.map(storedKey)}::text[])`;
}

/** Deletes the rows that count nothing any more (the `prune-throttles` job). */
export async function pruneThrottles(now = nowMs()): Promise<number> {
  const at = new Date(now);
  return db.$executeRaw`
    DELETE FROM throttles WHERE "windowEndsAt" <= ${at} AND ("blockedUntil" IS NULL OR "blockedUntil" <= ${at})`;
}
