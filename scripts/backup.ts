/**
 * `npm run db:backup [-- <file>]`: a pg_dump custom-format archive of the database the app uses
 * (DATABASE_URL, or the embedded server — started for the occasion or the one `npm start` runs).
 * Default file: .data/backups/ocop-<timestamp>.dump
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { now } from "../lib/clock";
import { withDatabase } from "./db/connection";
import { runPgTool } from "./lib/pg-tools";

const file = path.resolve(process.argv[2] ?? `.data/backups/ocop-${now().toISOString().replace(/[:.]/g, "-")}.dump`);
mkdirSync(path.dirname(file), { recursive: true });
await withDatabase((url) => runPgTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, url]));
console.log(`Backup written to ${file}`);
