/**
 * The server the end-to-end tests drive: a throw-away embedded PostgreSQL, migrated and seeded with
 * the demo district (plus the accounts only the security journeys use), then the production build
 * served on E2E_PORT. Playwright stops it when done.
 *
 * A second instance of the same build on the same database is served as an HTTPS site would be
 * (PUBLIC_BASE_URL=https://…; TLS itself is a proxy's job), for the tests of what that one setting
 * decides: Secure cookies and HSTS. Its address goes to E2E_STATE_FILE.
 */
import { writeFileSync } from "node:fs";
import { createFixtureAccounts } from "../tests/e2e/support/fixture-accounts";
import { findFreePort } from "./db/embedded-postgres";
import { buildIfNeeded, spawnNext } from "./lib/build";
import { startDemoDatabase, throwawaySiteEnv } from "./lib/throwaway-site";

const port = process.env.E2E_PORT ?? "3100";
const stateFile = process.env.E2E_STATE_FILE;
if (!stateFile) throw new Error("E2E_STATE_FILE is required");
const database = await startDemoDatabase("e2e");
await createFixtureAccounts(database.url);
const env = throwawaySiteEnv("e2e", database.url, `http://127.0.0.1:${port}`, database.uploadDir);
// Always build for the run: pages prerender from this run's database.
buildIfNeeded(env, { force: true });
const httpsPort = String(await findFreePort());
writeFileSync(stateFile, JSON.stringify({ httpsSite: `http://127.0.0.1:${httpsPort}` }));
// No -H: with a bind address other than the default, Next 16.2.6+ treats next-intl's locale rewrite
// as external and answers with a redirect loop (docs/operations.md).
const servers = [
  spawnNext(["start", "-p", port], env),
  spawnNext(["start", "-p", httpsPort], { ...env, PUBLIC_BASE_URL: "https://ocop.example.vn" }, { stdio: ["ignore", "ignore", "inherit"] }),
];
const stop = () => servers.forEach((server) => server.kill("SIGTERM"));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
servers[0].on("exit", async () => {
  servers[1].kill("SIGTERM");
  await database.stop();
  process.exit(0);
});
