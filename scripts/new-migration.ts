/**
 * Authors a migration without `migrate dev` (unreliable on the WebAssembly engine): diffs the schema as
 * of the last commit that touched it (git) — or an empty database for the first one — against the
 * working copy, and writes prisma/migrations/<timestamp>_<name>/migration.sql for review.
 * Usage: npm run db:migration:new -- <name>
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { now } from "../lib/clock";
import { withDatabase } from "./db/connection";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:migration:new -- <name>");
  process.exit(2);
}

const hasMigrations = readdirSync("prisma/migrations").some((entry) => /^\d{14}_/.test(entry));
const fromArgs: string[] = ["--from-empty"];
if (hasMigrations) {
  const previous = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
  const snapshot = path.join(mkdtempSync(path.join(os.tmpdir(), "ocop-schema-")), "schema.prisma");
  writeFileSync(snapshot, previous);
  fromArgs.splice(0, 1, "--from-schema-datamodel", snapshot);
}

// The diff needs a reachable database for the driver adapter, although it compares two files.
const sql = await withDatabase(async (url) => {
  const result = spawnSync(
    path.resolve("node_modules/.bin/prisma"),
    ["migrate", "diff", ...fromArgs, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
});

if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
  console.log("schema.prisma matches the last committed schema: nothing to migrate.");
  process.exit(0);
}
// eslint-disable-next-line clock/no-wall-clock -- a UTC date-time to name the migration by, not a calendar day
const stamp = now().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma/migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${dir}/migration.sql — review it (no semicolons inside SQL comments) and commit it with the schema.`);
