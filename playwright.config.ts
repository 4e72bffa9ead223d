import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM } from "./tests/support/chromium";
import { pinnedClockEnv } from "./tests/support/clock.ts";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** Where scripts/e2e-server.ts writes the address of its second (HTTPS-configured) instance. */
export const E2E_STATE_FILE = process.env.E2E_STATE_FILE ?? path.join(os.tmpdir(), `ocop-e2e-${PORT}.json`);
// The server, the seed it runs and the specs (which inherit this process's environment) share one
// pinned clock (tests/support/clock.ts): the demo data is dated around it, whatever the wall clock says.
const CLOCK = pinnedClockEnv();
// Files run in name order: programme-new-certificate (19 → 20) after programme-dashboard (exactly 19);
// storefront reads the demo's certificate states (the corn liquor's expired one), which journeys renew.
const BASELINE = /(home|catalogue-browse|programme-dashboard|programme-new-certificate|storefront)\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
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
  // Specs that assert the demo district exactly as seeded run before the journeys that add to it
  // (new listings, certificates, orders), so every run sees the same numbers whatever the file order.
  projects: [
    { name: "baseline", testMatch: BASELINE, use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "journeys", testIgnore: BASELINE, dependencies: ["baseline"], use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: {
    // Production build on a fresh embedded PostgreSQL with the demo data (scripts/e2e-server.ts).
    command: `tsx scripts/e2e-server.ts`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(PORT), E2E_STATE_FILE, ...CLOCK },
  },
});
