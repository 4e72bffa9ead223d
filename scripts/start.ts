/**
 * `npm start`: one command from a fresh clone to a running site. Chooses the database
 * (DATABASE_URL or the embedded server in .data/pg), applies migrations, seeds the demo district when
 * the database is empty, builds when the sources are newer than the last build, and serves.
 */
import { openDatabase } from "./db/connection";
import { EmbeddedPostgresError } from "./db/embedded-postgres";
import { migrateDeploy } from "./db/migrate";
import { buildIfNeeded, ensureAuthSecret, spawnNext } from "./lib/build";
import { seedIfEmpty } from "./lib/seed-if-empty";

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const port = process.env.PORT ?? "3000";
  const database = await openDatabase();
  console.log(database.embedded ? `Embedded PostgreSQL on port ${database.embedded.port} (.data/pg)` : "Using DATABASE_URL");
  const env = { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: ensureAuthSecret() };
  let shuttingDown = false;
  try {
    await migrateDeploy(database.url, { quiet: true });
    console.log("Migrations applied.");
    await seedIfEmpty(database.url);
    await buildIfNeeded(env);
  } catch (error) {
    await database.close();
    throw error;
  }

  const server = spawnNext(["start", "-p", port], env);
  console.log(`Serving http://localhost:${port}`);
  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    server.kill(signal);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  server.on("exit", async (code) => {
    // Stop PostgreSQL only after Next has finished its in-flight requests.
    await database.close();
    process.exit(shuttingDown ? 0 : (code ?? 1));
  });
}

main().catch((error) => {
  console.error(error instanceof EmbeddedPostgresError ? `\n${error.message}\n` : error);
  process.exit(1);
});
