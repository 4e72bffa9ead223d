import pg from "pg";
import { describe, expect, it } from "vitest";
import { addDays, today } from "@/lib/clock";
import { generateNational, RefusedError } from "@/prisma/seed/generate-national";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { db } from "@/server/infra/db";
import { badgeMismatches } from "../support/badge-check";
import { queryRows } from "../support/pg-admin";

async function withClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe("national-scale generator", () => {
  it("adds the requested producers, published products and batches with searchable, valid data", async () => {
    await seedDemo(db);
    const result = await withClient((client) => generateNational(client, { producers: 300, products: 1000, batches: 2500 }));
    expect(result).toMatchObject({ producers: 300, products: 1000, batches: 2500 });

    const [row] = await queryRows<Record<string, number>>(
      process.env.DATABASE_URL!,
      `SELECT (SELECT count(*)::int FROM products WHERE status = 'PUBLISHED') AS published,
              (SELECT count(*)::int FROM batches) AS batches,
              (SELECT count(*)::int FROM products WHERE "searchText" = '') AS unsearchable,
              (SELECT count(*)::int FROM products WHERE "searchText" LIKE '%che%') AS tea_like`,
    );
    expect(row.published).toBeGreaterThanOrEqual(1000);
    expect(row.batches).toBeGreaterThanOrEqual(2500);
    expect(row.unsearchable).toBe(0);
    expect(row.tea_like).toBeGreaterThan(0);
    // The badge columns are filled (by the certificates' trigger) and agree with the certificates.
    const day = (offset: number) => addDays(today(), offset);
    expect(await badgeMismatches([day(0), day(200), day(700)])).toEqual([]);
    const [badges] = await queryRows<{ n: number }>(process.env.DATABASE_URL!, `SELECT count(*)::int AS n FROM products WHERE "badgeStars" IS NOT NULL`);
    expect(badges.n).toBeGreaterThan(800);
  });

  it("refuses to fill a database that already holds generated data unless forced", async () => {
    await expect(withClient((client) => generateNational(client, { producers: 10, products: 10, batches: 10 }))).rejects.toBeInstanceOf(RefusedError);
    const forced = await withClient((client) => generateNational(client, { producers: 10, products: 10, batches: 10, force: true }));
    expect(forced.products).toBe(10);
  });
});
