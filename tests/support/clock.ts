/**
 * The clock every test run starts from (docs/time.md). Unit and integration tests, the end-to-end
 * server, the scale servers and the seeds they run all read lib/clock.ts pinned to this instant and
 * flowing from there, so the suite gives the same result whatever the wall clock says.
 *
 * Half past midnight in Vietnam on the demo data's reference day: the UTC date is still the day
 * before, so anything that takes "today" from a UTC date shows up as a failure.
 */
// With its extension: vitest.config.ts and the Playwright configs load this file outside any bundler.
import { DEMO_REFERENCE_DATE } from "../../prisma/seed/reference-date.ts";

const TEST_CLOCK_NOW = `${DEMO_REFERENCE_DATE}T00:30:00+07:00`;

/**
 * The environment that pins lib/clock.ts in a process and every process it starts: one instant and
 * the wall-clock moment it corresponds to, fixed once per run (the first caller's), so several
 * processes share one timeline to the millisecond.
 */
export function pinnedClockEnv(): { CLOCK_NOW: string; CLOCK_PINNED_AT: string } {
  process.env.CLOCK_PINNED_AT ??= String(Date.now());
  process.env.CLOCK_NOW ??= TEST_CLOCK_NOW;
  return { CLOCK_NOW: process.env.CLOCK_NOW, CLOCK_PINNED_AT: process.env.CLOCK_PINNED_AT };
}
