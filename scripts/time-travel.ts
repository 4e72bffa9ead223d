/**
 * `npm run test:time-travel [-- --ahead | --midnight | --ci] [-- <command…>]`: runs the test suite with
 * the machine's wall clock moved, to prove that nothing but lib/clock.ts (which the tests pin) decides
 * what "now" and "today" are (docs/time.md, docs/development.md).
 *
 * Every process of the run — Node (test runners, the e2e and scale servers, seeds, `next build`),
 * PostgreSQL and nginx — reads the moved clock (Chromium does not: it hangs under libfaketime, so
 * tests/support/chromium.ts starts it without; it plays the visitor's machine, whose clock no page
 * trusts). libfaketime (Debian's `faketime` package) is preloaded through LD_PRELOAD, which every
 * child inherits. The clock is moved by a fixed offset, so it keeps flowing and all processes agree on it; the monotonic clock is left alone (timers, durations).
 *
 * Runs:
 *   --ahead     the wall clock five years ahead (2026 → 2031): certificates, fairs and batches of the
 *               demo data are long past on the wall clock.
 *   --midnight  the wall clock at the next 00:30 in Vietnam (17:30 UTC), when the UTC date is still the
 *               day before; the server's own zone is set far from Vietnam (America/Los_Angeles) too.
 *   --ci        one run with both at once: 00:30 in Vietnam five years ahead, server zone America/Los_Angeles.
 * Default: --ahead, then --midnight. The command defaults to every test stage of `npm test` (lint and
 * typecheck read no clock).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { Temporal } from "temporal-polyfill";

const LIBRARIES = ["/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1", "/usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1", "/usr/lib/faketime/libfaketimeMT.so.1"];
const DEFAULT_COMMAND = ["bash", "-c", "npm run test:unit && npm run test:integration && npm run test:e2e && npm run test:scale"];

interface Run {
  name: string;
  /** Seconds to add to the real clock. */
  offsetSeconds: number;
  zone?: string;
}

const args = process.argv.slice(2);
const separator = args.indexOf("--");
const flags = new Set(separator === -1 ? args : args.slice(0, separator));
const command = separator === -1 ? DEFAULT_COMMAND : args.slice(separator + 1);

const library = LIBRARIES.find((file) => existsSync(file));
if (!library) {
  console.error("libfaketime is not installed: apt-get install faketime (Debian), then run this again.");
  process.exit(2);
}

/** Seconds from the real now until the next 00:30 in Vietnam, `yearsAhead` years later. */
function untilHalfPastMidnightInVietnam(yearsAhead: number): number {
  // eslint-disable-next-line clock/no-wall-clock -- the real clock is what this script moves
  const real = Temporal.Instant.fromEpochMilliseconds(Date.now());
  const inVietnam = real.toZonedDateTimeISO("Asia/Ho_Chi_Minh");
  let target = inVietnam.add({ years: yearsAhead }).with({ hour: 0, minute: 30, second: 0, millisecond: 0, microsecond: 0, nanosecond: 0 });
  if (Temporal.ZonedDateTime.compare(target, inVietnam.add({ years: yearsAhead })) <= 0) target = target.add({ days: 1 });
  return Math.round(real.until(target.toInstant(), { largestUnit: "seconds" }).total({ unit: "seconds" }));
}

/** Five calendar years ahead of the real now, as seconds. */
function fiveYearsAhead(): number {
  // eslint-disable-next-line clock/no-wall-clock -- the real clock is what this script moves
  const real = Temporal.Instant.fromEpochMilliseconds(Date.now());
  const later = real.toZonedDateTimeISO("UTC").add({ years: 5 }).toInstant();
  return Math.round(real.until(later, { largestUnit: "seconds" }).total({ unit: "seconds" }));
}

const runs: Run[] = [];
if (flags.has("--ci")) {
  runs.push({ name: "00:30 in Vietnam, five years ahead (server zone America/Los_Angeles)", offsetSeconds: untilHalfPastMidnightInVietnam(5), zone: "America/Los_Angeles" });
}
if (flags.has("--ahead") || (!flags.has("--ci") && !flags.has("--midnight"))) runs.push({ name: "five years ahead", offsetSeconds: fiveYearsAhead() });
if (flags.has("--midnight") || (!flags.has("--ci") && !flags.has("--ahead"))) {
  runs.push({ name: "00:30 in Vietnam (server zone America/Los_Angeles)", offsetSeconds: untilHalfPastMidnightInVietnam(0), zone: "America/Los_Angeles" });
}

const results: { name: string; wallClock: string; status: number; minutes: number }[] = [];
for (const run of runs) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LD_PRELOAD: [library, process.env.LD_PRELOAD].filter(Boolean).join(":"),
    FAKETIME: `${run.offsetSeconds >= 0 ? "+" : ""}${run.offsetSeconds}`,
    // Timers and durations keep the real monotonic clock; only the calendar moves.
    FAKETIME_DONT_FAKE_MONOTONIC: "1",
    ...(run.zone ? { TZ: run.zone } : {}),
  };
  const wallClock = spawnSync("date", ["-u", "+%Y-%m-%dT%H:%M:%SZ"], { env, encoding: "utf8" }).stdout.trim();
  const vietnam = spawnSync("date", ["+%d/%m/%Y %H:%M"], { env: { ...env, TZ: "Asia/Ho_Chi_Minh" }, encoding: "utf8" }).stdout.trim();
  console.log(`\n=== Time travel: ${run.name} — wall clock ${wallClock} (${vietnam} in Vietnam)${run.zone ? `, TZ=${run.zone}` : ""} ===\n`);
  const started = performance.now();
  const { status } = spawnSync(command[0], command.slice(1), { env, stdio: "inherit" });
  results.push({ name: run.name, wallClock, status: status ?? 1, minutes: Math.round((performance.now() - started) / 6000) / 10 });
}

console.log("\nTime travel results:");
for (const r of results) console.log(`  ${r.status === 0 ? "passed" : "FAILED"}  ${r.name} (wall clock ${r.wallClock}), ${r.minutes} min`);
process.exit(results.every((r) => r.status === 0) ? 0 : 1);
