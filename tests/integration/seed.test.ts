import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-data";
import { isDatabaseEmpty, seedDemo } from "@/prisma/seed/seed-demo";
import { verifyPassword } from "@/server/auth/password";
import { db } from "@/server/infra/db";
import { queryRows } from "../support/pg-admin";

const TODAY = new Date("2026-11-28T00:00:00Z");

/** Products a visitor sees with a valid 3★+ badge: the baseline of the district's resolution. */
async function certifiedByGroup() {
  return queryRows<{ subgroup: string; stars: number; count: number }>(
    process.env.DATABASE_URL!,
    `SELECT s.code AS subgroup, c.stars, count(DISTINCT p.id)::int AS count
       FROM products p
       JOIN producers pr ON pr.id = p."producerId" AND pr.status = 'ACTIVE'
       JOIN ocop_certificates c ON c."productId" = p.id AND c.status = 'VALID' AND c."validUntil" >= $1 AND c.stars >= 3
       LEFT JOIN subgroups s ON s.id = p."subgroupId"
      WHERE p.status = 'PUBLISHED'
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [TODAY],
  );
}

async function tableCounts() {
  const [row] = await queryRows<Record<string, number>>(
    process.env.DATABASE_URL!,
    `SELECT (SELECT count(*)::int FROM regions) AS regions, (SELECT count(*)::int FROM producers) AS producers,
            (SELECT count(*)::int FROM products) AS products, (SELECT count(*)::int FROM ocop_certificates) AS certificates,
            (SELECT count(*)::int FROM batches) AS batches, (SELECT count(*)::int FROM trace_events) AS events,
            (SELECT count(*)::int FROM lab_tests) AS lab_tests, (SELECT count(*)::int FROM fairs) AS fairs,
            (SELECT count(*)::int FROM programme_targets) AS targets, (SELECT count(*)::int FROM users) AS users`,
  );
  return row;
}

describe("demo seed", () => {
  it("seeds an empty database with the district's baseline of 19 certified products", async () => {
    expect(await isDatabaseEmpty(db)).toBe(true);
    await seedDemo(db, { today: TODAY });
    expect(await isDatabaseEmpty(db)).toBe(false);

    const rows = await certifiedByGroup();
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    const stars = (n: number) => rows.filter((row) => row.stars === n).reduce((sum, row) => sum + row.count, 0);
    const group = (code: string) => rows.filter((row) => row.subgroup === code).reduce((sum, row) => sum + row.count, 0);
    expect(total).toBe(19);
    expect(stars(3)).toBe(17);
    expect(stars(4)).toBe(2);
    expect(group("FOOD_TEA")).toBe(13);
    expect(group("FOOD_FRESH")).toBe(2);
    expect(group("HANDICRAFT_FIBRE")).toBe(1);
    expect(group("FOOD_SPICE")).toBe(2);
    expect(group("FOOD_PROCESSED")).toBe(1);
  });

  it("covers every legal form, certificate history, trace data, upcoming fairs and the targets", async () => {
    const forms = await queryRows<{ legalForm: string }>(process.env.DATABASE_URL!, `SELECT DISTINCT "legalForm" FROM producers ORDER BY 1`);
    expect(forms.map((row) => row.legalForm).sort()).toEqual(["COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE", "HOUSEHOLD"]);

    const statuses = await queryRows<{ status: string }>(process.env.DATABASE_URL!, `SELECT DISTINCT status FROM ocop_certificates ORDER BY 1`);
    expect(statuses.map((row) => row.status)).toEqual(expect.arrayContaining(["VALID", "SUPERSEDED"]));
    const decisions = await db.ocopCertificate.findMany({ select: { decisionNumber: true, decisionDate: true, validUntil: true } });
    for (const cert of decisions) {
      expect(cert.decisionNumber).toMatch(/\/QĐ-/);
      expect(cert.validUntil.getTime()).toBeGreaterThan(cert.decisionDate.getTime());
    }

    const upcoming = await db.fair.count({ where: { startsOn: { gt: TODAY } } });
    expect(upcoming).toBe(2);
    const batchesWithEvents = await db.batch.count({ where: { events: { some: {} } } });
    expect(batchesWithEvents).toBeGreaterThanOrEqual(10);

    const targets = await db.programmeTarget.findMany({ where: { programme: { slug: "ocop-vi-xuyen-2021-2025" } }, select: { metric: true, baseline: true, goal: true } });
    expect(targets.find((t) => t.metric === "products_3star_plus")).toMatchObject({ baseline: 19, goal: 50 });
    // Every target of the resolution, each computed by the site (docs/programme.md).
    expect(targets.map((t) => t.metric).sort()).toEqual(
      [
        "communes_with_team",
        "new_economic_organisations",
        "producers_all_commitments",
        "products_3star_plus",
        "staff_trained",
        "stalls_supported",
        "tourism_products",
        "upgrades_3_to_4",
        "upgrades_4_to_5",
      ],
    );
    // A second programme beside it: the commune plan of Thanh Thủy.
    expect(await db.programme.count()).toBe(2);
  });

  it("creates the demo accounts with argon2id hashes", async () => {
    for (const account of [DEMO_ACCOUNTS.officer, DEMO_ACCOUNTS.communeOfficer, DEMO_ACCOUNTS.producer]) {
      const user = await db.user.findUniqueOrThrow({ where: { email: account.email }, omit: { passwordHash: false } });
      expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await verifyPassword(user.passwordHash!, account.password)).toBe(true);
    }
    const producer = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.producer.email } });
    expect(producer.role).toBe("PRODUCER");
    expect(producer.producerId).not.toBeNull();
    // The district officer acts in the whole demo district, the commune officer in Thanh Thủy alone.
    const district = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.officer.email }, select: { region: { select: { name: true, level: true } } } });
    expect(district.region).toEqual({ name: "Vị Xuyên", level: "AREA" });
    const commune = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.communeOfficer.email }, select: { role: true, region: { select: { name: true, level: true } } } });
    expect(commune).toEqual({ role: "ADMIN", region: { name: "Thanh Thủy", level: "COMMUNE" } });
  });

  it("is idempotent: a second run changes no counts", async () => {
    const before = await tableCounts();
    await seedDemo(db, { today: TODAY });
    expect(await tableCounts()).toEqual(before);
    expect((await certifiedByGroup()).reduce((sum, row) => sum + row.count, 0)).toBe(19);
  });

  it("loads the 3,321 official communes under their provinces, the demo's 12 once, under the demo district, by their official codes", async () => {
    const current = await queryRows<{ province: string; communes: number }>(
      process.env.DATABASE_URL!,
      `WITH RECURSIVE up AS (
         SELECT c.id AS commune, c."parentId" AS parent FROM regions c WHERE c.level = 'COMMUNE' AND c."validTo" IS NULL
         UNION ALL SELECT up.commune, r."parentId" FROM up JOIN regions r ON r.id = up.parent WHERE r.level <> 'PROVINCE'
       )
       SELECT p.code AS province, count(*)::int AS communes FROM up JOIN regions p ON p.id = up.parent AND p.level = 'PROVINCE' GROUP BY 1 ORDER BY 1`,
    );
    expect(current).toHaveLength(34);
    expect(current.reduce((sum, row) => sum + row.communes, 0)).toBe(3321);
    expect(current.find((row) => row.province === "08")?.communes).toBe(124);
    expect(current.find((row) => row.province === "01")?.communes).toBe(126);

    // The demo's Việt Lâm is the official one (00967), still in the former district Vị Xuyên, not a second row.
    const vietLam = await db.region.findMany({ where: { name: "Việt Lâm", level: "COMMUNE", validTo: null }, select: { code: true, parent: { select: { code: true } } } });
    expect(vietLam).toEqual([{ code: "00967", parent: { code: "030" } }]);
    // The codes the demo used to borrow are the official communes' again: 00808 is Tát Ngà.
    expect(await db.region.findUniqueOrThrow({ where: { code: "00808" }, select: { name: true, parent: { select: { code: true } } } })).toEqual({ name: "Tát Ngà", parent: { code: "08" } });
    expect(await db.region.findUniqueOrThrow({ where: { code: "00070" }, select: { name: true, slug: true } })).toEqual({ name: "Hoàn Kiếm", slug: "hoan-kiem-00070" });
  });

  it("renumbers a database seeded with the demo's former illustrative codes, losing nothing recorded there", async () => {
    // As the demo was seeded before: Thanh Thủy under the code now Tát Ngà's, and Tát Ngà not loaded.
    await db.region.delete({ where: { code: "00808" } });
    const thanhThuy = await db.region.update({ where: { code: "00928" }, data: { code: "00808" } });
    const before = await tableCounts();
    await seedDemo(db, { today: TODAY });
    expect(await tableCounts()).toEqual({ ...before, regions: before.regions + 1 });
    expect(await db.region.findUniqueOrThrow({ where: { code: "00928" }, select: { id: true } })).toEqual({ id: thanhThuy.id });
    expect((await db.region.findUniqueOrThrow({ where: { code: "00808" } })).name).toBe("Tát Ngà");
    const officer = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.communeOfficer.email }, select: { regionId: true } });
    expect(officer.regionId).toBe(thanhThuy.id);
  });
});

describe("demo facts a local would check (OCOP.md)", () => {
  it("dates every certificate level and body as the rules of its day allowed", async () => {
    await seedDemo(db, { today: TODAY });
    const certificates = await db.ocopCertificate.findMany({ select: { decisionNumber: true, decisionDate: true, level: true, issuingBody: true, stars: true } });
    for (const c of certificates) {
      const day = c.decisionDate.toISOString().slice(0, 10);
      // The district recognised 3★ only between 148/QĐ-TTg (24/02/2023) and the reform (01/07/2025); before, the province did.
      if (c.level === "DISTRICT") {
        expect(day >= "2023-02-24" && day < "2025-07-01", `${c.decisionNumber} of ${day}`).toBe(true);
        expect(c.stars).toBe(3);
        expect(c.issuingBody).toBe("UBND huyện Vị Xuyên");
      }
      // Hà Giang's People's Committee before 01/07/2025, Tuyên Quang's after the merger.
      if (c.level === "PROVINCE") expect(c.issuingBody, `${c.decisionNumber} of ${day}`).toBe(day < "2025-07-01" ? "UBND tỉnh Hà Giang" : "UBND tỉnh Tuyên Quang");
    }
    const corn = await db.ocopCertificate.findFirstOrThrow({ where: { decisionNumber: "2105/QĐ-UBND" } });
    expect(corn).toMatchObject({ level: "PROVINCE", issuingBody: "UBND tỉnh Hà Giang", stars: 3 });
  });

  it("names the resolution's author, the broom town and the tourism group as they are written", async () => {
    const programme = await db.programme.findFirstOrThrow();
    expect(programme.reference).toContain("Ban Chấp hành Đảng bộ huyện Vị Xuyên khóa XXIV");
    expect(programme.reference).not.toMatch(/HĐND|Hội đồng nhân dân/);
    const town = await db.region.findFirstOrThrow({ where: { code: "00796" } });
    expect(town.name).toBe("Thị trấn Nông trường Việt Lâm");
    const brooms = await db.producer.findUniqueOrThrow({ where: { slug: "htx-choi-chit-viet-lam" } });
    expect(brooms.certificateAddress).toBe("Tổ 5, thị trấn Nông trường Việt Lâm, huyện Vị Xuyên, tỉnh Hà Giang");
    const tourism = await db.subgroup.findFirstOrThrow({ where: { group: "TOURISM" } });
    expect(tourism.nameVi).toBe("Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch");
  });

  it("gives no real producer a bank account: only the fictitious demo company has one, marked as such", async () => {
    const withAccounts = await db.producer.findMany({ where: { bankAccount: { not: null } }, select: { slug: true, bankAccount: true, bankAccountName: true } });
    expect(withAccounts).toEqual([{ slug: "cong-ty-cp-thuc-pham-ha-giang-xanh", bankAccount: "0000000000", bankAccountName: "TAI KHOAN MINH HOA - KHONG CHUYEN TIEN" }]);
  });

  it("never gives a product another group's subgroup", async () => {
    const mismatched = await queryRows<{ slug: string }>(
      process.env.DATABASE_URL!,
      `SELECT p.slug FROM products p JOIN subgroups s ON s.id = p."subgroupId" WHERE s."group" <> p."group"`,
    );
    expect(mismatched).toEqual([]);
  });
});
