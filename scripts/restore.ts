/**
 * `npm run db:restore -- <file>`: replaces the database's contents with a backup made by db:backup.
 * Stop the app first when it runs against the same database.
 */
import { existsSync } from "node:fs";
import { withDatabase } from "./db/connection";
import { runPgTool } from "./lib/pg-tools";

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error("Usage: npm run db:restore -- <backup file made by npm run db:backup>");
  process.exit(2);
}
await withDatabase(async (url) => {
  // --clean drops what the archive recreates, so the restore replaces rather than merges.
  await runPgTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", `--dbname=${url}`, file]);
});
console.log(`Restored ${file}`);
