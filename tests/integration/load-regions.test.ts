import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase, queryRows } from "../support/pg-admin";

const TSX = path.resolve("node_modules/.bin/tsx");

function loadRegions(url: string): string {
  const result = spawnSync(TSX, ["scripts/load-regions.ts"], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", timeout: 120_000 });
  if (result.status !== 0) throw new Error(`load-regions failed: ${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

/** Communes per province code, as the address picker finds them (a commune's parent is its province). */
async function communesByProvince(url: string) {
  const rows = await queryRows<{ province: string; communes: number }>(
    url,
    `SELECT p.code AS province, count(c.id)::int AS communes
       FROM regions p LEFT JOIN regions c ON c."parentId" = p.id AND c.level = 'COMMUNE'
      WHERE p.level = 'PROVINCE' GROUP BY 1 ORDER BY 1`,
  );
  return new Map(rows.map((row) => [row.province, row.communes]));
}

describe("npm run db:load-regions, on a deployment without the demo", () => {
  const scratch: { drop(): Promise<void> }[] = [];
  afterAll(() => Promise.all(scratch.map((db) => db.drop())));

  it("loads the 34 provinces and 3,321 communes of the 2025 reform into an empty database, and a second run doubles nothing", async () => {
    const database = await createScratchDatabase({ fromTemplate: true });
    scratch.push(database);
    expect(await queryRows(database.url, `SELECT 1 FROM regions`)).toEqual([]);

    expect(loadRegions(database.url)).toContain("34 provinces present, 3321 communes added");
    const loaded = await communesByProvince(database.url);
    expect(loaded.size).toBe(34);
    expect([...loaded.values()].reduce((sum, n) => sum + n, 0)).toBe(3321);
    // Hà Nội (01) has 126 wards and communes, Tuyên Quang (08) 124 (the official list's own counts).
    expect(loaded.get("01")).toBe(126);
    expect(loaded.get("08")).toBe(124);
    const [vietLam] = await queryRows<{ name: string; province: string }>(
      database.url,
      `SELECT c.name, p.name AS province FROM regions c JOIN regions p ON p.id = c."parentId" WHERE c.code = '00967'`,
    );
    expect(vietLam).toEqual({ name: "Việt Lâm", province: "Tuyên Quang" });

    expect(loadRegions(database.url)).toContain("34 provinces present, 0 communes added");
    expect(await communesByProvince(database.url)).toEqual(loaded);
  });
});
