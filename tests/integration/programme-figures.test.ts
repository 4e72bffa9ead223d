import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { db } from "@/server/infra/db";
import { computeProgrammeFigures, listMetricEntries } from "@/server/programme/queries";
import { createCertificate, createProducer, createProduct, createRegion } from "../factories";

const TODAY = new Date("2026-11-28T00:00:00Z");
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const count = (rows: { key: string; count: number }[], key: string) => rows.find((row) => row.key === key)?.count ?? 0;

describe("programme figures on the demo district", () => {
  beforeAll(async () => {
    await seedDemo(db, { today: TODAY });
  });

  it("shows the resolution's baseline: 19 products at 3★+ (17 at 3★, 2 at 4★) against a goal of 50", async () => {
    const figures = await computeProgrammeFigures(TODAY);
    expect(figures.programme?.startYear).toBe(2021);
    expect(figures.certified.total).toBe(19);
    expect(count(figures.certified.byStars, "3")).toBe(17);
    expect(count(figures.certified.byStars, "4")).toBe(2);
    expect(count(figures.certified.byStars, "5")).toBe(0);
    expect(count(figures.certified.byGroup, "FOOD")).toBe(18);
    expect(count(figures.certified.byGroup, "HANDICRAFT")).toBe(1);
    expect(figures.certified.byCommune.reduce((sum, row) => sum + row.count, 0)).toBe(19);
    expect(figures.certified.byYear.reduce((sum, row) => sum + row.count, 0)).toBe(19);

    // What /api/v1/programme sends (JSON) is what the OpenAPI document describes.
    const { ZProgrammeFigures } = await import("@/server/programme/openapi");
    const { buildOpenApiDocument } = await import("@/server/infra/openapi/openapi-document");
    expect(ZProgrammeFigures.strict().safeParse(JSON.parse(JSON.stringify(figures))).error).toBeUndefined();
    expect(Object.keys(buildOpenApiDocument("http://x").paths ?? {})).toContain("/programme");

    const target = figures.targets.find((t) => t.metric === "products_3star_plus");
    expect(target).toMatchObject({ baseline: 19, goal: 50, now: 19, percent: 0, reached: false });
    expect(figures.targets).toHaveLength(7);
    expect(figures.targets.every((t) => t.now !== null)).toBe(true);
  });

  it("computes every other figure from the seeded rows", async () => {
    const figures = await computeProgrammeFigures(TODAY);
    const [producers, complete, approvedProducers, registered] = await Promise.all([
      db.producer.count({ where: { status: "ACTIVE" } }),
      db.producer.count({
        where: { status: "ACTIVE", AND: ["FOOD_SAFETY", "PACKAGING", "LABELS", "QUALITY_MANAGEMENT", "TRACEABILITY"].map((kind) => ({ commitments: { some: { kind: kind as never } } })) },
      }),
      db.boothRequest.findMany({ where: { status: "APPROVED", fair: { startsOn: { gte: d("2021-01-01"), lte: d("2025-12-31") } } }, distinct: ["producerId"] }),
      db.producer.count({ where: { registeredOn: { gte: d("2021-01-01"), lte: d("2025-12-31") } } }),
    ]);
    // The seed: 3 producers with all five commitments; the Cao Bồ tea went 3★ → 4★ in 2025.
    expect(complete).toBe(3);
    expect(figures.commitments).toEqual({ complete: 3, producers, percent: Math.floor(300 / producers) });
    expect(figures.upgrades3To4).toBe(1);
    expect(figures.upgrades4To5).toBe(0);
    expect(figures.showroomsSupported).toBe(approvedProducers.length);
    expect(figures.showroomsSupported).toBeGreaterThanOrEqual(2);
    expect(figures.newOrganisations.total).toBe(registered);
    expect(figures.newOrganisations.byLegalForm.reduce((sum, row) => sum + row.count, 0)).toBe(registered);
    expect(figures.ideasByCommune.reduce((sum, row) => sum + row.count, 0)).toBe(await db.productIdea.count({ where: { regionId: { not: null } } }));
    expect(figures.tourismProducts).toBe(0);

    const byMetric = Object.fromEntries(figures.targets.map((t) => [t.metric, t.now]));
    expect(byMetric).toMatchObject({
      upgrades_3_to_4: 1,
      showrooms_supported: figures.showroomsSupported,
      new_economic_organisations: registered,
      producers_all_commitments: figures.commitments.percent,
    });
  });

  it("lists the products and producers behind each number", async () => {
    const threeStars = await listMetricEntries("products_3star_plus", { stars: 3 }, TODAY);
    expect(threeStars.kind).toBe("products");
    expect(threeStars.rows).toHaveLength(17);
    const all = await listMetricEntries("products_3star_plus", {}, TODAY);
    expect(all.rows).toHaveLength(19);
    const upgrades = await listMetricEntries("upgrades_3_to_4", {}, TODAY);
    expect(upgrades.rows.map((row) => row.slug)).toEqual(["che-shan-tuyet-co-thu-cao-bo"]);
    const committed = await listMetricEntries("producers_all_commitments", {}, TODAY);
    expect(committed.kind).toBe("producers");
    expect(committed.rows).toHaveLength(3);
  });
});

describe("programme figures on hand-built cases", () => {
  // Dated far from the demo data so that these cases are counted on their own (a fresh region each).
  const today = d("2030-06-15");

  async function certifiedIn(regionSlug: string) {
    const list = await listMetricEntries("products_3star_plus", { commune: regionSlug }, today);
    return list.rows.map((row) => row.slug).sort();
  }

  it("stops counting an expired certificate and counts one expiring within 90 days", async () => {
    const region = await createRegion();
    const producer = await createProducer({ regionId: region.id });
    const expired = await createProduct({ producerId: producer.id });
    await createCertificate(expired, { decisionDate: d("2027-01-01"), validUntil: d("2030-06-14") });
    const lastDay = await createProduct({ producerId: producer.id });
    await createCertificate(lastDay, { decisionDate: d("2027-06-15"), validUntil: d("2030-06-15") });
    const before = await computeProgrammeFigures(today);

    expect(await certifiedIn(region.slug)).toEqual([lastDay.slug]);
    const expiring = await listMetricEntries("certificates_expiring", { commune: region.slug }, today);
    expect(expiring.rows.map((row) => row.slug)).toEqual([lastDay.slug]);

    const dayAfter = await computeProgrammeFigures(d("2030-06-16"));
    expect(dayAfter.certified.total).toBe(before.certified.total - 1);
  });

  it("stops counting a suspended producer's products, and revoked or 2★ certificates never count", async () => {
    const region = await createRegion();
    const producer = await createProducer({ regionId: region.id });
    const product = await createProduct({ producerId: producer.id });
    await createCertificate(product, { decisionDate: d("2029-01-01"), stars: 4 });
    const revoked = await createProduct({ producerId: producer.id });
    await createCertificate(revoked, { decisionDate: d("2029-01-01"), status: "REVOKED" });
    const twoStars = await createProduct({ producerId: producer.id });
    await createCertificate(twoStars, { decisionDate: d("2029-01-01"), stars: 2 });

    const before = await computeProgrammeFigures(today);
    expect(await certifiedIn(region.slug)).toEqual([product.slug]);

    await db.producer.update({ where: { id: producer.id }, data: { status: "SUSPENDED" } });
    const after = await computeProgrammeFigures(today);
    expect(await certifiedIn(region.slug)).toEqual([]);
    expect(after.certified.total).toBe(before.certified.total - 1);
    expect(count(after.certified.byStars, "4")).toBe(count(before.certified.byStars, "4") - 1);
  });

  it("counts a recorded 3★ certificate at once, and a product whose chain went 3★→4★ once as an upgrade", async () => {
    const base = await computeProgrammeFigures(TODAY);
    const region = await createRegion();
    const product = await createProduct({ producerId: (await createProducer({ regionId: region.id })).id, group: "TOURISM" });

    const first = await createCertificate(product, { decisionDate: d("2024-02-01") });
    const afterFirst = await computeProgrammeFigures(TODAY);
    expect(afterFirst.certified.total).toBe(base.certified.total + 1);
    expect(afterFirst.tourismProducts).toBe(base.tourismProducts + 1);
    expect(afterFirst.upgrades3To4).toBe(base.upgrades3To4);

    const second = await createCertificate(product, { decisionDate: d("2025-02-01"), stars: 4 });
    await db.ocopCertificate.update({ where: { id: first.id }, data: { status: "SUPERSEDED", supersededById: second.id } });
    const renewed = await createCertificate(product, { decisionDate: d("2025-08-01"), stars: 4 });
    await db.ocopCertificate.update({ where: { id: second.id }, data: { status: "SUPERSEDED", supersededById: renewed.id } });

    const after = await computeProgrammeFigures(TODAY);
    expect(after.upgrades3To4).toBe(base.upgrades3To4 + 1);
    expect(after.certified.total).toBe(base.certified.total + 1);
    expect(count(after.certified.byStars, "4")).toBe(count(base.certified.byStars, "4") + 1);
    expect(count(after.certified.byGroup, "TOURISM")).toBe(1);
    expect(after.certified.byCommune.find((row) => row.key === region.slug)?.count).toBe(1);
    expect(after.targets.find((t) => t.metric === "tourism_products")).toMatchObject({ now: 1, reached: true, percent: 100 });
  });

  it("counts producers registered in the period by legal form, booths approved, and full commitments", async () => {
    const base = await computeProgrammeFigures(TODAY);
    const inPeriod = await createProducer({ legalForm: "HOUSEHOLD", registeredOn: d("2023-04-01") });
    await createProducer({ legalForm: "HOUSEHOLD", registeredOn: d("2020-12-31") });
    const fair = await db.fair.create({
      data: {
        slug: `fair-${inPeriod.slug}`,
        nameVi: "Hội chợ thử",
        startsOn: d("2024-10-01"),
        endsOn: d("2024-10-03"),
        venue: "Nhà văn hóa",
        province: "Tuyên Quang",
        registrationDeadline: d("2024-09-01"),
        boothCapacity: 10,
      },
    });
    await db.boothRequest.createMany({
      data: [
        { fairId: fair.id, producerId: inPeriod.id, boothCount: 1, status: "APPROVED" },
        { fairId: fair.id, producerId: inPeriod.id, boothCount: 1, status: "APPROVED" },
        { fairId: fair.id, producerId: (await createProducer()).id, boothCount: 1, status: "WAITLISTED" },
      ],
    });
    const kinds = ["FOOD_SAFETY", "PACKAGING", "LABELS", "QUALITY_MANAGEMENT", "TRACEABILITY"] as const;
    await db.producerCommitment.createMany({ data: kinds.map((kind) => ({ producerId: inPeriod.id, kind, committedOn: d("2024-01-01"), evidence: "Bản cam kết" })) });

    const after = await computeProgrammeFigures(TODAY);
    expect(after.newOrganisations.total).toBe(base.newOrganisations.total + 1);
    expect(count(after.newOrganisations.byLegalForm, "HOUSEHOLD")).toBe(count(base.newOrganisations.byLegalForm, "HOUSEHOLD") + 1);
    expect(after.showroomsSupported).toBe(base.showroomsSupported + 1);
    expect(after.commitments.complete).toBe(base.commitments.complete + 1);
    expect(after.commitments.producers).toBe(base.commitments.producers + 3);

    await db.producerCommitment.deleteMany({ where: { producerId: inPeriod.id, kind: "LABELS" } });
    expect((await computeProgrammeFigures(TODAY)).commitments.complete).toBe(base.commitments.complete);
  });
});
