import type { LaunchOptions } from "@playwright/test";

/**
 * The environment Chromium starts with. Under `npm run test:time-travel` every process inherits
 * libfaketime through LD_PRELOAD, and Chromium hangs at start-up with it (checked: `chromium --headless
 * --dump-dom` never returns), so the browser alone runs on the real clock. That is the visitor's
 * machine, whose clock the site never trusts: every date a page shows is the server's (lib/clock.ts).
 */
function browserEnv(): NodeJS.ProcessEnv | undefined {
  if (!process.env.FAKETIME) return undefined;
  const env = { ...process.env };
  const preload = (env.LD_PRELOAD ?? "").split(":").filter((library) => library && !library.includes("faketime"));
  delete env.FAKETIME;
  delete env.FAKETIME_DONT_FAKE_MONOTONIC;
  if (preload.length > 0) env.LD_PRELOAD = preload.join(":");
  else delete env.LD_PRELOAD;
  return env;
}

/** Debian's Chromium, never a downloaded browser; we run as root, hence --no-sandbox. */
export const CHROMIUM: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
  env: browserEnv(),
};
