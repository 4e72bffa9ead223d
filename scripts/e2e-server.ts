/**
 * The server the end-to-end tests drive: a throw-away embedded PostgreSQL, migrated and seeded with
 * the demo district, then the production build served on E2E_PORT. Playwright stops it when done.
 */
import { spawn } from "node:child_process";
import { buildIfNeeded, nextBin } from "./lib/build";
import { startDemoDatabase, throwawaySiteEnv } from "./lib/throwaway-site";

const port = process.env.E2E_PORT ?? "3100";
const database = await startDemoDatabase("e2e");
const env = throwawaySiteEnv("e2e", database.url, `http://127.0.0.1:${port}`);
// Always build for the run: pages prerender from this run's database.
buildIfNeeded(env, { force: true });
// No -H: with a bind address other than the default, Next 16.2.6+ treats next-intl's locale rewrite
// as external and answers with a redirect loop (docs/operations.md).
const next = spawn(nextBin(), ["start", "-p", port], { env, stdio: "inherit" });
const stop = () => next.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
next.on("exit", async () => {
  await database.stop();
  process.exit(0);
});
