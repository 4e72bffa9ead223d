import { openDatabase } from "./db/connection";
import { migrateDeploy } from "./db/migrate";
import { buildIfNeeded, ensureAuthSecret } from "./lib/build";
import { seedIfEmpty } from "./lib/seed-if-empty";

// Pages prerender from the database, so a build needs a migrated one.
const database = await openDatabase();
try {
  await migrateDeploy(database.url, { quiet: true });
  await seedIfEmpty(database.url);
  buildIfNeeded({ ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: ensureAuthSecret() }, { force: true });
} finally {
  await database.close();
}
