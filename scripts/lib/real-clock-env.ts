/**
 * The environment without `npm run test:time-travel`'s moved clock (libfaketime in LD_PRELOAD, FAKETIME),
 * for the two programs that cannot run under it (scripts/time-travel.ts):
 * - Chromium hangs at start-up (`chromium --headless --dump-dom` never returns);
 * - nginx's worker reads the real clock while its master read the moved one, so an upstream it marked
 *   failed (at start, before the app listened) stays failed for five years: "no live upstreams".
 * Neither decides anything the tests check by the clock: the browser is the visitor's machine, whose clock
 * no page trusts, and nginx only passes requests on. Outside time travel, the environment is unchanged.
 */
export function withoutMovedClock(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (!env.FAKETIME) return env;
  const rest = { ...env };
  const preload = (rest.LD_PRELOAD ?? "").split(":").filter((library) => library && !library.includes("faketime"));
  delete rest.FAKETIME;
  delete rest.FAKETIME_DONT_FAKE_MONOTONIC;
  if (preload.length > 0) rest.LD_PRELOAD = preload.join(":");
  else delete rest.LD_PRELOAD;
  return rest;
}
