import "server-only";
import { nowMs } from "@/lib/clock";
import { db } from "@/server/infra/db";
import { afterExpiry, expireDueIn } from "./mutations";

/** Arbitrary but fixed: every instance asks PostgreSQL for the same advisory lock. */
const EXPIRY_LOCK_KEY = 61_001;

/**
 * The scheduled run: only the instance that wins the transaction-scoped advisory lock does the work,
 * the others return at once (null). The lock ends with the transaction, so a crashed instance never
 * holds it. Cached pages and buyers' mails follow once the transaction has committed.
 */
export async function runExpiryJob(now: Date = new Date(nowMs())): Promise<number | null> {
  const result = await db.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${EXPIRY_LOCK_KEY}) AS locked`;
      if (!locked) return null;
      return expireDueIn(tx, now);
    },
    { maxWait: 15_000, timeout: 60_000 },
  );
  if (!result) return null;
  await afterExpiry(result);
  return result.count;
}

export const EXPIRY_INTERVAL_MS = 60_000;
