/**
 * Each test file gets its own database copied from the migrated template, so files run in parallel
 * and never see each other's rows. DATABASE_URL is set before any server module creates its client;
 * UPLOAD_DIR too (a file may set its own).
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { TEMPLATE_DATABASE, urlWithDatabase } from "./database-urls";

const adminUrl = inject("pgAdminUrl");
const name = `ocop_test_${randomBytes(6).toString("hex")}`;
const { default: pg } = await import("pg");
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
await admin.end();

process.env.DATABASE_URL = urlWithDatabase(adminUrl, name);
process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
// Uploads (and the demo seed's pictures) of this file go to a folder of its own, never the checkout's.
process.env.UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "ocop-test-uploads-"));

afterAll(async () => {
  const globalDb = (globalThis as { ocopDb?: { $disconnect(): Promise<void> } }).ocopDb;
  await globalDb?.$disconnect();
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
});
