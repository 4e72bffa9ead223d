import { describe, expect, it } from "vitest";
import { ZCommitmentsForm, ZProgrammeForm, ZTargetForm } from "./schemas";

const KINDS = ["FOOD_SAFETY", "PACKAGING", "LABELS", "QUALITY_MANAGEMENT", "TRACEABILITY"] as const;
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("programme forms", () => {
  it("reads years and amounts from form strings, blank meaning missing", () => {
    const ok = ZTargetForm.parse({ programmeId: "p", metric: "tourism_products", labelVi: "Du lịch", labelEn: "Tourism", baseline: "0", goal: "1", goalMax: "2", unit: "" });
    expect(ok).toMatchObject({ baseline: 0, goal: 1, goalMax: 2, targetId: "" });
    expect(ZTargetForm.parse({ ...ok, goalMax: "" }).goalMax).toBeNull();
    expect(messages(ZTargetForm.safeParse({ ...ok, goal: "" }))).toEqual({ goal: "number" });
    expect(messages(ZTargetForm.safeParse({ ...ok, goal: "3", goalMax: "2" }))).toEqual({ goalMax: "goalMaxBelowGoal" });
    expect(messages(ZTargetForm.safeParse({ ...ok, metric: "typed_in_number" }))).toEqual({ metric: "metric" });
    expect(messages(ZProgrammeForm.safeParse({ programmeId: "p", nameVi: " ", startYear: "2021", endYear: "2020" }))).toEqual({ nameVi: "required", endYear: "endBeforeStart" });
  });

  it("needs a date and evidence for each ticked commitment, and all five kinds once", () => {
    const items = KINDS.map((kind) => ({ kind, committed: false }));
    expect(ZCommitmentsForm.safeParse({ producerId: "x", items }).success).toBe(true);
    const ticked = items.map((item, i) => (i === 1 ? { kind: item.kind, committed: true, committedOn: "2026-1-2", evidence: "" } : item));
    expect(messages(ZCommitmentsForm.safeParse({ producerId: "x", items: ticked }))).toEqual({ "items.1.committedOn": "date", "items.1.evidence": "required" });
    expect(ZCommitmentsForm.safeParse({ producerId: "x", items: [...items.slice(0, 4), items[0]] }).success).toBe(false);
  });
});
