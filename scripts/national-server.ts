/**
 * The server `npm run test:national` drives: a throw-away embedded PostgreSQL with the demo district
 * AND the national-scale data of `npm run db:generate-national` (20,000 products, 8,000 producers)
 * beside it, served by the production build on NATIONAL_PORT. National scale is the normal case: page
 * weights and figures are checked on it. Writes the database URL to NATIONAL_STATE_FILE for the tests.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import pg from "pg";
import { today } from "../lib/clock";
import { generateNational } from "../prisma/seed/generate-national";
import { hashPassword } from "../server/auth/password";
import { NATIONAL_OFFICER, NATIONAL_PRODUCER } from "../tests/e2e/support/auth";
import { buildIfNeeded, nextBin } from "./lib/build";
import { startDemoDatabase, throwawaySiteEnv } from "./lib/throwaway-site";

const port = process.env.NATIONAL_PORT ?? "3300";
const stateFile = process.env.NATIONAL_STATE_FILE;
if (!stateFile) throw new Error("NATIONAL_STATE_FILE is required");

const database = await startDemoDatabase("national");
const client = new pg.Client({ connectionString: database.url });
await client.connect();
try {
  const result = await generateNational(client, { today: today(), log: (message) => console.log(`[national] ${message}`) });
  console.log(`[national] generated ${result.products} products of ${result.producers} producers and ${result.orders} orders in ${result.seconds.toFixed(1)} s`);
  // The demo officers are scoped to their province or commune; the back-office lists are checked at
  // their largest, as an officer of the whole country (no region) sees them.
  await client.query(
    `INSERT INTO users (id, email, name, "passwordHash", role, active, "createdAt", "updatedAt") VALUES ('national-officer', $1, $2, $3, 'ADMIN', true, now(), now())`,
    [NATIONAL_OFFICER.email, NATIONAL_OFFICER.name, await hashPassword(NATIONAL_OFFICER.password)],
  );
  // The producer with the most order parts signs in to weigh its studio's order pages at their heaviest.
  await client.query(
    `INSERT INTO users (id, email, name, "passwordHash", role, "producerId", active, "createdAt", "updatedAt")
     SELECT 'national-producer', $1, $2, $3, 'PRODUCER', s."producerId", true, now(), now()
     FROM sub_orders s GROUP BY s."producerId" ORDER BY count(*) DESC, s."producerId" LIMIT 1`,
    [NATIONAL_PRODUCER.email, NATIONAL_PRODUCER.name, await hashPassword(NATIONAL_PRODUCER.password)],
  );
  await client.query("ANALYZE");
} finally {
  await client.end();
}
writeFileSync(stateFile, JSON.stringify({ databaseUrl: database.url }));

const env = throwawaySiteEnv("national", database.url, `http://127.0.0.1:${port}`, database.uploadDir);
// The end-to-end run before has built this source; pages are rendered at run time from this database.
buildIfNeeded(env);
// No -H: see docs/operations.md (redirect loop with next-intl on Next 16.2.6+).
const next = spawn(nextBin(), ["start", "-p", port], { env, stdio: "inherit" });
const stop = () => next.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
next.on("exit", async () => {
  await database.stop();
  process.exit(0);
});
