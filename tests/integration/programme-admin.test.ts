import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { pinClock } from "@/lib/clock";
import { parseListQuery } from "@/lib/list-query";
import { isAppError } from "@/lib/errors";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { db } from "@/server/infra/db";
import { programmeFiguresCsv } from "@/server/programme/export";
import { computeProgrammeFigures } from "@/server/programme/figures";
import {
  createProgramme,
  deleteCommuneTeam,
  deleteOcopStaff,
  deleteOrganisationChange,
  deleteStallSupport,
  recordCommitmentForProducers,
  saveOcopStaff,
  saveOrganisationChange,
  saveStallSupport,
  saveTarget,
  setCommuneTeam,
  setProducerCommitments,
  setSubgroupBaselines,
  updateProgramme,
} from "@/server/programme/mutations";
import {
  COMMITMENT_LIST,
  exportCommitmentChecklist,
  findProducers,
  getProgrammeContext,
  getProgrammeForEditing,
  listCommitmentChecklist,
  listOcopStaff,
  listOrganisationChanges,
  listStallSupports,
  ORGANISATION_LIST,
  producersForCommitment,
  STAFF_LIST,
  STALL_LIST,
} from "@/server/programme/queries";
import { regionSubtreeIds } from "@/server/regions/queries";
import { createOfficerViewer, createProducer, createProducerViewer, createRegion, unique } from "../factories";

const TODAY = "2026-11-28";
const KINDS = ["FOOD_SAFETY", "PACKAGING", "LABELS", "QUALITY_MANAGEMENT", "TRACEABILITY"] as const;

async function errorOf(promise: Promise<unknown>): Promise<{ code: string; fields: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, fields: error.details ?? {} };
    if (error instanceof ZodError) return { code: "VALIDATION", fields: Object.fromEntries(error.issues.map((i) => [String(i.path[0]), i.message])) };
    throw error;
  }
  throw new Error("expected a failure");
}
const codeOf = async (promise: Promise<unknown>) => (await errorOf(promise)).code;
/** The commitments list's query as its URL would carry it. */
const commitmentQuery = (params: Record<string, string>) => parseListQuery(COMMITMENT_LIST, params);

let programmeId: string;

beforeAll(async () => {
  await seedDemo(db, { today: new Date(`${TODAY}T00:00:00Z`) });
  programmeId = (await db.programme.findFirstOrThrow({ where: { isCurrent: true } })).id;
});

afterEach(() => pinClock(null));

const figures = async (slug: string | null = null) => (await computeProgrammeFigures(slug, TODAY))!;

describe("editing programmes", () => {
  const form = () => ({ programmeId, nameVi: "Chương trình OCOP 2021–2026", nameEn: "OCOP 2021–2026", reference: "NQ số 01", startYear: "2021", endYear: "2026", isCurrent: "on" });

  it("refuses anonymous visitors and producers, on every use case and query", async () => {
    const { viewer: producer } = await createProducerViewer();
    expect(await codeOf(updateProgramme(null, form()))).toBe("UNAUTHENTICATED");
    expect(await codeOf(updateProgramme(producer, form()))).toBe("FORBIDDEN");
    expect(await codeOf(createProgramme(producer, { slug: "x-y-z", nameVi: "x", startYear: "2026", endYear: "2030" }))).toBe("FORBIDDEN");
    expect(await codeOf(saveTarget(producer, { programmeId, metric: "tourism_products", labelVi: "x", labelEn: "x", baseline: "0", goal: "1" }))).toBe("FORBIDDEN");
    const items = KINDS.map((kind) => ({ kind, committed: false }));
    expect(await codeOf(setProducerCommitments(producer, { producerId: producer.producerId, items }))).toBe("FORBIDDEN");
    expect(await codeOf(saveStallSupport(producer, { producerId: producer.producerId, supportedOn: "2026-01-01", place: "x" }))).toBe("FORBIDDEN");
    expect(await codeOf(setCommuneTeam(producer, { regionId: "x", establishedOn: "2026-01-01" }))).toBe("FORBIDDEN");
    expect(await codeOf(saveOcopStaff(producer, { name: "x", regionId: "x" }))).toBe("FORBIDDEN");
    expect(await codeOf(saveOrganisationChange(producer, { kind: "FOUNDED", name: "x", legalForm: "COOPERATIVE", changedOn: "2026-01-01", regionId: "x" }))).toBe("FORBIDDEN");
    expect(await codeOf(getProgrammeForEditing(producer, null))).toBe("FORBIDDEN");
    expect(await codeOf(getProgrammeContext(producer, null))).toBe("FORBIDDEN");
    expect(await codeOf(listCommitmentChecklist(null, null, commitmentQuery({})))).toBe("UNAUTHENTICATED");
    expect(await codeOf(exportCommitmentChecklist(producer, null, commitmentQuery({})))).toBe("FORBIDDEN");
  });

  it("lets an officer change name and period, audited, and the period moves the figures", async () => {
    const { viewer } = await createOfficerViewer();
    expect(await codeOf(updateProgramme(viewer, { ...form(), endYear: "2019" }))).toBe("VALIDATION");
    await updateProgramme(viewer, form());
    expect(await getProgrammeForEditing(viewer, null)).toMatchObject({ nameVi: "Chương trình OCOP 2021–2026", endYear: 2026, reference: "NQ số 01", isCurrent: true });
    expect((await db.auditLog.findFirst({ where: { action: "programme.update", actorId: viewer.userId } }))?.entityId).toBe(programmeId);
    // 2021–2026 has not ended on 28/11/2026: counted as of today, and the 2026 stall and organisation count.
    const running = await figures();
    expect(running).toMatchObject({ frozen: false, asOf: TODAY, stallsSupported: 4 });
    expect(running.newOrganisations.total).toBe(6);
    await updateProgramme(viewer, { ...form(), nameVi: "Chương trình OCOP huyện Vị Xuyên 2021–2025", nameEn: "Vi Xuyen District OCOP Programme 2021–2025", endYear: "2025" });
    expect(await figures()).toMatchObject({ frozen: true, stallsSupported: 3 });
  });

  it("makes another programme the one /programme shows, releasing the first", async () => {
    const { viewer } = await createOfficerViewer();
    const commune = await db.programme.findUniqueOrThrow({ where: { slug: "ocop-xa-thanh-thuy-2026-2030" } });
    const values = { programmeId: commune.id, nameVi: commune.nameVi, nameEn: commune.nameEn ?? "", reference: "", startYear: "2026", endYear: "2030", isCurrent: "on" };
    await updateProgramme(viewer, values);
    expect((await figures()).programme.slug).toBe("ocop-xa-thanh-thuy-2026-2030");
    expect(await db.programme.count({ where: { isCurrent: true } })).toBe(1);
    await updateProgramme(viewer, { ...form(), nameVi: "Chương trình OCOP huyện Vị Xuyên 2021–2025", endYear: "2025" });
    expect((await figures()).programme.slug).toBe("ocop-vi-xuyen-2021-2025");
    await updateProgramme(viewer, { ...values, isCurrent: "" });
    expect(await db.programme.count({ where: { isCurrent: true } })).toBe(1);
  });

  it("creates a programme for a region by its official code, refusing an unknown code or a taken page name", async () => {
    const { viewer } = await createOfficerViewer();
    const base = { nameVi: "Chương trình OCOP tỉnh Tuyên Quang 2026–2030", startYear: "2026", endYear: "2030" };
    expect(await errorOf(createProgramme(viewer, { ...base, slug: "tinh-tq", regionCode: "no-such-code" }))).toMatchObject({ code: "VALIDATION", fields: { regionCode: "region" } });
    expect(await errorOf(createProgramme(viewer, { ...base, slug: "list", regionCode: "08" }))).toMatchObject({ code: "VALIDATION", fields: { slug: "slug" } });
    expect(await errorOf(createProgramme(viewer, { ...base, slug: "ocop-vi-xuyen-2021-2025", regionCode: "08" }))).toMatchObject({ code: "CONFLICT", fields: { slug: "slugTaken" } });
    const { slug } = await createProgramme(viewer, { ...base, slug: "ocop-tinh-tuyen-quang-2026-2030", regionCode: "08" });
    // The province holds the whole demo district: today's 19.
    const province = await figures(slug);
    expect(province.programme.region?.slug).toBe("tuyen-quang");
    expect(province.certified.total).toBe(19);
    expect(await db.auditLog.count({ where: { action: "programme.create", actorId: viewer.userId } })).toBe(1);
  });

  it("edits a target's baseline, goal and range, and refuses a second target on the same metric", async () => {
    const { viewer } = await createOfficerViewer();
    const target = await db.programmeTarget.findFirstOrThrow({ where: { programmeId, metric: "products_3star_plus" } });
    const values = { programmeId, targetId: target.id, metric: "products_3star_plus", labelVi: target.labelVi, labelEn: target.labelEn, baseline: "19", goal: "55", goalMax: "60", unit: "sản phẩm" };
    await saveTarget(viewer, values);
    expect((await figures()).targets.find((t) => t.metric === "products_3star_plus")).toMatchObject({ goal: 55, goalMax: 60, value: 19 });
    expect(await codeOf(saveTarget(viewer, { ...values, goalMax: "50" }))).toBe("VALIDATION");
    expect(await codeOf(saveTarget(viewer, { ...values, goal: " " }))).toBe("VALIDATION");
    expect(await codeOf(saveTarget(viewer, { ...values, targetId: "", labelVi: "Trùng" }))).toBe("CONFLICT");
    await saveTarget(viewer, { ...values, goal: "50", goalMax: "" });
    expect((await db.programmeTarget.findUniqueOrThrow({ where: { id: target.id } })).goalMax).toBeNull();
    expect(await db.auditLog.count({ where: { action: "programme.target.update", entityId: target.id } })).toBe(2);
  });

  it("keeps the resolution's baseline by subgroup, a blank removing one", async () => {
    const { viewer } = await createOfficerViewer();
    const slug = (await createProgramme(viewer, { slug: unique("sg"), nameVi: "Thử", startYear: "2026", endYear: "2030", regionCode: "030" })).slug;
    const id = (await db.programme.findUniqueOrThrow({ where: { slug } })).id;
    expect(await codeOf(setSubgroupBaselines(viewer, { programmeId: id, counts: { FOOD_TEA: "-1" } }))).toBe("VALIDATION");
    await setSubgroupBaselines(viewer, { programmeId: id, counts: { FOOD_TEA: "13", FOOD_SPICE: "2", FOOD_FRESH: "" } });
    const rows = (await figures(slug)).certified.bySubgroup;
    expect(rows.find((row) => row.key === "FOOD_TEA")).toMatchObject({ baseline: 13, count: 13 });
    expect(rows.find((row) => row.key === "FOOD_FRESH")).toMatchObject({ baseline: null, count: 2 });
    await setSubgroupBaselines(viewer, { programmeId: id, counts: { FOOD_TEA: "", FOOD_SPICE: "2" } });
    expect(await db.programmeSubgroupBaseline.count({ where: { programmeId: id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "programme.baselines.set", entityId: id } })).toBe(2);
  });
});

describe("the five-commitment checklist", () => {
  it("records ticked commitments with date and evidence, removes unticked ones, and moves the share of OCOP producers", async () => {
    const { viewer } = await createOfficerViewer();
    const producer = await db.producer.findUniqueOrThrow({ where: { slug: "htx-che-thanh-thuy" } });
    const before = await figures("ocop-xa-thanh-thuy-2026-2030");
    const all = KINDS.map((kind) => ({ kind, committed: true, committedOn: "2026-11-01", evidence: `Biên bản ${kind}` }));

    const missingEvidence = all.map((item, index) => (index === 2 ? { ...item, evidence: " " } : item));
    expect(await codeOf(setProducerCommitments(viewer, { producerId: producer.id, items: missingEvidence }))).toBe("VALIDATION");
    pinClock("2026-11-28T09:00:00+07:00");
    const tomorrow = all.map((item, index) => (index === 0 ? { ...item, committedOn: "2026-11-29" } : item));
    expect(await codeOf(setProducerCommitments(viewer, { producerId: producer.id, items: tomorrow }))).toBe("VALIDATION");
    expect(await codeOf(setProducerCommitments(viewer, { producerId: "missing", items: all }))).toBe("NOT_FOUND");

    await setProducerCommitments(viewer, { producerId: producer.id, items: all });
    // Trà Pèng already had all five: now both of Thanh Thủy's OCOP producers have.
    expect(before.commitments).toEqual({ count: 1, of: 2, percent: 50 });
    expect((await figures("ocop-xa-thanh-thuy-2026-2030")).commitments).toEqual({ count: 2, of: 2, percent: 100 });
    const rows = await db.producerCommitment.findMany({ where: { producerId: producer.id } });
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.recordedById === viewer.userId && row.evidence.startsWith("Biên bản"))).toBe(true);

    await setProducerCommitments(viewer, { producerId: producer.id, items: all.map((item) => (item.kind === "LABELS" ? { kind: item.kind, committed: false } : item)) });
    expect(await db.producerCommitment.count({ where: { producerId: producer.id } })).toBe(4);
    expect((await figures("ocop-xa-thanh-thuy-2026-2030")).commitments.count).toBe(1);
    expect(await db.auditLog.count({ where: { action: "producer.commitments.set", entityId: producer.id } })).toBe(2);
  });

  it("records one commitment for several producers at once, keeping the record of those that already have it, each audited", async () => {
    pinClock("2026-11-28T09:00:00+07:00");
    const { viewer } = await createOfficerViewer();
    const commune = await createRegion();
    const [first, second, signed] = [await createProducer({ regionId: commune.id }), await createProducer({ regionId: commune.id }), await createProducer({ regionId: commune.id })];
    await db.producerCommitment.create({ data: { producerId: signed.id, kind: "FOOD_SAFETY", committedOn: new Date("2026-10-05T00:00:00Z"), evidence: "Bản cam kết riêng" } });
    const ids = [first.id, second.id, signed.id];
    const training = { kind: "FOOD_SAFETY", committedOn: "2026-11-20", evidence: "Biên bản tập huấn an toàn thực phẩm số 12/BB" };

    // The confirmation shows who already has it, and since when.
    const shown = await producersForCommitment(viewer, ids, "FOOD_SAFETY");
    expect(shown.missing).toBe(0);
    expect(Object.fromEntries(shown.items.map((p) => [p.id, p.recordedOn]))).toEqual({ [first.id]: null, [second.id]: null, [signed.id]: "2026-10-05" });

    // The single checklist's rules: a day after today, no evidence or an unknown kind change nothing.
    expect(await codeOf(recordCommitmentForProducers(viewer, ids, { ...training, committedOn: "2026-11-29" }))).toBe("VALIDATION");
    expect(await codeOf(recordCommitmentForProducers(viewer, ids, { ...training, evidence: " " }))).toBe("VALIDATION");
    expect(await codeOf(recordCommitmentForProducers(viewer, ids, { ...training, kind: "HAPPINESS" }))).toBe("VALIDATION");
    expect(await db.producerCommitment.count({ where: { producerId: { in: ids } } })).toBe(1);

    expect(await recordCommitmentForProducers(viewer, ids, training)).toEqual({ changed: 2, skipped: 1 });
    for (const producer of [first, second]) {
      expect(await db.producerCommitment.findMany({ where: { producerId: producer.id } })).toEqual([
        expect.objectContaining({ kind: "FOOD_SAFETY", committedOn: new Date("2026-11-20T00:00:00Z"), evidence: training.evidence, recordedById: viewer.userId }),
      ]);
      expect(await db.auditLog.count({ where: { action: "producer.commitments.set", entityId: producer.id } })).toBe(1);
    }
    expect(await db.producerCommitment.findMany({ where: { producerId: signed.id } })).toEqual([
      expect.objectContaining({ kind: "FOOD_SAFETY", committedOn: new Date("2026-10-05T00:00:00Z"), evidence: "Bản cam kết riêng" }),
    ]);
    expect(await db.auditLog.count({ where: { action: "producer.commitments.set", entityId: signed.id } })).toBe(0);
    // Another commitment for the same producers is another decision: all three get it.
    expect(await recordCommitmentForProducers(viewer, ids, { ...training, kind: "LABELS" })).toEqual({ changed: 3, skipped: 0 });
  });

  it("refuses a producer outside the officer's region as not found and records nothing; producers are refused", async () => {
    pinClock("2026-11-28T09:00:00+07:00");
    const [communeA, communeB] = [await createRegion(), await createRegion()];
    const { viewer: communeOfficer } = await createOfficerViewer({ regionId: communeA.id });
    const mine = await createProducer({ regionId: communeA.id });
    const theirs = await createProducer({ regionId: communeB.id });
    const training = { kind: "PACKAGING", committedOn: "2026-11-20", evidence: "Biên bản tập huấn bao bì" };

    const shown = await producersForCommitment(communeOfficer, [mine.id, theirs.id], "PACKAGING");
    expect(shown.items.map((p) => p.id)).toEqual([mine.id]);
    expect(shown.missing).toBe(1);
    expect(await codeOf(recordCommitmentForProducers(communeOfficer, [mine.id, theirs.id], training))).toBe("NOT_FOUND");
    const { viewer: producer } = await createProducerViewer();
    expect(await codeOf(recordCommitmentForProducers(producer, [mine.id], training))).toBe("FORBIDDEN");
    expect(await codeOf(producersForCommitment(producer, [mine.id], "PACKAGING"))).toBe("FORBIDDEN");
    expect(await db.producerCommitment.count({ where: { producerId: { in: [mine.id, theirs.id] } } })).toBe(0);

    expect(await recordCommitmentForProducers(communeOfficer, [mine.id], training)).toEqual({ changed: 1, skipped: 0 });
  });

  it("lists a region's producers a page at a time, searched without accents, filtered by commune and status, and exports what is filtered", async () => {
    const { viewer } = await createOfficerViewer();
    const scope = await regionSubtreeIds((await db.region.findUniqueOrThrow({ where: { code: "030" } })).id);
    const page = await listCommitmentChecklist(viewer, scope, commitmentQuery({}));
    expect(page.total).toBe(await db.producer.count({ where: { regionId: { in: scope } } }));
    expect(page.rows.length).toBe(Math.min(50, page.total));

    const found = await listCommitmentChecklist(viewer, scope, commitmentQuery({ q: "choi chit viet lam" }));
    expect(found.rows.map((row) => row.name)).toEqual(["Hợp tác xã Chổi chít Việt Lâm"]);
    expect(found.rows[0].commitments).toHaveLength(5);

    const thanhThuy = await listCommitmentChecklist(viewer, scope, commitmentQuery({ commune: "thanh-thuy" }));
    expect(thanhThuy.rows.map((row) => row.name).sort()).toEqual(["Hợp tác xã Chè Thanh Thủy", "Hợp tác xã Trà Pèng"]);
    const complete = await listCommitmentChecklist(viewer, scope, commitmentQuery({ status: "complete" }));
    expect(complete.rows.every((row) => row.commitments.length === 5)).toBe(true);
    const none = await listCommitmentChecklist(viewer, scope, commitmentQuery({ status: "none" }));
    expect(none.rows.every((row) => row.commitments.length === 0)).toBe(true);
    expect(complete.total + none.total + (await listCommitmentChecklist(viewer, scope, commitmentQuery({ status: "partial" }))).total).toBe(page.total);

    const csvRows = await exportCommitmentChecklist(viewer, scope, commitmentQuery({ status: "complete" }));
    expect(csvRows.map((row) => row.producerId).sort()).toEqual(complete.rows.map((row) => row.producerId).sort());
    // A producer outside the region is not listed, even by name.
    const outside = await createProducer({ name: "HTX Ngoài vùng Vị Xuyên", searchText: "htx ngoai vung vi xuyen" });
    expect((await listCommitmentChecklist(viewer, scope, commitmentQuery({ q: "ngoai vung" }))).total).toBe(0);
    expect((await listCommitmentChecklist(viewer, null, commitmentQuery({ q: "ngoai vung" }))).rows.map((row) => row.producerId)).toEqual([outside.id]);
  });
});

describe("sorting the commitments list", () => {
  it("sorts by producer, commune or commitments recorded, with the name and then the id breaking ties, so pages join without gaps", async () => {
    const { viewer } = await createOfficerViewer();
    const tag = unique("sort");
    // Commune names and producer names without diacritics: their order does not hang on a collation.
    const a = await createRegion({ name: `Xa A ${tag}` });
    const b = await createRegion({ name: `Xa B ${tag}` });
    const producer = (name: string, regionId: string) => createProducer({ name: `HTX ${name} ${tag}`, regionId, searchText: `htx ${name.toLowerCase()} ${tag}` });
    const commit = (producerId: string, count: number) =>
      db.producerCommitment.createMany({ data: KINDS.slice(0, count).map((kind) => ({ producerId, kind, committedOn: new Date("2026-11-20"), evidence: "Biên bản" })) });
    const cam = await producer("Cam", b.id);
    const mit = await producer("Mit", a.id);
    const oi = await producer("Oi", a.id);
    // Three twins: same name, commune and count; only the id can order them.
    const twins = [await producer("Tao", b.id), await producer("Tao", b.id), await producer("Tao", b.id)];
    await commit(cam.id, 5);
    await commit(oi.id, 2);
    for (const twin of twins) await commit(twin.id, 2);
    const twinIds = twins.map((p) => p.id).sort();
    const scope = [a.id, b.id];
    const ids = async (params: Record<string, string>) => (await listCommitmentChecklist(viewer, scope, commitmentQuery(params))).rows.map((row) => row.producerId);

    // By producer (the default), A→Z; Z→A reverses everything, the twins' ids too.
    expect(await ids({})).toEqual([cam.id, mit.id, oi.id, ...twinIds]);
    expect(await ids({ sort: "producer", dir: "desc" })).toEqual([...[...twinIds].reverse(), oi.id, mit.id, cam.id]);
    // By commune: Xa A's producers, then Xa B's, each commune's by name then id.
    expect(await ids({ sort: "commune", dir: "asc" })).toEqual([mit.id, oi.id, cam.id, ...twinIds]);
    expect(await ids({ sort: "commune", dir: "desc" })).toEqual([cam.id, ...twinIds, mit.id, oi.id]);
    // By commitments recorded: 5 first going down; Oi and the twins (2 each) by name then id; Mit (0) last.
    expect(await ids({ sort: "commitments", dir: "desc" })).toEqual([cam.id, oi.id, ...twinIds, mit.id]);
    expect(await ids({ sort: "commitments", dir: "asc" })).toEqual([mit.id, oi.id, ...twinIds, cam.id]);
    // A column the list cannot be sorted by (a hand-edited URL) reads as the default.
    expect(await ids({ sort: "evidence; DROP TABLE producers", dir: "asc" })).toEqual(await ids({}));

    // Paged, the pages join into the whole order: nothing repeated, nothing skipped.
    const whole = await ids({ sort: "commitments", dir: "desc" });
    const paged: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const result = await listCommitmentChecklist(viewer, scope, { ...commitmentQuery({ sort: "commitments", dir: "desc" }), page, pageSize: 2 });
      paged.push(...result.rows.map((row) => row.producerId));
    }
    expect(paged).toEqual(whole);
    // The CSV holds the same rows in the same order.
    expect((await exportCommitmentChecklist(viewer, scope, commitmentQuery({ sort: "commitments", dir: "desc" }))).map((row) => row.producerId)).toEqual(whole);
  });
});

describe("records officers keep for the targets", () => {
  it("stall support: recorded, corrected and deleted with audit entries; a future day and an unknown producer are refused", async () => {
    const { viewer } = await createOfficerViewer();
    pinClock("2026-11-28T09:00:00+07:00");
    const producer = await db.producer.findUniqueOrThrow({ where: { slug: "hkd-che-tung-ba" } });
    const base = { producerId: producer.id, supportedOn: "2026-10-02", place: "Quầy bán chè tại nhà", amountVnd: "12.500.000", reference: "QĐ 7" };
    expect(await errorOf(saveStallSupport(viewer, { ...base, supportedOn: "2026-11-29" }))).toMatchObject({ code: "VALIDATION", fields: { supportedOn: "futureDay" } });
    expect(await errorOf(saveStallSupport(viewer, { ...base, supportedOn: "2026-02-30" }))).toMatchObject({ fields: { supportedOn: "date" } });
    expect(await errorOf(saveStallSupport(viewer, { ...base, amountVnd: "12,5 triệu" }))).toMatchObject({ fields: { amountVnd: "money" } });
    expect(await errorOf(saveStallSupport(viewer, { ...base, producerId: "missing" }))).toMatchObject({ code: "VALIDATION", fields: { producerId: "producer" } });

    const before = (await figures("ocop-xa-thanh-thuy-2026-2030")).stallsSupported;
    const { id } = await saveStallSupport(viewer, base);
    expect(await db.stallSupport.findUniqueOrThrow({ where: { id } })).toMatchObject({ amountVnd: 12_500_000, recordedById: viewer.userId });
    // Tùng Bá is not in Thanh Thủy: the commune's figure does not move; the district's (frozen) neither.
    expect((await figures("ocop-xa-thanh-thuy-2026-2030")).stallsSupported).toBe(before);
    await saveStallSupport(viewer, { ...base, id, amountVnd: "" });
    expect((await db.stallSupport.findUniqueOrThrow({ where: { id } })).amountVnd).toBeNull();

    const scope = await regionSubtreeIds((await db.region.findUniqueOrThrow({ where: { code: "030" } })).id);
    expect((await listStallSupports(viewer, scope, parseListQuery(STALL_LIST, { q: "tung ba" }))).rows.map((row) => row.id)).toEqual([id]);
    await deleteStallSupport(viewer, { id });
    expect(await codeOf(deleteStallSupport(viewer, { id }))).toBe("NOT_FOUND");
    // Entries are stamped on the app's clock, frozen here: ties fall back to the id, as in the audit log's own order.
    expect((await db.auditLog.findMany({ where: { entityId: id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map((a) => a.action)).toEqual([
      "stallSupport.create",
      "stallSupport.update",
      "stallSupport.delete",
    ]);
  });

  it("organisations founded or re-formed: filed under a commune, linked to a producer if one, counted in the period", async () => {
    const { viewer } = await createOfficerViewer();
    pinClock("2026-11-28T09:00:00+07:00");
    const thanhThuy = await db.region.findUniqueOrThrow({ where: { code: "00928" } });
    const area = await db.region.findUniqueOrThrow({ where: { code: "030" } });
    const producer = await db.producer.findUniqueOrThrow({ where: { slug: "htx-tra-peng" } });
    const base = { kind: "REFORMED", name: "Hợp tác xã Trà Pèng", legalForm: "COOPERATIVE", changedOn: "2026-07-01", regionId: thanhThuy.id, producerId: producer.id };
    expect(await errorOf(saveOrganisationChange(viewer, { ...base, regionId: area.id }))).toMatchObject({ code: "VALIDATION", fields: { regionId: "region" } });
    expect(await errorOf(saveOrganisationChange(viewer, { ...base, kind: "MERGED" }))).toMatchObject({ code: "VALIDATION", fields: { kind: "invalid" } });
    const before = (await figures("ocop-xa-thanh-thuy-2026-2030")).newOrganisations.total;
    const { id } = await saveOrganisationChange(viewer, base);
    expect((await figures("ocop-xa-thanh-thuy-2026-2030")).newOrganisations.total).toBe(before + 1);
    const scope = await regionSubtreeIds(thanhThuy.id);
    expect((await listOrganisationChanges(viewer, scope, parseListQuery(ORGANISATION_LIST, { q: "tra peng" }))).rows.map((row) => [row.id, row.producerName])).toEqual([[id, "Hợp tác xã Trà Pèng"]]);
    await deleteOrganisationChange(viewer, { id });
    expect((await figures("ocop-xa-thanh-thuy-2026-2030")).newOrganisations.total).toBe(before);
    expect(await db.auditLog.count({ where: { entityId: id, action: { in: ["organisationChange.create", "organisationChange.delete"] } } })).toBe(2);
  });

  it("commune teams: one per commune, communes only, and the share follows", async () => {
    const { viewer } = await createOfficerViewer();
    pinClock("2026-11-28T09:00:00+07:00");
    const laoChai = await db.region.findUniqueOrThrow({ where: { code: "00937" } });
    const area = await db.region.findUniqueOrThrow({ where: { code: "030" } });
    expect(await errorOf(setCommuneTeam(viewer, { regionId: area.id, establishedOn: "2026-01-01" }))).toMatchObject({ fields: { regionId: "region" } });
    const { id } = await setCommuneTeam(viewer, { regionId: laoChai.id, establishedOn: "2026-11-20", decisionNumber: "88/QĐ-UBND" });
    await setCommuneTeam(viewer, { regionId: laoChai.id, establishedOn: "2026-11-21", decisionNumber: "89/QĐ-UBND" });
    expect(await db.communeOcopTeam.count({ where: { regionId: laoChai.id } })).toBe(1);
    // Every commune of the district has a team today; the frozen 31/12/2025 figure does not move.
    const district = await figures();
    expect(district.now?.communeTeams).toEqual({ count: 12, of: 12, percent: 100 });
    expect(district.communeTeams).toEqual({ count: 10, of: 12, percent: 83 });
    await deleteCommuneTeam(viewer, { id });
    expect((await figures()).now?.communeTeams.count).toBe(11);
    // Entries are stamped on the app's clock, frozen here: ties fall back to the id, as in the audit log's own order.
    expect((await db.auditLog.findMany({ where: { entityId: id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map((a) => a.action)).toEqual([
      "communeTeam.create",
      "communeTeam.update",
      "communeTeam.delete",
    ]);
  });

  it("OCOP officers and their training: serving dates in order, training needs its course, and the share follows", async () => {
    const { viewer } = await createOfficerViewer();
    pinClock("2026-11-28T09:00:00+07:00");
    const thanhThuy = await db.region.findUniqueOrThrow({ where: { code: "00928" } });
    const base = { name: "Hà Văn Thử", position: "Công chức", regionId: thanhThuy.id, servingFrom: "2026-01-01", servingUntil: "", trainedOn: "", training: "" };
    expect(await errorOf(saveOcopStaff(viewer, { ...base, servingUntil: "2025-12-31" }))).toMatchObject({ fields: { servingUntil: "servingOrder" } });
    expect(await errorOf(saveOcopStaff(viewer, { ...base, trainedOn: "2026-03-01" }))).toMatchObject({ fields: { training: "required" } });
    expect(await errorOf(saveOcopStaff(viewer, { ...base, trainedOn: "2026-12-01", training: "Khóa 1" }))).toMatchObject({ fields: { trainedOn: "futureDay" } });
    const before = (await figures("ocop-xa-thanh-thuy-2026-2030")).staffTrained;
    const { id } = await saveOcopStaff(viewer, base);
    expect((await figures("ocop-xa-thanh-thuy-2026-2030")).staffTrained).toEqual({ count: before.count, of: before.of + 1, percent: Math.floor((before.count * 100) / (before.of + 1)) });
    await saveOcopStaff(viewer, { ...base, id, trainedOn: "2026-06-01", training: "Tập huấn OCOP cấp xã" });
    expect((await figures("ocop-xa-thanh-thuy-2026-2030")).staffTrained.count).toBe(before.count + 1);
    expect((await listOcopStaff(viewer, await regionSubtreeIds(thanhThuy.id), parseListQuery(STAFF_LIST, { q: "ha van thu" }))).rows.map((row) => row.trainedOn)).toEqual(["2026-06-01"]);
    await deleteOcopStaff(viewer, { id });
    expect((await figures("ocop-xa-thanh-thuy-2026-2030")).staffTrained).toEqual(before);
    expect(await db.auditLog.count({ where: { entityId: id } })).toBe(3);
  });

  it("finds producers to pick by name within the programme's region only", async () => {
    const { viewer } = await createOfficerViewer();
    const region = await createRegion();
    const inside = await createProducer({ regionId: region.id, name: "HTX Mật ong Bạc hà", searchText: "htx mat ong bac ha" });
    await createProducer({ name: "HTX Mật ong khác", searchText: "htx mat ong khac" });
    expect((await findProducers(viewer, [region.id], "mật ong")).map((row) => row.id)).toEqual([inside.id]);
    expect(await findProducers(viewer, [region.id], "  ")).toEqual([]);
  });
});

describe("CSV export of the figures", () => {
  it("writes every target with baseline, the value on the as-of day, today's value and goal, then the breakdowns", async () => {
    const csv = programmeFiguresCsv(await figures());
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("section,key,label_vi,label_en,baseline,value,today,goal,goal_max,unit,as_of");
    expect(lines).toContain("target,products_3star_plus,Sản phẩm OCOP đạt 3 sao trở lên,OCOP products rated 3★ or more,19,19,19,50,,sản phẩm,2025-12-31");
    expect(lines).toContain("certified_by_stars,3,,,,17,,,,,2025-12-31");
    expect(lines).toContain("certified_by_subgroup,FOOD_TEA,Chè và sản phẩm từ chè,Tea and tea products,13,13,,,,,2025-12-31");
    expect(lines).toContain("figure,certified_total,,,,19,,,,,2025-12-31");
    expect(lines.filter((line) => line.startsWith("target,"))).toHaveLength(9);
  });
});

describe("officers scoped to their region", () => {
  it("a commune officer sees and changes only their commune's programme and records; the rest is not found", async () => {
    const thanhThuy = await db.region.findUniqueOrThrow({ where: { code: "00928" } });
    const caoBo = await db.region.findUniqueOrThrow({ where: { code: "00952" } });
    const { viewer } = await createOfficerViewer({ regionId: thanhThuy.id });
    pinClock("2026-11-28T09:00:00+07:00");

    // Asking for the district's programme gives the commune's own: the only one within reach.
    const context = await getProgrammeContext(viewer, "ocop-vi-xuyen-2021-2025");
    expect(context?.programme.slug).toBe("ocop-xa-thanh-thuy-2026-2030");
    expect(context?.programmes.map((p) => p.slug)).toEqual(["ocop-xa-thanh-thuy-2026-2030"]);
    const district = await db.programme.findUniqueOrThrow({ where: { slug: "ocop-vi-xuyen-2021-2025" } });
    expect(await codeOf(updateProgramme(viewer, { programmeId: district.id, nameVi: "x", startYear: "2021", endYear: "2025", isCurrent: "on" }))).toBe("NOT_FOUND");
    expect(await codeOf(saveTarget(viewer, { programmeId: district.id, metric: "tourism_products", labelVi: "x", labelEn: "x", baseline: "0", goal: "1" }))).toBe("NOT_FOUND");
    expect(await errorOf(createProgramme(viewer, { slug: unique("tq"), nameVi: "Tỉnh", startYear: "2026", endYear: "2030", regionCode: "08" }))).toMatchObject({ fields: { regionCode: "region" } });
    expect(await errorOf(createProgramme(viewer, { slug: unique("vn"), nameVi: "Toàn quốc", startYear: "2026", endYear: "2030" }))).toMatchObject({ fields: { regionCode: "region" } });

    // Producers and records of Cao Bồ are outside.
    const caoBoProducer = await db.producer.findUniqueOrThrow({ where: { slug: "htx-che-shan-tuyet-cao-bo" } });
    const items = KINDS.map((kind) => ({ kind, committed: false }));
    expect(await codeOf(setProducerCommitments(viewer, { producerId: caoBoProducer.id, items }))).toBe("NOT_FOUND");
    expect(await errorOf(saveStallSupport(viewer, { producerId: caoBoProducer.id, supportedOn: "2026-10-01", place: "Quầy" }))).toMatchObject({ fields: { producerId: "producer" } });
    const caoBoSupport = await db.stallSupport.findFirstOrThrow({ where: { producerId: caoBoProducer.id } });
    expect(await codeOf(deleteStallSupport(viewer, { id: caoBoSupport.id }))).toBe("NOT_FOUND");
    expect(await db.stallSupport.count({ where: { id: caoBoSupport.id } })).toBe(1);
    expect(await errorOf(setCommuneTeam(viewer, { regionId: caoBo.id, establishedOn: "2026-01-01" }))).toMatchObject({ fields: { regionId: "region" } });
    expect(await errorOf(saveOcopStaff(viewer, { name: "Người ngoài", regionId: caoBo.id }))).toMatchObject({ fields: { regionId: "region" } });
    const caoBoTeam = await db.communeOcopTeam.findUniqueOrThrow({ where: { regionId: caoBo.id } });
    expect(await codeOf(deleteCommuneTeam(viewer, { id: caoBoTeam.id }))).toBe("NOT_FOUND");

    // Lists keep to the officer's region even when handed a wider scope.
    const everywhere = await listCommitmentChecklist(viewer, null, commitmentQuery({}));
    expect(everywhere.rows.map((row) => row.name).sort()).toEqual(["Hợp tác xã Chè Thanh Thủy", "Hợp tác xã Trà Pèng"]);
    expect((await listStallSupports(viewer, null, parseListQuery(STALL_LIST, {}))).rows.every((row) => row.communeName === "Thanh Thủy")).toBe(true);
    expect(await findProducers(viewer, null, "cao bo")).toEqual([]);

    // Within the commune, everything works, and the audit entry carries the commune.
    const traPeng = await db.producer.findUniqueOrThrow({ where: { slug: "htx-tra-peng" } });
    const { id } = await saveStallSupport(viewer, { producerId: traPeng.id, supportedOn: "2026-10-01", place: "Quầy ở chợ" });
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId: id } })).regionId).toBe(thanhThuy.id);
    await deleteStallSupport(viewer, { id });
  });

  it("only national officers choose which programme the site shows at /programme", async () => {
    const area = await db.region.findUniqueOrThrow({ where: { code: "030" } });
    const { viewer } = await createOfficerViewer({ regionId: area.id });
    const commune = await db.programme.findUniqueOrThrow({ where: { slug: "ocop-xa-thanh-thuy-2026-2030" } });
    const values = { programmeId: commune.id, nameVi: commune.nameVi, nameEn: commune.nameEn ?? "", startYear: "2026", endYear: "2030" };
    expect(await errorOf(updateProgramme(viewer, { ...values, isCurrent: "on" }))).toMatchObject({ code: "FORBIDDEN", fields: { isCurrent: "nationalOnly" } });
    // Its other facts the district officer may change.
    await updateProgramme(viewer, { ...values, reference: "Đề án số 12/ĐA-UBND" });
    expect((await db.programme.findUniqueOrThrow({ where: { id: commune.id } })).reference).toBe("Đề án số 12/ĐA-UBND");
  });
});
