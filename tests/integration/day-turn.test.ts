import { afterEach, describe, expect, it } from "vitest";
import { SharedTagCache } from "@/server/infra/cache-handler/shared-tags.mjs";
import type { IncrementalCacheValue } from "@/server/infra/cache-handler/entries.mjs";
import { db } from "@/server/infra/db";
import { DAY_TURN_JOB, turnTheDay } from "@/server/infra/jobs/day-turn";
import { tickJob } from "@/server/infra/jobs/scheduler";

/** A stored home page built from catalogue reads, as Next's full-route cache keeps it. */
function homePage(html: string): IncrementalCacheValue {
  return {
    kind: "APP_PAGE",
    html,
    rscData: undefined,
    headers: { "x-next-cache-tags": "catalogue,fairs,_N_T_/vi" },
    postponed: undefined,
    status: 200,
    segmentData: undefined,
  } as unknown as IncrementalCacheValue;
}

const open: SharedTagCache[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((cache) => cache.close()));
});

async function until(check: () => boolean): Promise<boolean> {
  for (let waited = 0; waited < 3_000; waited += 20) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return check();
}

describe("the day turns at midnight in Vietnam", () => {
  it("expires pages that show today's badges on every instance, once, when Vietnam's day changes", async () => {
    // Another instance with the home page in its memory (the job's own process has no cache handler here).
    const other = new SharedTagCache({ connectionString: process.env.DATABASE_URL, maxBytes: 10_000_000, log: { warn: () => undefined, error: () => undefined } });
    open.push(other);
    await other.start();
    const job = { name: DAY_TURN_JOB, periodMs: 60_000, run: turnTheDay };

    other.set("/vi", homePage("28/11"));
    // The first run ever has no earlier day to compare with: nothing is expired.
    expect(await tickJob(db, job, new Date("2026-11-28T23:58:00+07:00"))).toBe("ran");
    expect((await db.jobRun.findUniqueOrThrow({ where: { name: DAY_TURN_JOB } })).lastResult).toEqual({ day: "2026-11-28", expired: false });
    expect(await until(() => other.get("/vi") === null)).toBe(false);
    // 23:59:30 is still 28 November in Vietnam: the page stays.
    expect(await tickJob(db, job, new Date("2026-11-28T23:59:30+07:00"))).toBe("ran");
    expect((await db.jobRun.findUniqueOrThrow({ where: { name: DAY_TURN_JOB } })).lastResult).toEqual({ day: "2026-11-28", expired: false });
    expect(await until(() => other.get("/vi") === null)).toBe(false);

    // 00:00:45 on 29 November in Vietnam (still 28 November in UTC): expired everywhere.
    expect(await tickJob(db, job, new Date("2026-11-29T00:00:45+07:00"))).toBe("ran");
    expect((await db.jobRun.findUniqueOrThrow({ where: { name: DAY_TURN_JOB } })).lastResult).toEqual({ day: "2026-11-29", expired: true });
    expect(await until(() => other.get("/vi") === null)).toBe(true);

    // A page built after midnight stays until the next day.
    other.set("/vi", homePage("29/11"));
    expect(await tickJob(db, job, new Date("2026-11-29T07:30:00+07:00"))).toBe("ran");
    expect(await until(() => other.get("/vi") === null)).toBe(false);
  });
});
