/**
 * The server the end-to-end tests drive: a throw-away embedded PostgreSQL, migrated and seeded with
 * the demo district (plus the accounts only the security journeys use), then the production build
 * served on E2E_PORT. Playwright stops it when done.
 *
 * A second instance of the same build on the same database is served as an HTTPS site would be
 * (PUBLIC_BASE_URL=https://…; TLS itself is a proxy's job), for the tests of what that one setting
 * decides: Secure cookies and HSTS. Its address goes to E2E_STATE_FILE.
 *
 * A third instance on the same database lives PAST_SITE_HOURS behind the others (its pinned clock set
 * back, its jobs off): an order placed there is an order placed that long ago, so the tests see the
 * main instance's expiry job end a cash order left unconfirmed past its window (COD_CONFIRM_HOURS),
 * through HTTP, without moving the main instance's clock. Its address goes to E2E_STATE_FILE too.
 *
 * Card payment is configured (test keys) against a Stripe API on STRIPE_API_PORT that nothing serves
 * until a spec plays Stripe there (tests/support/stripe-stand-in.ts) and signs webhook events with the
 * webhook secret. The state file also names the database (specs add the data only they use, after the
 * baseline specs counted the demo district: tests/e2e/support/fixture-orders.ts) and the folder where
 * the servers write the mail they send.
 */
import { writeFileSync } from "node:fs";
import { createFixtureAccounts } from "../tests/e2e/support/fixture-accounts";
import { readEnv } from "../lib/env";
import { findFreePort } from "./db/embedded-postgres";
import { buildIfNeeded, spawnNext } from "./lib/build";
import { startDemoDatabase, throwawaySiteEnv } from "./lib/throwaway-site";

const port = process.env.E2E_PORT ?? "3100";
const stateFile = process.env.E2E_STATE_FILE;
if (!stateFile) throw new Error("E2E_STATE_FILE is required");
const database = await startDemoDatabase("e2e");
await createFixtureAccounts(database.url);
const stripe = { apiPort: await findFreePort(), webhookSecret: "whsec_e2e_only_0123456789abcdef" };
const env = {
  ...throwawaySiteEnv("e2e", database.url, `http://127.0.0.1:${port}`, database.uploadDir),
  STRIPE_SECRET_KEY: "sk_test_e2e_only",
  STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
  STRIPE_API_HOST: "127.0.0.1",
  STRIPE_API_PORT: String(stripe.apiPort),
  STRIPE_API_PROTOCOL: "http",
};
// Always build for the run: pages prerender from this run's database.
buildIfNeeded(env, { force: true });
const httpsPort = String(await findFreePort());
const pastPort = String(await findFreePort());
// One hour past the cash-order window: orders placed on the past site are due for expiry on the others.
const pastSiteHours = readEnv(env).COD_CONFIRM_HOURS + 1;
if (!process.env.CLOCK_NOW) throw new Error("CLOCK_NOW is required (playwright.config.ts pins it)");
const pastClock = new Date(Date.parse(process.env.CLOCK_NOW) - pastSiteHours * 3_600_000).toISOString();
writeFileSync(
  stateFile,
  JSON.stringify({ httpsSite: `http://127.0.0.1:${httpsPort}`, pastSite: `http://127.0.0.1:${pastPort}`, pastSiteHours, databaseUrl: database.url, mailDir: env.MAIL_DIR, stripe }),
);
// No -H: with a bind address other than the default, Next 16.2.6+ treats next-intl's locale rewrite
// as external and answers with a redirect loop (docs/operations.md).
const servers = [
  spawnNext(["start", "-p", port], env),
  spawnNext(["start", "-p", httpsPort], { ...env, PUBLIC_BASE_URL: "https://ocop.example.vn" }, { stdio: ["ignore", "ignore", "inherit"] }),
  // Its jobs off: the present instances run them (a day-turn on a past day would expire tags for nothing).
  spawnNext(["start", "-p", pastPort], { ...env, CLOCK_NOW: pastClock, JOBS_DISABLED: "1" }, { stdio: ["ignore", "ignore", "inherit"] }),
];
const stop = () => servers.forEach((server) => server.kill("SIGTERM"));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
servers[0].on("exit", async () => {
  servers.slice(1).forEach((server) => server.kill("SIGTERM"));
  await database.stop();
  process.exit(0);
});
