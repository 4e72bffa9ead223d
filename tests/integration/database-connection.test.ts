import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../scripts/db/connection";
import { findFreePort } from "../../scripts/db/embedded-postgres";
import { queryRows } from "../support/pg-admin";

// As root the server runs as the "postgres" user, which must be able to enter the parent directory.
function tempDir(prefix: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

describe("choosing the database", () => {
  it("uses DATABASE_URL as given and starts nothing", async () => {
    const handle = await openDatabase({ DATABASE_URL: process.env.DATABASE_URL });
    expect(handle.url).toBe(process.env.DATABASE_URL);
    expect(handle.embedded).toBeNull();
    const [row] = await queryRows<{ one: number }>(handle.url, "SELECT 1 AS one");
    expect(row.one).toBe(1);
  });

  it("without DATABASE_URL starts the embedded server, initialises its directory once and keeps data", async () => {
    const dataDir = path.join(tempDir("ocop-embedded-"), "pg");
    const env = { EMBEDDED_PG_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await findFreePort()) };

    const first = await openDatabase(env);
    expect(first.embedded).not.toBeNull();
    await queryRows(first.url, "CREATE TABLE kept (id int)");
    await queryRows(first.url, "INSERT INTO kept VALUES (42)");
    await first.close();

    const second = await openDatabase(env);
    const rows = await queryRows<{ id: number }>(second.url, "SELECT id FROM kept");
    expect(rows).toEqual([{ id: 42 }]);
    await second.close();
  });

  it("explains a port that is taken by something else", async () => {
    const blocker = net.createServer();
    const port = await findFreePort();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      await expect(
        openDatabase({ EMBEDDED_PG_DATA_DIR: path.join(tempDir("ocop-port-"), "pg"), EMBEDDED_PG_PORT: String(port) }),
      ).rejects.toThrow(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it("refuses a data directory that holds something other than PostgreSQL", async () => {
    const dataDir = tempDir("ocop-foreign-");
    writeFileSync(path.join(dataDir, "notes.txt"), "not a database");
    await expect(
      openDatabase({ EMBEDDED_PG_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await findFreePort()) }),
    ).rejects.toThrow("holds no PostgreSQL cluster");
  });
});
