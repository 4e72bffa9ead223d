/**
 * One real PostgreSQL per integration run: the embedded server on a random free port (or the server
 * named by TEST_DATABASE_URL), with a migrated template database that every test file copies.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureDatabaseExists } from "../../scripts/db/connection";
import { findFreePort, startEmbeddedPostgres } from "../../scripts/db/embedded-postgres";
import { migrateDeploy } from "../../scripts/db/migrate";
import { TEMPLATE_DATABASE, urlWithDatabase } from "./database-urls";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  if (!adminUrl) {
    const server = await startEmbeddedPostgres({
      dataDir: mkdtempSync(path.join(os.tmpdir(), "ocop-test-pg-")),
      port: await findFreePort(),
      persistent: false,
    });
    adminUrl = server.adminUrl;
    stop = () => server.stop();
  }
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await admin.end();
  await ensureDatabaseExists(adminUrl, TEMPLATE_DATABASE);
  await migrateDeploy(urlWithDatabase(adminUrl, TEMPLATE_DATABASE), { quiet: true });
  project.provide("pgAdminUrl", adminUrl);
  return stop;
}
