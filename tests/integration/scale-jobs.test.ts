import { describe, expect, it } from "vitest";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/server/infra/db";
import { tickJob, type Job } from "@/server/infra/jobs/scheduler";
import { createPrismaClient } from "@/server/infra/prisma-client";
import { unique } from "../factories";

const HOUR = 3_600_000;

function countingJob(delayMs = 0) {
  const runs: Date[] = [];
  const job: Job = {
    name: unique("job"),
    periodMs: HOUR,
    async run(now) {
      runs.push(now);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return { run: runs.length };
    },
  };
  return { job, runs };
}

describe("scheduled jobs across instances", () => {
  it("two instances ticking at once run the job once", async () => {
    // A second client with its own pool plays the second instance.
    const other = createPrismaClient(process.env.DATABASE_URL);
    try {
      const { job, runs } = countingJob(300);
      const now = clockNow();
      const outcomes = await Promise.all([tickJob(db, job, now), tickJob(other, job, now)]);
      expect(outcomes.sort()).toEqual(["busy", "ran"]);
      expect(runs).toHaveLength(1);
      const row = await db.jobRun.findUniqueOrThrow({ where: { name: job.name } });
      expect(row.lastRunAt.toISOString()).toBe(now.toISOString());
      expect(row.lastResult).toEqual({ run: 1 });
    } finally {
      await other.$disconnect();
    }
  });

  it("a later tick within the period does nothing; after the period the job runs again", async () => {
    const { job, runs } = countingJob();
    const start = clockNow();
    expect(await tickJob(db, job, start)).toBe("ran");
    expect(await tickJob(db, job, new Date(start.getTime() + HOUR / 2))).toBe("not-due");
    expect(runs).toHaveLength(1);
    expect(await tickJob(db, job, new Date(start.getTime() + HOUR))).toBe("ran");
    expect(runs).toHaveLength(2);
  });

  it("a failing run records nothing, so the next tick tries again", async () => {
    const name = unique("job");
    const failing: Job = { name, periodMs: HOUR, run: () => Promise.reject(new Error("boom")) };
    await expect(tickJob(db, failing, clockNow())).rejects.toThrow("boom");
    expect(await db.jobRun.findUnique({ where: { name } })).toBeNull();
  });
});
