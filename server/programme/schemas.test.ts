import { afterEach, describe, expect, it } from "vitest";
import { pinClock } from "@/lib/clock";
import { ZCommitmentsForm, ZCommuneTeamForm, ZNewProgrammeForm, ZOcopStaffForm, ZProgrammeForm, ZStallSupportForm, ZTargetForm } from "./schemas";

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

describe("officers' record forms", () => {
  afterEach(() => pinClock(null));

  it("reads VND the Vietnamese way (dots or spaces between thousands) and refuses what is ambiguous", () => {
    const base = { producerId: "p", supportedOn: "2026-01-05", place: "Quầy" };
    const amount = (amountVnd: string) => ZStallSupportForm.safeParse({ ...base, amountVnd });
    expect(amount("15.000.000").data?.amountVnd).toBe(15_000_000);
    expect(amount("15 000 000 đ").data?.amountVnd).toBe(15_000_000);
    expect(amount("15000000").data?.amountVnd).toBe(15_000_000);
    expect(amount("").data?.amountVnd).toBeNull();
    for (const typed of ["15,5", "1.5", "15.00.000", "-5", "mười triệu"]) expect(messages(amount(typed)), typed).toEqual({ amountVnd: "money" });
  });

  it("refuses impossible days and days that have not come yet in Vietnam", () => {
    // 23:30 on 31/12/2025 in UTC is already 1 January 2026 in Vietnam.
    pinClock("2025-12-31T23:30:00Z");
    const team = (establishedOn: string) => messages(ZCommuneTeamForm.safeParse({ regionId: "r", establishedOn }));
    expect(team("2026-01-01")).toEqual({});
    expect(team("2026-01-02")).toEqual({ establishedOn: "futureDay" });
    expect(team("2025-02-30")).toEqual({ establishedOn: "date" });
    expect(team("1/1/2026")).toEqual({ establishedOn: "date" });
  });

  it("wants an officer's serving days in order and a course for a training day", () => {
    const staff = { name: "A", regionId: "r", servingFrom: "2025-07-01", servingUntil: "", trainedOn: "", training: "" };
    expect(ZOcopStaffForm.parse(staff)).toMatchObject({ servingFrom: "2025-07-01", servingUntil: null, trainedOn: null });
    expect(messages(ZOcopStaffForm.safeParse({ ...staff, servingUntil: "2025-06-30" }))).toEqual({ servingUntil: "servingOrder" });
    expect(messages(ZOcopStaffForm.safeParse({ ...staff, trainedOn: "2025-08-01" }))).toEqual({ training: "required" });
  });

  it("keeps programme page names to lower-case words, never a page's own path segment", () => {
    const programme = { nameVi: "CT", startYear: "2026", endYear: "2030" };
    expect(ZNewProgrammeForm.safeParse({ ...programme, slug: "ocop-xa-thanh-thuy-2026-2030" }).success).toBe(true);
    for (const slug of ["list", "Có dấu", "a", "-x-", "x--y"]) expect(messages(ZNewProgrammeForm.safeParse({ ...programme, slug })), slug).toEqual({ slug: "slug" });
  });
});
