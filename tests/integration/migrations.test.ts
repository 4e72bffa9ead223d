import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase, queryRows } from "../support/pg-admin";

/**
 * The committed migration history and schema.prisma must describe the same database. `migrate diff
 * --from-migrations` cannot run on the WebAssembly engine, so we build one database from the schema
 * alone and compare its catalog with the migrated one. Hand-written objects (prefixed x_) exist only in
 * migrations, by design.
 */
const CATALOG_QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
            ORDER BY 1, 2`,
  enums: `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
          ORDER BY 1, 3`,
  constraints: `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conname NOT LIKE 'x\\_%'
                AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
            AND indexname NOT LIKE 'x\\_%' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  extensions: `SELECT extname FROM pg_extension ORDER BY 1`,
} as const;

async function catalog(url: string) {
  const entries = await Promise.all(
    Object.entries(CATALOG_QUERIES).map(async ([key, sql]) => [key, await queryRows(url, sql)] as const),
  );
  return Object.fromEntries(entries);
}

function schemaOnlySql(url: string): string {
  const result = spawnSync(
    path.resolve("node_modules/.bin/prisma"),
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

describe("migration history", () => {
  const scratch: { drop(): Promise<void> }[] = [];
  afterAll(() => Promise.all(scratch.map((db) => db.drop())));

  it("builds the same database as schema.prisma", async () => {
    const migrated = await createScratchDatabase({ fromTemplate: true });
    const fromSchema = await createScratchDatabase({ fromTemplate: false });
    scratch.push(migrated, fromSchema);

    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    await client.query(schemaOnlySql(fromSchema.url));
    await client.end();

    const [a, b] = await Promise.all([catalog(migrated.url), catalog(fromSchema.url)]);
    expect(a.columns.length).toBeGreaterThan(100);
    expect(a).toEqual(b);
  });

  it("adds the hand-written guards that keep stock and stars in range", async () => {
    const rows = await queryRows<{ conname: string }>(
      process.env.DATABASE_URL!,
      `SELECT conname FROM pg_constraint WHERE conname LIKE 'x\\_%' ORDER BY 1`,
    );
    expect(rows.map((row) => row.conname)).toEqual(
      expect.arrayContaining(["x_products_stock_nonnegative", "x_certificates_stars_range", "x_order_items_quantity_positive"]),
    );
  });
});
