import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { CHROMIUM } from "./tests/support/chromium";
import { pinnedClockEnv } from "./tests/support/clock.ts";

/** Beside the end-to-end server's port unless set: several worktrees run these side by side. */
const PORT = Number(process.env.NATIONAL_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1000);
/** The server, the seed, the generator and the tests share one pinned clock (tests/support/clock.ts). */
const CLOCK = pinnedClockEnv();
/** Where scripts/national-server.ts writes the database URL the tests read. */
export const NATIONAL_STATE_FILE = process.env.NATIONAL_STATE_FILE ?? path.join(os.tmpdir(), `ocop-national-${PORT}.json`);

/**
 * `npm run test:national`: the production build on the demo district plus the national-scale data
 * (scripts/national-server.ts). Page weights and figures at the scale the site is built for.
 */
export default defineConfig({
  testDir: "tests/national",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 120_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: CHROMIUM,
  },
  webServer: {
    command: "tsx scripts/national-server.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { NATIONAL_PORT: String(PORT), NATIONAL_STATE_FILE, ...CLOCK },
  },
});
