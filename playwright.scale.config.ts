import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { CHROMIUM } from "./tests/support/chromium";
import { pinnedClockEnv } from "./tests/support/clock.ts";

const PORT = Number(process.env.SCALE_PORT ?? 3200);
/** Where scripts/scale-server.ts tells the tests how to reach each instance and the database. */
/** Both instances, the seed and the tests share one pinned clock (tests/support/clock.ts). */
const CLOCK = pinnedClockEnv();
export const SCALE_STATE_FILE = process.env.SCALE_STATE_FILE ?? path.join(os.tmpdir(), `ocop-scale-${PORT}.json`);

/**
 * `npm run test:scale`: two production instances on one PostgreSQL behind nginx round-robin
 * (scripts/scale-server.ts). Requests go through nginx unless a test asks one instance directly.
 */
export default defineConfig({
  testDir: "tests/scale",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: CHROMIUM,
  },
  webServer: {
    command: "tsx scripts/scale-server.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { SCALE_PORT: String(PORT), SCALE_STATE_FILE, ...CLOCK },
  },
});
