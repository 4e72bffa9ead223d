import "server-only";
import { dayOf } from "@/lib/clock";
import { expireTagsEverywhere } from "@/server/infra/cache-sharing";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";

export const DAY_TURN_JOB = "day-turn";

/**
 * What shows "today": badges and certificate states (catalogue, producers), the programme's figures
 * and its "as of" day, upcoming fairs. Their cached reads are keyed by Vietnam's day, but the pages
 * built from them are stored for up to an hour (ISR): expiring these tags when the day turns makes an
 * expired badge disappear at midnight in Vietnam, not up to an hour later.
 */
const DAY_DEPENDENT_TAGS = [CacheTags.catalogue, CacheTags.producers, CacheTags.programme, CacheTags.fairs] as const;

/**
 * Runs every minute (once across all instances, server/infra/jobs/scheduler.ts): when Vietnam's day
 * has changed since its last run, expires the day-dependent tags on every instance.
 */
export async function turnTheDay(now: Date): Promise<{ day: string; expired: boolean }> {
  const last = await db.jobRun.findUnique({ where: { name: DAY_TURN_JOB }, select: { lastRunAt: true } });
  const day = dayOf(now);
  // No run yet (a new database): nothing was stored on an earlier day, so there is nothing to expire.
  // Expiring anyway rebuilt the search index a minute after every first start, and searches went to
  // PostgreSQL meanwhile.
  const expired = !!last && dayOf(last.lastRunAt) !== day;
  if (expired) await expireTagsEverywhere(db, DAY_DEPENDENT_TAGS);
  return { day, expired };
}
