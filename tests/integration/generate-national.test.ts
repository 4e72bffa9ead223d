import pg from "pg";
import { describe, expect, it } from "vitest";
import { addDays, today } from "@/lib/clock";
import { generateNational, RefusedError } from "@/prisma/seed/generate-national";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { db } from "@/server/infra/db";
import { EXHIBITORS_PER_PAGE, getFairBySlug, listFairExhibitors } from "@/server/fairs/queries";
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

  it("issues every decision from a body that existed on its day", async () => {
    // The 34 provinces since 01/07/2025 (Resolution 202/2025/QH15).
    const sinceReform = [
      "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng",
      "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng",
      "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long",
      "Đồng Tháp", "Cà Mau", "An Giang",
    ].map((name) => `UBND ${["Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"].includes(name) ? "thành phố" : "tỉnh"} ${name}`);
    const rows = await queryRows<{ level: string; day: string; body: string }>(
      process.env.DATABASE_URL!,
      `SELECT c.level::text AS level, c."decisionDate"::text AS day, c."issuingBody" AS body FROM ocop_certificates c WHERE c.id LIKE 'g%'`,
    );
    const afterReform = rows.filter((r) => r.day >= "2025-07-01");
    expect(afterReform.length).toBeGreaterThan(0);
    for (const r of afterReform) {
      expect(r.level, `${r.day} ${r.body}`).not.toBe("DISTRICT");
      if (r.level === "PROVINCE") expect(sinceReform, `${r.day} ${r.body}`).toContain(r.body);
    }
    // Districts recognised 3★ only from 148/QĐ-TTg (24/02/2023) until the reform; the province did before.
    for (const r of rows.filter((r) => r.level === "DISTRICT")) expect(r.day >= "2023-02-24" && r.day < "2025-07-01", r.day).toBe(true);
    expect(rows.some((r) => r.level === "PROVINCE" && r.day < "2023-02-24")).toBe(true);
    // Producers live in today's provinces.
    const producers = await queryRows<{ address: string }>(process.env.DATABASE_URL!, `SELECT "addressLine" AS address FROM producers WHERE id LIKE 'g%'`);
    for (const { address } of producers) expect(sinceReform, address).toContain(`UBND ${address.split(", ").at(-1)}`);
  });

  it("opens a fair in every province with hours and directions, and a national fair whose exhibitors come a page at a time", async () => {
    const fairs = await queryRows<{ slug: string; province: string; opensAt: string | null; closesAt: string | null; directions: string; exhibitors: number; booths: number }>(
      process.env.DATABASE_URL!,
      `SELECT f.slug, f.province, f."opensAt", f."closesAt", f."directionsVi" AS directions,
              (SELECT count(*)::int FROM booth_requests r WHERE r."fairId" = f.id AND r.status = 'APPROVED') AS exhibitors,
              (SELECT count(*)::int FROM booth_assignments a WHERE a."fairId" = f.id) AS booths
       FROM fairs f WHERE f.id LIKE 'g%' ORDER BY f."boothCapacity" DESC, f.slug`,
    );
    // 34 provinces since the reform, plus the national fair.
    expect(fairs).toHaveLength(35);
    expect(new Set(fairs.map((f) => f.province)).size).toBe(34);
    for (const f of fairs) {
      expect(f.opensAt! < f.closesAt!, f.slug).toBe(true);
      expect(f.directions, f.slug).not.toBe("");
      expect(f.booths, f.slug).toBe(f.exhibitors);
    }
    // Every one of the 300 producers exhibits at the national fair: more than one page of visitors' list.
    const national = (await getFairBySlug(fairs[0].slug))!;
    expect(national.exhibitorCount).toBe(300);
    const firstPage = await listFairExhibitors(national.id);
    expect(firstPage).toHaveLength(EXHIBITORS_PER_PAGE);
    expect(firstPage.map((e) => e.booths[0])).toEqual(Array.from({ length: EXHIBITORS_PER_PAGE }, (_, i) => i + 1));
  });

  it("refuses to fill a database that already holds generated data unless forced", async () => {
    await expect(withClient((client) => generateNational(client, { producers: 10, products: 10, batches: 10 }))).rejects.toBeInstanceOf(RefusedError);
    const forced = await withClient((client) => generateNational(client, { producers: 10, products: 10, batches: 10, force: true }));
    expect(forced.products).toBe(10);
  });
});
