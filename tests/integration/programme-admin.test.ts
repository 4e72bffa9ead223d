import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { isAppError } from "@/lib/errors";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { db } from "@/server/infra/db";
import { programmeFiguresCsv } from "@/server/programme/export";
import { saveTarget, setProducerCommitments, updateProgramme } from "@/server/programme/mutations";
import { computeProgrammeFigures, getProgrammeForEditing, listCommitmentChecklist } from "@/server/programme/queries";
import { createOfficerViewer, createProducer, createProducerViewer } from "../factories";

const TODAY = new Date("2026-11-28T00:00:00Z");
const KINDS = ["FOOD_SAFETY", "PACKAGING", "LABELS", "QUALITY_MANAGEMENT", "TRACEABILITY"] as const;

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.code;
    if (error instanceof ZodError) return "VALIDATION";
    throw error;
  }
  throw new Error("expected a failure");
}

let programmeId: string;

beforeAll(async () => {
  await seedDemo(db, { today: TODAY });
  programmeId = (await db.programme.findFirstOrThrow({ where: { isCurrent: true } })).id;
});

describe("editing the programme", () => {
  const form = () => ({ programmeId, nameVi: "Chương trình OCOP 2021–2026", nameEn: "OCOP 2021–2026", reference: "NQ số 01", startYear: "2021", endYear: "2026" });

  it("refuses anonymous visitors and producers, on every use case and query", async () => {
    const { viewer: producer } = await createProducerViewer();
    expect(await errorCode(updateProgramme(null, form()))).toBe("UNAUTHENTICATED");
    expect(await errorCode(updateProgramme(producer, form()))).toBe("FORBIDDEN");
    expect(await errorCode(saveTarget(producer, { programmeId, metric: "tourism_products", labelVi: "x", labelEn: "x", baseline: "0", goal: "1" }))).toBe("FORBIDDEN");
    const items = KINDS.map((kind) => ({ kind, committed: false }));
    expect(await errorCode(setProducerCommitments(producer, { producerId: producer.producerId, items }))).toBe("FORBIDDEN");
    expect(await errorCode(getProgrammeForEditing(producer))).toBe("FORBIDDEN");
    expect(await errorCode(listCommitmentChecklist(null))).toBe("UNAUTHENTICATED");
  });

  it("lets an officer change name and period, audited, and the period moves the figures", async () => {
    const { viewer } = await createOfficerViewer();
    const before = await computeProgrammeFigures(TODAY);
    expect(await errorCode(updateProgramme(viewer, { ...form(), endYear: "2019" }))).toBe("VALIDATION");
    await updateProgramme(viewer, form());
    const edited = await getProgrammeForEditing(viewer);
    expect(edited).toMatchObject({ nameVi: "Chương trình OCOP 2021–2026", endYear: 2026, reference: "NQ số 01" });
    const audit = await db.auditLog.findFirst({ where: { action: "programme.update", actorId: viewer.userId } });
    expect(audit?.entityId).toBe(programmeId);
    const after = await computeProgrammeFigures(TODAY);
    expect(after.programme?.endYear).toBe(2026);
    expect(after.newOrganisations.total).toBeGreaterThanOrEqual(before.newOrganisations.total);
    await updateProgramme(viewer, { ...form(), nameVi: "Chương trình OCOP huyện Vị Xuyên 2021–2025", endYear: "2025" });
  });

  it("edits a target's baseline, goal and range, and refuses a second target on the same metric", async () => {
    const { viewer } = await createOfficerViewer();
    const target = await db.programmeTarget.findFirstOrThrow({ where: { programmeId, metric: "products_3star_plus" } });
    const values = { programmeId, targetId: target.id, metric: "products_3star_plus", labelVi: target.labelVi, labelEn: target.labelEn, baseline: "19", goal: "55", goalMax: "60", unit: "sản phẩm" };
    await saveTarget(viewer, values);
    const figures = await computeProgrammeFigures(TODAY);
    expect(figures.targets.find((t) => t.metric === "products_3star_plus")).toMatchObject({ goal: 55, goalMax: 60, now: 19 });

    expect(await errorCode(saveTarget(viewer, { ...values, goalMax: "50" }))).toBe("VALIDATION");
    expect(await errorCode(saveTarget(viewer, { ...values, goal: " " }))).toBe("VALIDATION");
    expect(await errorCode(saveTarget(viewer, { ...values, targetId: "", labelVi: "Trùng" }))).toBe("CONFLICT");
    await saveTarget(viewer, { ...values, goal: "50", goalMax: "" });
    expect((await db.programmeTarget.findUniqueOrThrow({ where: { id: target.id } })).goalMax).toBeNull();
    expect(await db.auditLog.count({ where: { action: "programme.target.update", entityId: target.id } })).toBe(2);
  });
});

describe("the five-commitment checklist", () => {
  it("records ticked commitments with date and evidence, removes unticked ones, and moves the percentage", async () => {
    const { viewer } = await createOfficerViewer();
    const producer = await createProducer();
    const before = await computeProgrammeFigures(TODAY);
    const all = KINDS.map((kind) => ({ kind, committed: true, committedOn: "2026-11-01", evidence: `Biên bản ${kind}` }));

    const missingEvidence = all.map((item, index) => (index === 2 ? { ...item, evidence: " " } : item));
    expect(await errorCode(setProducerCommitments(viewer, { producerId: producer.id, items: missingEvidence }))).toBe("VALIDATION");
    expect(await errorCode(setProducerCommitments(viewer, { producerId: "missing", items: all }))).toBe("NOT_FOUND");

    await setProducerCommitments(viewer, { producerId: producer.id, items: all });
    const complete = await computeProgrammeFigures(TODAY);
    expect(complete.commitments.complete).toBe(before.commitments.complete + 1);
    const rows = await db.producerCommitment.findMany({ where: { producerId: producer.id } });
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.recordedById === viewer.userId && row.evidence.startsWith("Biên bản"))).toBe(true);

    await setProducerCommitments(viewer, { producerId: producer.id, items: all.map((item) => (item.kind === "LABELS" ? { kind: item.kind, committed: false } : item)) });
    expect(await db.producerCommitment.count({ where: { producerId: producer.id } })).toBe(4);
    expect((await computeProgrammeFigures(TODAY)).commitments.complete).toBe(before.commitments.complete);
    const checklist = await listCommitmentChecklist(viewer);
    expect(checklist.find((row) => row.producerId === producer.id)?.commitments).toHaveLength(4);
    expect(await db.auditLog.count({ where: { action: "producer.commitments.set", entityId: producer.id } })).toBe(2);
  });
});

describe("CSV export", () => {
  it("writes every target with baseline, value now and goal, then the breakdowns", async () => {
    const figures = await computeProgrammeFigures(TODAY);
    const csv = programmeFiguresCsv(figures);
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("section,key,label_vi,label_en,baseline,value,goal,goal_max,unit");
    expect(lines).toContain("target,products_3star_plus,Sản phẩm OCOP đạt 3 sao trở lên,OCOP products rated 3★ or more,19,19,50,,sản phẩm");
    expect(lines).toContain("certified_by_stars,3,,,,17,,,");
    expect(lines).toContain("certified_by_stars,4,,,,2,,,");
    expect(lines).toContain("figure,certified_total,,,,19,,,");
    expect(lines.filter((line) => line.startsWith("target,"))).toHaveLength(7);
  });
});
