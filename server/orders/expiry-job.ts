import "server-only";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/server/infra/db";
import { expireUnpaidOrdersIn } from "./mutations";

/** Arbitrary but fixed: every instance asks PostgreSQL for the same advisory lock. */
const EXPIRY_LOCK_KEY = 61_001;

/**
 * The scheduled run: only the instance that wins the transaction-scoped advisory lock does the work,
 * the others return at once (null). The lock ends with the transaction, so a crashed instance never
 * holds it.
 */
export async function runExpiryJob(now: Date = clockNow()): Promise<number | null> {
  return db.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${EXPIRY_LOCK_KEY}) AS locked`;
      if (!locked) return null;
      return expireUnpaidOrdersIn(tx, now);
    },
    { maxWait: 15_000, timeout: 60_000 },
  );
}

export const EXPIRY_INTERVAL_MS = 60_000;
