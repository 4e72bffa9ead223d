/**
 * The server the end-to-end tests drive: a throw-away embedded PostgreSQL, migrated and seeded with
 * the demo district, then the production build served on E2E_PORT. Playwright stops it when done.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDatabaseExists } from "./db/connection";
import { findFreePort, startEmbeddedPostgres } from "./db/embedded-postgres";
import { migrateDeploy } from "./db/migrate";
import { buildIfNeeded, nextBin } from "./lib/build";
import { seedIfEmpty } from "./lib/seed-if-empty";

const port = process.env.E2E_PORT ?? "3100";
const server = await startEmbeddedPostgres({
  dataDir: mkdtempSync(path.join(os.tmpdir(), "ocop-e2e-pg-")),
  port: await findFreePort(),
  persistent: false,
});
await ensureDatabaseExists(server.adminUrl, "ocop");
const url = server.urlFor("ocop");
await migrateDeploy(url, { quiet: true });
await seedIfEmpty(url);
const env = {
  ...process.env,
  DATABASE_URL: url,
  NEXTAUTH_SECRET: "e2e-only-secret-0123456789abcdef",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
  MAIL_DIR: mkdtempSync(path.join(os.tmpdir(), "ocop-e2e-mail-")),
  UPLOAD_DIR: mkdtempSync(path.join(os.tmpdir(), "ocop-e2e-uploads-")),
  NEXT_TELEMETRY_DISABLED: "1",
};
// Always build for the run: pages prerender from this run's database.
buildIfNeeded(env, { force: true });
// No -H: with a bind address other than the default, Next 16.2.6+ treats next-intl's locale rewrite
// as external and answers with a redirect loop (docs/operations.md).
const next = spawn(nextBin(), ["start", "-p", port], { env, stdio: "inherit" });
const stop = () => next.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
next.on("exit", async () => {
  await server.stop();
  process.exit(0);
});
