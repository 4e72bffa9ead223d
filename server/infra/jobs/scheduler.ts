import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { now as clockNow } from "@/lib/clock";
import type { Db } from "@/server/infra/prisma-client";

export interface Job {
  /** Unique across the app: names the advisory lock and the `job_runs` row. */
  name: string;
  periodMs: number;
  run(now: Date): Promise<Prisma.InputJsonValue>;
}

export type TickOutcome = "ran" | "not-due" | "busy";

/**
 * One tick of one job, safe with any number of instances ticking at any moments: the transaction-scoped
 * advisory lock lets one instance in at a time (the others return "busy" without waiting), and the
 * `job_runs.lastRunAt` check inside the lock makes the period's run happen once even when instances
 * tick seconds apart. The lock ends with the transaction, so a crashed instance never keeps it.
 */
export async function tickJob(client: Db, job: Job, now: Date = clockNow()): Promise<TickOutcome> {
  return client.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(hashtext(${job.name})) AS locked`;
      if (!locked) return "busy";
      const last = await tx.jobRun.findUnique({ where: { name: job.name } });
      if (last && now.getTime() - last.lastRunAt.getTime() < job.periodMs) return "not-due";
      const lastResult = await job.run(now);
      await tx.jobRun.upsert({
        where: { name: job.name },
        create: { name: job.name, lastRunAt: now, lastResult },
        update: { lastRunAt: now, lastResult },
      });
      return "ran";
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
