import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { db } from "@/server/infra/db";
import { openDatabase } from "../../scripts/db/connection";
import { findFreePort } from "../../scripts/db/embedded-postgres";
import { queryRows } from "../support/pg-admin";

const TSX = path.resolve("node_modules/.bin/tsx");

function run(script: string, args: string[], env: Record<string, string | undefined>) {
  const result = spawnSync(TSX, [script, ...args], { env: { ...process.env, ...env }, encoding: "utf8", timeout: 120_000 });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

async function fingerprint(url: string) {
  const [row] = await queryRows<Record<string, string>>(
    url,
    `SELECT (SELECT count(*) FROM products) AS products, (SELECT count(*) FROM producers) AS producers,
            (SELECT count(*) FROM ocop_certificates) AS certificates, (SELECT count(*) FROM batches) AS batches,
            (SELECT count(*) FROM trace_events) AS events, (SELECT count(*) FROM users) AS users,
            (SELECT string_agg(slug || ':' || "priceVnd", ',' ORDER BY slug) FROM products) AS prices`,
  );
  return row;
}

describe("db:backup and db:restore", () => {
  it("round-trip the demo data through DATABASE_URL", async () => {
    await seedDemo(db);
    const url = process.env.DATABASE_URL!;
    const before = await fingerprint(url);
    expect(Number(before.products)).toBeGreaterThanOrEqual(19);

    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "ocop-backup-")), "demo.dump");
    run("scripts/backup.ts", [file], { DATABASE_URL: url });
    expect(existsSync(file)).toBe(true);

    // Damage the data, then restore: everything comes back as it was.
    await queryRows(url, `UPDATE products SET "priceVnd" = 1`);
    await queryRows(url, `DELETE FROM trace_events`);
    expect((await fingerprint(url)).events).toBe("0");

    run("scripts/restore.ts", [file], { DATABASE_URL: url });
    expect(await fingerprint(url)).toEqual(before);
  });

  // Four scripts, each starting or reaching its own embedded PostgreSQL (up to 120 s each in run()): a
  // minute is what this takes on a quiet machine, so the suite's 60 s default would fail it on a busy one.
  it("work on the embedded default without DATABASE_URL, also while the app's server runs", { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ocop-embedded-backup-"));
    chmodSync(dir, 0o755);
    const env = { DATABASE_URL: undefined, EMBEDDED_PG_DATA_DIR: path.join(dir, "pg"), EMBEDDED_PG_PORT: String(await findFreePort()) };
    // The scripts start the embedded server themselves when it is not running…
    run("scripts/migrate.ts", [], env);
    run("scripts/seed.ts", [], env);
    const file = path.join(dir, "embedded.dump");
    run("scripts/backup.ts", [file], env);
    expect(existsSync(file)).toBe(true);

    // …and reuse it when it is (as during `npm start`).
    const running = await openDatabase(env);
    try {
      const before = await fingerprint(running.url);
      await queryRows(running.url, "TRUNCATE trace_events");
      expect((await fingerprint(running.url)).events).toBe("0");
      run("scripts/restore.ts", [file], env);
      expect(await fingerprint(running.url)).toEqual(before);
    } finally {
      await running.close();
    }
  });
});
