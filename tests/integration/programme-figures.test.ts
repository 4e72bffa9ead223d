import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { generateNational } from "@/prisma/seed/generate-national";
import { DEMO_COMMITMENTS, DEMO_PRODUCTS, certificateValidUntil } from "@/prisma/seed/demo-data";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { db } from "@/server/infra/db";
import { computeProgrammeFigures, type ProgrammeFigures } from "@/server/programme/figures";
import { listMetricEntries } from "@/server/programme/metric-lists";
import { createCertificate, createProducer, createProduct, createRegion, unique } from "../factories";

/*
 * The programme's figures, each expected value reasoned from the rules in docs/programme.md (and the
 * demo data's own comments), never copied from a run.
 */

const TODAY = "2026-11-28";
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const count = (rows: { key: string; count: number }[], key: string) => rows.find((row) => row.key === key)?.count ?? 0;
const target = (figures: ProgrammeFigures, metric: string) => figures.targets.find((t) => t.metric === metric);

async function figuresOf(slug: string | null, today = TODAY): Promise<ProgrammeFigures> {
  const figures = await computeProgrammeFigures(slug, today);
  if (!figures) throw new Error(`no programme ${slug}`);
  return figures;
}

/** The product rows of a list (the product lists are the only ones with slugs and stars). */
function productRows(list: Awaited<ReturnType<typeof listMetricEntries>>) {
  if (!list || list.kind !== "products") throw new Error(`expected a product list, got ${list?.kind}`);
  return list.rows;
}

async function withClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe("the demo district's 2021–2025 programme and the commune plan beside it", () => {
  beforeAll(async () => {
    await seedDemo(db, { today: d(TODAY) });
  });

  it("freezes the ended 2021–2025 period on 31/12/2025: the resolution's 19 (17 at 3★, 2 at 4★; 13 tea …) against 50", async () => {
    const figures = await figuresOf(null);
    expect(figures.programme.slug).toBe("ocop-vi-xuyen-2021-2025");
    expect(figures).toMatchObject({ asOf: "2025-12-31", today: TODAY, frozen: true });
    expect(figures.certified.total).toBe(19);
    expect(count(figures.certified.byStars, "3")).toBe(17);
    expect(count(figures.certified.byStars, "4")).toBe(2);
    // The resolution's own breakdown, stored as the programme's baseline by subgroup, beside the count.
    const tea = figures.certified.bySubgroup.find((row) => row.key === "FOOD_TEA");
    expect(tea).toMatchObject({ count: 13, baseline: 13 });
    for (const [code, n] of Object.entries({ FOOD_FRESH: 2, HANDICRAFT_FIBRE: 1, FOOD_SPICE: 2, FOOD_PROCESSED: 1 })) {
      expect(figures.certified.bySubgroup.find((row) => row.key === code)).toMatchObject({ count: n, baseline: n });
    }
    // Counted in post-reform communes: Thanh Thủy holds Trà Pèng's three teas and HTX Chè Thanh Thủy's two.
    expect(count(figures.certified.byCommune, "thanh-thuy")).toBe(5);
    expect(figures.certified.byCommune.some((row) => row.key === "phuong-tien-cu")).toBe(false);
    // Nothing certified from the 2026 decisions exists in the demo, so today's state is the same 19.
    expect(target(figures, "products_3star_plus")).toMatchObject({ baseline: 19, goal: 50, value: 19, today: 19, percent: 0, reached: false });
    expect(figures.now?.certifiedTotal).toBe(19);
  });

  it("counts each target as its definition says, on 31/12/2025", async () => {
    const figures = await figuresOf(null);
    // Cao Bồ's ancient tea: 3★ in 2024, 4★ on 15/09/2025.
    expect(figures.upgrades3To4).toBe(1);
    expect(figures.upgrades4To5).toBe(0);
    // Chổi chít (2023), Cao Bồ tea (2024), Trà Pèng (2025); Chè Thanh Thủy's stall in 2026 is after the period.
    expect(figures.stallsSupported).toBe(3);
    expect(target(figures, "stalls_supported")).toMatchObject({ value: 3, goal: 3, goalMax: 5, reached: true, today: null });
    // Linh Hồ (2021), Xà Phìn at the pre-reform Phương Tiến (2023), Minh Tân and Hà Giang Xanh (2024)
    // founded, Chè Thanh Thủy re-formed (2024); the Nặm Ngặt homestay (2026) is not the period's.
    expect(figures.newOrganisations.total).toBe(5);
    expect(count(figures.newOrganisations.byKind, "FOUNDED")).toBe(4);
    expect(count(figures.newOrganisations.byKind, "REFORMED")).toBe(1);
    expect(figures.tourismProducts).toBe(0);
    // 12 communes exist on 31/12/2025; 10 had a team by then (Bạch Ngọc's came in February 2026, Lao
    // Chải has none, Phương Tiến's 2022 team went with the commune).
    expect(figures.communeTeams).toEqual({ count: 10, of: 12, percent: 83 });
    expect(figures.now?.communeTeams).toEqual({ count: 11, of: 12, percent: 91 });
    expect(target(figures, "communes_with_team")).toMatchObject({ value: 83, today: 91 });
    // 14 serving (one left in June 2025), 12 trained by then; one more trained in March 2026.
    expect(figures.staffTrained).toEqual({ count: 12, of: 14, percent: 85 });
    expect(figures.now?.staffTrained).toEqual({ count: 13, of: 14, percent: 92 });

    // OCOP producers = producers of the 19 (each with a certificate in force on 31/12/2025); three of
    // them (Cao Bồ, Trà Pèng, Chổi chít) made all five commitments before then.
    const inForce = DEMO_PRODUCTS.filter((p) =>
      p.certificates.some((c) => c.stars >= 3 && (c.status ?? "VALID") === "VALID" && c.decisionDate <= "2025-12-31" && certificateValidUntil(c.decisionDate) >= "2025-12-31"),
    );
    const ocopProducers = new Set(inForce.map((p) => p.producerSlug));
    const complete = [...ocopProducers].filter((slug) => DEMO_COMMITMENTS.filter((c) => c.producerSlug === slug).length === 5);
    expect(complete).toHaveLength(3);
    expect(figures.commitments).toEqual({ count: 3, of: ocopProducers.size, percent: Math.floor(300 / ocopProducers.size) });
  });

  it("shows the commune's own 2026–2030 plan with its own figures, counted as of today", async () => {
    const figures = await figuresOf("ocop-xa-thanh-thuy-2026-2030");
    expect(figures).toMatchObject({ asOf: TODAY, frozen: false, now: null });
    expect(figures.programme.region?.slug).toBe("thanh-thuy");
    // Trà Pèng's white (4★), red and green teas and HTX Chè Thanh Thủy's two teas (3★).
    expect(figures.certified.total).toBe(5);
    expect(count(figures.certified.byStars, "4")).toBe(1);
    expect(figures.upgrades3To4).toBe(0);
    expect(figures.stallsSupported).toBe(1);
    expect(figures.newOrganisations.total).toBe(1);
    expect(figures.communeTeams).toEqual({ count: 1, of: 1, percent: 100 });
    expect(figures.staffTrained).toEqual({ count: 1, of: 2, percent: 50 });
    // Trà Pèng has all five commitments, Chè Thanh Thủy three of them.
    expect(figures.commitments).toEqual({ count: 1, of: 2, percent: 50 });
    expect(target(figures, "products_3star_plus")).toMatchObject({ baseline: 5, value: 5, today: null });
  });

  it("lists what each figure counts, on the figure's own day", async () => {
    const all = await listMetricEntries(null, "products_3star_plus", {}, 1, TODAY);
    expect(all).toMatchObject({ total: 19, asOf: "2025-12-31", frozen: true, kind: "products" });
    expect(productRows(await listMetricEntries(null, "products_3star_plus", { stars: 4 }, 1, TODAY)).map((row) => row.slug).sort()).toEqual([
      "che-shan-tuyet-co-thu-cao-bo",
      "tra-peng-bach-tra",
    ]);
    expect((await listMetricEntries(null, "products_3star_plus", { subgroup: "FOOD_TEA" }, 1, TODAY))?.total).toBe(13);
    expect((await listMetricEntries(null, "products_3star_plus", { commune: "thanh-thuy" }, 1, TODAY))?.total).toBe(5);
    const upgrades = await listMetricEntries(null, "upgrades_3_to_4", {}, 1, TODAY);
    expect(productRows(upgrades).map((row) => row.slug)).toEqual(["che-shan-tuyet-co-thu-cao-bo"]);
    expect((await listMetricEntries(null, "stalls_supported", {}, 1, TODAY))?.total).toBe(3);
    expect((await listMetricEntries(null, "new_economic_organisations", { kind: "REFORMED" }, 1, TODAY))?.total).toBe(1);
    expect((await listMetricEntries(null, "producers_all_commitments", {}, 1, TODAY))?.total).toBe(3);
    const communes = await listMetricEntries(null, "communes_with_team", {}, 1, TODAY);
    expect(communes?.kind === "communes" && communes.rows.filter((row) => row.teamSince !== null)).toHaveLength(10);
    expect(await listMetricEntries("no-such-programme", "products_3star_plus", {}, 1, TODAY)).toBeNull();
  });

  it("keeps both programmes right with the national-scale data loaded beside them", async () => {
    const [district, commune] = await Promise.all([figuresOf(null), figuresOf("ocop-xa-thanh-thuy-2026-2030")]);
    await withClient((client) => generateNational(client, { producers: 300, products: 1200, batches: 300, communesPerProvince: 5, today: TODAY }));
    // The generator's provinces include a "Tuyên Quang" and a "Hà Giang" of their own: names never scope.
    const [districtAfter, communeAfter] = await Promise.all([figuresOf(null), figuresOf("ocop-xa-thanh-thuy-2026-2030")]);
    expect(districtAfter.certified).toEqual(district.certified);
    expect(districtAfter.targets).toEqual(district.targets);
    expect(communeAfter.certified).toEqual(commune.certified);

    // A programme for one generated province counts exactly that province's certified products.
    const province = await db.region.findFirstOrThrow({ where: { level: "PROVINCE", code: { startsWith: "G" } }, orderBy: { code: "asc" } });
    const slug = unique("province-programme");
    await db.programme.create({ data: { slug, nameVi: `Chương trình OCOP tỉnh ${province.name}`, regionId: province.id, startYear: 2026, endYear: 2030 } });
    const [expected] = await db.$queryRaw<{ n: number }[]>`
      WITH RECURSIVE sub AS (SELECT id FROM regions WHERE id = ${province.id} UNION SELECT r.id FROM regions r JOIN sub ON r."parentId" = sub.id)
      SELECT count(DISTINCT p.id)::int AS n FROM products p JOIN producers pr ON pr.id = p."producerId"
      JOIN ocop_certificates c ON c."productId" = p.id
      WHERE pr."regionId" IN (SELECT id FROM sub) AND c.status = 'VALID' AND c.stars >= 3 AND c."decisionDate" <= ${TODAY}::date AND c."validUntil" >= ${TODAY}::date`;
    const provinceFigures = await figuresOf(slug);
    expect(expected.n).toBeGreaterThan(0);
    expect(provinceFigures.certified.total).toBe(expected.n);
    expect(provinceFigures.certified.total).toBeLessThan(1200 / 10);
  }, 120_000);
});

// ───────────────────────────── Hand-built cases ─────────────────────────────

async function programmeFor(regionId: string | null, startYear: number, endYear: number) {
  return db.programme.create({ data: { slug: unique("programme"), nameVi: "Chương trình thử", regionId, startYear, endYear } });
}

/** A certified product of a new producer in `regionId`. */
async function certifiedProduct(regionId: string, certificate: Parameters<typeof createCertificate>[1] = {}, product: Parameters<typeof createProduct>[0] = {}) {
  const producer = await createProducer({ regionId });
  const created = await createProduct({ producerId: producer.id, ...product });
  await createCertificate(created, { decisionDate: d("2024-03-01"), ...certificate });
  return created;
}

describe("programmes side by side, each counting its own region", () => {
  it("a province, its former districts and a commune each count their own subtree, and nothing beside it", async () => {
    const province = await createRegion({ level: "PROVINCE" });
    const areaA = await createRegion({ level: "AREA", parentId: province.id });
    const areaB = await createRegion({ level: "AREA", parentId: province.id });
    const c1 = await createRegion({ parentId: areaA.id, validFrom: d("2025-07-01") });
    const c2 = await createRegion({ parentId: areaA.id, validFrom: d("2025-07-01") });
    const c3 = await createRegion({ parentId: areaB.id, validFrom: d("2025-07-01") });
    const elsewhere = await createRegion({ level: "PROVINCE" });
    await certifiedProduct(c1.id);
    await certifiedProduct(c2.id, { stars: 4 });
    await certifiedProduct(c3.id);
    await certifiedProduct((await createRegion({ parentId: elsewhere.id })).id);

    const [p, a, b, one] = await Promise.all(
      [province, areaA, areaB, c1].map(async (region) => figuresOf((await programmeFor(region.id, 2026, 2030)).slug)),
    );
    expect(p.certified.total).toBe(3);
    expect(a.certified.total).toBe(2);
    expect(count(a.certified.byStars, "4")).toBe(1);
    expect(b.certified.total).toBe(1);
    expect(one.certified.total).toBe(1);
    expect(one.communeTeams.of).toBe(1);
    expect(p.communeTeams.of).toBe(3);
  });

  it("counts what is recorded at a pre-reform commune where it now belongs, and leaves the abolished commune out of the commune count", async () => {
    const province = await createRegion({ level: "PROVINCE" });
    const oldDistrict = await createRegion({ level: "AREA", parentId: province.id });
    // The new commune sits directly under the province; the old one under the former district.
    const newCommune = await createRegion({ parentId: province.id, validFrom: d("2025-07-01") });
    const oldCommune = await createRegion({ parentId: oldDistrict.id, validTo: d("2025-06-30"), mergedIntoId: newCommune.id });
    const product = await certifiedProduct(oldCommune.id);
    await db.communeOcopTeam.create({ data: { regionId: oldCommune.id, establishedOn: d("2022-03-01") } });
    await db.organisationChange.create({ data: { kind: "FOUNDED", name: "HTX cũ", legalForm: "COOPERATIVE", changedOn: d("2026-02-01"), regionId: oldCommune.id } });

    const commune = await figuresOf((await programmeFor(newCommune.id, 2026, 2030)).slug);
    expect(commune.certified.total).toBe(1);
    expect(commune.certified.byCommune).toEqual([{ key: newCommune.slug, count: 1, name: newCommune.name, nameEn: null }]);
    expect(commune.newOrganisations.total).toBe(1);
    // Only the new commune exists today, and it has no team of its own.
    expect(commune.communeTeams).toEqual({ count: 0, of: 1, percent: 0 });
    const list = await listMetricEntries(commune.programme.slug, "products_3star_plus", { commune: newCommune.slug }, 1, TODAY);
    expect(productRows(list).map((row) => [row.slug, row.communeName])).toEqual([[product.slug, newCommune.name]]);

    // The province counts it once, through either path.
    expect((await figuresOf((await programmeFor(province.id, 2026, 2030)).slug)).certified.total).toBe(1);
  });
});

describe("a past period frozen at its end", () => {
  it("counts certificates in force on 31/12/2025 by their own dates, including a decision recorded afterwards, and shows today beside", async () => {
    const region = await createRegion({ validFrom: d("2025-07-01") });
    const slug = (await programmeFor(region.id, 2021, 2025)).slug;
    const today = "2026-11-30";

    const kept = await certifiedProduct(region.id, { decisionDate: d("2024-03-01") });
    // Signed 20/12/2025, typed in on 01/02/2026: the province recognised it within the period.
    const late = await certifiedProduct(region.id, { decisionDate: d("2025-12-20"), createdAt: new Date("2026-02-01T03:00:00Z") });
    // Signed 05/01/2026: after the period, whenever it was recorded.
    const after = await certifiedProduct(region.id, { decisionDate: d("2026-01-05") });
    await certifiedProduct(region.id, { decisionDate: d("2022-01-10") }); // expired 10/01/2025
    const expiredSince = await certifiedProduct(region.id, { decisionDate: d("2023-02-01") }); // expires 01/02/2026
    const revokedSince = await certifiedProduct(region.id, { decisionDate: d("2024-05-01"), status: "REVOKED", revokedAt: d("2026-03-01") });
    await certifiedProduct(region.id, { decisionDate: d("2024-05-01"), status: "REVOKED", revokedAt: d("2025-06-01") });
    // 3★ in 2023, superseded by a 4★ decided 01/02/2026: 3★ at the end, 4★ today, no upgrade in 2021–2025.
    const upgradedLater = await createProduct({ producerId: (await createProducer({ regionId: region.id })).id });
    const four = await createCertificate(upgradedLater, { decisionDate: d("2026-02-01"), stars: 4 });
    await createCertificate(upgradedLater, { decisionDate: d("2023-06-01"), status: "SUPERSEDED", supersededById: four.id });

    const figures = await figuresOf(slug, today);
    expect(figures).toMatchObject({ asOf: "2025-12-31", frozen: true });
    const frozen = productRows(await listMetricEntries(slug, "products_3star_plus", {}, 1, today)).map((row) => row.slug).sort();
    expect(frozen).toEqual([kept.slug, late.slug, expiredSince.slug, revokedSince.slug, upgradedLater.slug].sort());
    expect(figures.certified.total).toBe(5);
    expect(count(figures.certified.byStars, "3")).toBe(5);
    expect(figures.upgrades3To4).toBe(0);
    // Today: the kept, the late and the 2026 one (\`after\`) at 3★, and the upgraded one at 4★.
    expect(figures.now?.certifiedTotal).toBe(4);
    expect(frozen).not.toContain(after.slug);

    // The same programme seen on its last day is not frozen yet, and counts the same.
    const onLastDay = await figuresOf(slug, "2025-12-31");
    expect(onLastDay).toMatchObject({ frozen: false, now: null });
    expect(onLastDay.certified.total).toBe(5);
  });

  it("counts records of the period only: stall support, organisations, commitments, teams and training dated after the end wait for the next period", async () => {
    const region = await createRegion({ validFrom: d("2025-07-01") });
    const slug = (await programmeFor(region.id, 2021, 2025)).slug;
    const product = await certifiedProduct(region.id, { decisionDate: d("2024-01-15") });
    const producerId = product.producerId;
    await db.stallSupport.createMany({
      data: [
        { producerId, supportedOn: d("2025-12-31"), place: "Gian hàng cuối kỳ" },
        { producerId: (await createProducer({ regionId: region.id })).id, supportedOn: d("2026-01-01"), place: "Gian hàng đầu kỳ sau" },
      ],
    });
    await db.organisationChange.createMany({
      data: [
        { kind: "FOUNDED", name: "HTX trong kỳ", legalForm: "COOPERATIVE", changedOn: d("2021-01-01"), regionId: region.id },
        { kind: "FOUNDED", name: "HTX trước kỳ", legalForm: "COOPERATIVE", changedOn: d("2020-12-31"), regionId: region.id },
        { kind: "FOUNDED", name: "HTX sau kỳ", legalForm: "COOPERATIVE", changedOn: d("2026-01-01"), regionId: region.id },
      ],
    });
    // Four commitments within the period, the fifth on 02/01/2026: not all five on 31/12/2025.
    await db.producerCommitment.createMany({
      data: ["FOOD_SAFETY", "PACKAGING", "LABELS", "QUALITY_MANAGEMENT", "TRACEABILITY"].map((kind, i) => ({
        producerId,
        kind: kind as "FOOD_SAFETY",
        committedOn: i === 4 ? d("2026-01-02") : d("2025-05-01"),
      })),
    });
    await db.communeOcopTeam.create({ data: { regionId: region.id, establishedOn: d("2026-01-10") } });
    await db.ocopStaff.create({ data: { name: "Cán bộ thử", regionId: region.id, servingFrom: d("2025-07-01"), trainedOn: d("2026-01-05") } });

    const figures = await figuresOf(slug, "2026-11-30");
    expect(figures.stallsSupported).toBe(1);
    expect(figures.newOrganisations.total).toBe(1);
    expect(figures.commitments).toEqual({ count: 0, of: 1, percent: 0 });
    expect(figures.now?.commitments).toEqual({ count: 1, of: 1, percent: 100 });
    expect(figures.communeTeams).toEqual({ count: 0, of: 1, percent: 0 });
    expect(figures.now?.communeTeams).toEqual({ count: 1, of: 1, percent: 100 });
    expect(figures.staffTrained).toEqual({ count: 0, of: 1, percent: 0 });
    expect(figures.now?.staffTrained).toEqual({ count: 1, of: 1, percent: 100 });
  });
});

describe("each target's definition", () => {
  const today = "2026-11-30";
  const running = async (regionId: string) => (await programmeFor(regionId, 2021, 2030)).slug;

  it("products at 3★+: a valid 3–5★ certificate on the day, whatever the listing or the producer's status on the site", async () => {
    const region = await createRegion();
    const slug = await running(region.id);
    const suspended = await certifiedProduct(region.id, { stars: 4 });
    await db.producer.update({ where: { id: suspended.producerId }, data: { status: "SUSPENDED" } });
    await certifiedProduct(region.id, {}, { status: "ARCHIVED" });
    await certifiedProduct(region.id, { stars: 2 });
    await certifiedProduct(region.id, { decisionDate: d("2026-12-01") }); // decided after today: not yet
    const figures = await figuresOf(slug, today);
    expect(figures.certified.total).toBe(2);
    const rows = productRows(await listMetricEntries(slug, "products_3star_plus", {}, 1, today));
    // Counted, but not linked: neither is for sale on the site.
    expect(rows.every((row) => !row.listed)).toBe(true);
  });

  it("tourism products: OCOP group 6 (TOURISM) only, not a flag on another group's product", async () => {
    const region = await createRegion();
    const slug = await running(region.id);
    await certifiedProduct(region.id, {}, { group: "TOURISM" });
    await certifiedProduct(region.id, {}, { group: "FOOD", isTourism: true });
    const figures = await figuresOf(slug, today);
    expect(figures.tourismProducts).toBe(1);
    expect((await listMetricEntries(slug, "tourism_products", {}, 1, today))?.total).toBe(1);
  });

  it("upgrades: a decision at 4★ (5★) in the period after an earlier one at 3★ (4★), each product once", async () => {
    const region = await createRegion();
    const slug = (await programmeFor(region.id, 2021, 2025)).slug;
    const producerId = (await createProducer({ regionId: region.id })).id;
    const make = async (certs: [string, number, Partial<Parameters<typeof createCertificate>[1]>?][]) => {
      const product = await createProduct({ producerId });
      for (const [day, stars, extra] of certs) await createCertificate(product, { decisionDate: d(day), stars, ...extra });
      return product;
    };
    const counted = await make([["2020-05-01", 3], ["2023-05-01", 4], ["2025-03-01", 4]]); // 3★ before the period, 4★ in it, renewed
    await make([["2022-01-01", 3], ["2022-06-01", 3]]); // re-evaluated at the same stars
    await make([["2021-02-01", 3], ["2024-02-01", 5]]); // 3★ → 5★ directly: neither kind of upgrade
    await make([["2022-02-01", 4], ["2026-02-01", 5]]); // 5★ after the period
    await make([["2022-02-01", 3], ["2024-02-01", 4, { status: "REVOKED", revokedAt: d("2024-09-01") }]]); // upgrade revoked in the period
    const fiveStar = await make([["2021-03-01", 4], ["2025-11-01", 5, { level: "NATIONAL" }]]);

    const figures = await figuresOf(slug, today);
    expect(productRows(await listMetricEntries(slug, "upgrades_3_to_4", {}, 1, today)).map((row) => row.slug)).toEqual([counted.slug]);
    expect(figures.upgrades3To4).toBe(1);
    expect(productRows(await listMetricEntries(slug, "upgrades_4_to_5", {}, 1, today)).map((row) => row.slug)).toEqual([fiveStar.slug]);
    expect(figures.upgrades4To5).toBe(1);
  });

  it("new economic organisations: founded or re-formed as officers record it, once per organisation; sign-ups do not count", async () => {
    const region = await createRegion();
    const slug = await running(region.id);
    const producer = await createProducer({ regionId: region.id, registeredOn: d("2024-01-01") });
    await createProducer({ regionId: region.id, registeredOn: d("2024-02-01") }); // a sign-up, no record
    await db.organisationChange.createMany({
      data: [
        { kind: "FOUNDED", name: "Tổ hợp tác A", legalForm: "COOPERATIVE_GROUP", changedOn: d("2022-03-01"), regionId: region.id, producerId: producer.id },
        { kind: "REFORMED", name: "HTX A", legalForm: "COOPERATIVE", changedOn: d("2024-07-01"), regionId: region.id, producerId: producer.id },
        { kind: "FOUNDED", name: "Doanh nghiệp B", legalForm: "ENTERPRISE", changedOn: d("2025-01-01"), regionId: region.id },
      ],
    });
    const figures = await figuresOf(slug, today);
    expect(figures.newOrganisations.total).toBe(2);
    expect(count(figures.newOrganisations.byKind, "REFORMED")).toBe(1);
    expect(count(figures.newOrganisations.byLegalForm, "ENTERPRISE")).toBe(1);
  });

  it("stalls supported: producers officers recorded support for, once each; an approved fair booth is not stall support", async () => {
    const region = await createRegion();
    const slug = await running(region.id);
    const twice = await createProducer({ regionId: region.id });
    await db.stallSupport.createMany({
      data: [
        { producerId: twice.id, supportedOn: d("2022-05-01"), place: "Cửa hàng tại nhà" },
        { producerId: twice.id, supportedOn: d("2024-05-01"), place: "Quầy ở chợ" },
      ],
    });
    const booth = await createProducer({ regionId: region.id });
    const fair = await db.fair.create({
      data: { slug: unique("fair"), nameVi: "Hội chợ", startsOn: d("2024-10-01"), endsOn: d("2024-10-03"), venue: "Hà Nội", province: "Hà Nội", registrationDeadline: d("2024-09-01"), boothCapacity: 10 },
    });
    await db.boothRequest.create({ data: { fairId: fair.id, producerId: booth.id, boothCount: 1, status: "APPROVED" } });
    const figures = await figuresOf(slug, today);
    expect(figures.stallsSupported).toBe(1);
    const list = await listMetricEntries(slug, "stalls_supported", {}, 1, today);
    expect(list?.kind === "producers" && list.rows.map((row) => [row.slug, row.times, row.day])).toEqual([[twice.slug, 2, "2024-05-01"]]);
  });

  it("producers with all five commitments: a share of the OCOP producers, commitments made by the day", async () => {
    const region = await createRegion();
    const slug = await running(region.id);
    const kinds = ["FOOD_SAFETY", "PACKAGING", "LABELS", "QUALITY_MANAGEMENT", "TRACEABILITY"] as const;
    const commit = (producerId: string, n = 5) =>
      db.producerCommitment.createMany({ data: kinds.slice(0, n).map((kind) => ({ producerId, kind, committedOn: d("2025-01-01") })) });
    const full = await certifiedProduct(region.id);
    await commit(full.producerId);
    const partial = await certifiedProduct(region.id);
    await commit(partial.producerId, 4);
    await certifiedProduct(region.id);
    // All five, but no OCOP product: not among the programme's OCOP producers.
    await commit((await createProducer({ regionId: region.id })).id);
    const figures = await figuresOf(slug, today);
    expect(figures.commitments).toEqual({ count: 1, of: 3, percent: 33 });
  });

  it("communes with a team and trained officers: shares of the communes in existence and the officers serving on the day", async () => {
    const area = await createRegion({ level: "AREA" });
    const slug = await running(area.id);
    const communes = await Promise.all([1, 2, 3, 4].map(() => createRegion({ parentId: area.id, validFrom: d("2025-07-01") })));
    const abolished = await createRegion({ parentId: area.id, validTo: d("2025-06-30"), mergedIntoId: communes[0].id });
    await db.communeOcopTeam.createMany({
      data: [
        { regionId: communes[0].id, establishedOn: d("2025-08-01") },
        { regionId: communes[1].id, establishedOn: d("2025-09-01") },
        { regionId: communes[2].id, establishedOn: d("2026-12-15") }, // not yet
        { regionId: abolished.id, establishedOn: d("2022-01-01") },
      ],
    });
    await db.ocopStaff.createMany({
      data: [
        { name: "A", regionId: area.id, trainedOn: d("2022-04-01") },
        { name: "B", regionId: communes[0].id, servingFrom: d("2025-07-01"), trainedOn: d("2025-10-01") },
        { name: "C", regionId: communes[1].id, servingFrom: d("2025-07-01") },
        { name: "D", regionId: area.id, servingUntil: d("2025-06-30"), trainedOn: d("2021-06-01") }, // left
        { name: "E", regionId: communes[3].id, servingFrom: d("2027-01-01"), trainedOn: d("2026-10-01") }, // not serving yet
      ],
    });
    const figures = await figuresOf(slug, today);
    expect(figures.communeTeams).toEqual({ count: 2, of: 4, percent: 50 });
    expect(figures.staffTrained).toEqual({ count: 2, of: 3, percent: 66 });
    const staff = await listMetricEntries(slug, "staff_trained", {}, 1, today);
    expect(staff?.kind === "staff" && staff.rows.reduce((sum, row) => sum + row.serving, 0)).toBe(3);
  });
});

describe("lists at scale", () => {
  it("paginate in pages of 50 with the total, and filter on the server", async () => {
    const region = await createRegion();
    const slug = (await programmeFor(region.id, 2026, 2030)).slug;
    const producer = await createProducer({ regionId: region.id });
    for (let i = 0; i < 62; i++) {
      const product = await createProduct({ producerId: producer.id, nameVi: `Chè thử ${String(i).padStart(2, "0")} ${unique()}` });
      await createCertificate(product, { decisionDate: d("2026-01-10"), stars: i < 2 ? 4 : 3 });
    }
    const first = await listMetricEntries(slug, "products_3star_plus", {}, 1, "2026-11-30");
    const second = await listMetricEntries(slug, "products_3star_plus", {}, 2, "2026-11-30");
    expect(first).toMatchObject({ total: 62, page: 1, pageSize: 50 });
    expect(first?.rows).toHaveLength(50);
    expect(second?.rows).toHaveLength(12);
    expect(new Set([...productRows(first), ...productRows(second)].map((row) => row.slug)).size).toBe(62);
    expect((await listMetricEntries(slug, "products_3star_plus", { stars: 4 }, 1, "2026-11-30"))?.total).toBe(2);
    expect((await listMetricEntries(slug, "products_3star_plus", { year: 2025 }, 1, "2026-11-30"))?.total).toBe(0);
  });
});
