import { describe, expect, it } from "vitest";
import {
  bulkRevocationSkip,
  checkDecision,
  checkRevocation,
  isFiveStarPotentialDecision,
  isRecognisedStars,
  productFiveStarPotential,
  recognitionPeriod,
  resolveSupersession,
  sameDecisionNumber,
  starsForScore,
  unconfirmedWarnings,
  validUntilFor,
  type DecisionDraft,
  type RecordedDecision,
} from "./certificate-rules";

// Expected values below come from ../shared/OCOP.md, not from running the code:
// 148/QĐ-TTg (24/02/2023): district 3★, province 4★, national 5★; before it the province gave 3★ and 4★;
// districts abolished 01/07/2025; 1489/QĐ-TTg (06/07/2025): province 3★ and 4★, Ministry 5★;
// bands 5★ 90–100, 4★ 70–89, 3★ 50–69; validity 36 months from the signing date.

const TODAY = "2026-11-30";
const draft = (over: Partial<DecisionDraft>): DecisionDraft => ({
  stars: 3,
  score: 60,
  level: "PROVINCE",
  decisionDate: "2025-09-15",
  decisionNumber: "512/QĐ-UBND",
  issuingBody: "UBND tỉnh Tuyên Quang",
  ...over,
});
const check = (over: Partial<DecisionDraft>, others: RecordedDecision[] = [], today = TODAY) => checkDecision(draft(over), { today, others });
const codes = (over: Partial<DecisionDraft>, others: RecordedDecision[] = []) => {
  const result = check(over, others);
  return { errors: result.errors.map((e) => e.code), warnings: result.warnings.map((w) => w.code) };
};
const recorded = (over: Partial<RecordedDecision>): RecordedDecision => ({
  id: "c1",
  stars: 3,
  level: "PROVINCE",
  decisionNumber: "100/QĐ-UBND",
  decisionDate: "2025-09-15",
  validUntil: "2028-09-15",
  status: "VALID",
  recordedAt: 1,
  ...over,
});

describe("star bands (148/QĐ-TTg)", () => {
  it("maps scores to stars at each boundary", () => {
    expect([0, 29, 30, 49, 50, 69, 70, 89, 90, 100].map(starsForScore)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });
  it("rejects scores outside 0–100", () => {
    expect(() => starsForScore(-1)).toThrow(RangeError);
    expect(() => starsForScore(101)).toThrow(RangeError);
    expect(() => starsForScore(Number.NaN)).toThrow(RangeError);
  });
  it("recognises only 3 to 5 stars as OCOP products", () => {
    expect([1, 2, 3, 4, 5, 6].map(isRecognisedStars)).toEqual([false, false, true, true, true, false]);
  });
});

describe("validity: 36 months from the signing date", () => {
  it("ends on the same day 36 months later", () => {
    expect(validUntilFor("2024-03-15")).toBe("2027-03-15");
  });
  it("clamps the day at the end of a shorter month", () => {
    expect(validUntilFor("2024-02-29")).toBe("2027-02-28");
    expect(validUntilFor("2023-01-31")).toBe("2026-01-31");
  });
  it("is returned with the check once the date is a real day", () => {
    expect(check({ decisionDate: "2025-09-15" }).validUntil).toBe("2028-09-15");
    expect(check({ decisionDate: "2025-02-30" }).validUntil).toBeNull();
  });
});

describe("periods", () => {
  it("switch on 24/02/2023, 01/07/2025 and 06/07/2025", () => {
    expect(["2023-02-23", "2023-02-24", "2025-06-30", "2025-07-01", "2025-07-05", "2025-07-06"].map(recognitionPeriod)).toEqual([
      "BEFORE_148",
      "DECISION_148",
      "DECISION_148",
      "NO_DISTRICTS",
      "NO_DISTRICTS",
      "DECISION_1489",
    ]);
  });
});

describe("who may recognise which stars, on which date", () => {
  it("accepts each body's own stars in each period", () => {
    // Before 148: province 3★ and 4★, national 5★.
    expect(codes({ level: "PROVINCE", stars: 3, score: 60, decisionDate: "2022-08-10" }).errors).toEqual([]);
    expect(codes({ level: "PROVINCE", stars: 4, score: 75, decisionDate: "2022-08-10" }).errors).toEqual([]);
    // Under 148: district 3★ (first day and last day of districts), province 4★, national 5★.
    // (valid until 24/02/2026, so expired on TODAY: recorded as history, with a warning)
    expect(codes({ level: "DISTRICT", stars: 3, score: 60, decisionDate: "2023-02-24", issuingBody: "UBND huyện Vị Xuyên" })).toEqual({ errors: [], warnings: ["alreadyExpired"] });
    expect(codes({ level: "DISTRICT", stars: 3, score: 60, decisionDate: "2025-06-30", issuingBody: "UBND huyện Vị Xuyên" })).toEqual({ errors: [], warnings: [] });
    expect(codes({ level: "NATIONAL", stars: 5, score: 92, decisionDate: "2024-05-02", issuingBody: "Bộ Nông nghiệp và Phát triển nông thôn" })).toEqual({ errors: [], warnings: [] });
    // From 1489 (06/07/2025): province 3★ and 4★.
    expect(codes({ level: "PROVINCE", stars: 3, score: 60, decisionDate: "2025-07-06" })).toEqual({ errors: [], warnings: [] });
    expect(codes({ level: "PROVINCE", stars: 4, score: 80, decisionDate: "2025-11-06" })).toEqual({ errors: [], warnings: [] });
  });
  it("refuses a district decision after districts ended (01/07/2025) and before 148 created them", () => {
    expect(codes({ level: "DISTRICT", stars: 3, decisionDate: "2025-07-01" }).errors).toEqual(["districtAbolished"]);
    expect(codes({ level: "DISTRICT", stars: 3, decisionDate: "2026-01-10" }).errors).toEqual(["districtAbolished"]);
    expect(codes({ level: "DISTRICT", stars: 3, decisionDate: "2023-02-23" }).errors).toEqual(["districtBefore148"]);
    expect(codes({ level: "DISTRICT", stars: 3, decisionDate: "2022-08-10" }).errors).toEqual(["districtBefore148"]);
  });
  it("refuses a district 4★ or 5★, a province 5★ and a national 3★ or 4★", () => {
    expect(codes({ level: "DISTRICT", stars: 4, score: 75, decisionDate: "2024-06-14" }).errors).toEqual(["levelStars"]);
    expect(codes({ level: "DISTRICT", stars: 5, score: 95, decisionDate: "2024-06-14" }).errors).toEqual(["levelStars"]);
    expect(codes({ level: "PROVINCE", stars: 5, score: 95, decisionDate: "2025-09-15" }).errors).toEqual(["levelStars"]);
    expect(codes({ level: "NATIONAL", stars: 3, score: 60, issuingBody: "Bộ Nông nghiệp và Môi trường" }).errors).toEqual(["levelStars"]);
    expect(codes({ level: "NATIONAL", stars: 4, score: 80, issuingBody: "Bộ Nông nghiệp và Môi trường" }).errors).toEqual(["levelStars"]);
  });
  it("warns (does not refuse) a province 3★ while the district held 3★, and in the days between the end of districts and 1489", () => {
    expect(codes({ level: "PROVINCE", stars: 3, decisionDate: "2024-06-14" })).toEqual({ errors: [], warnings: ["province3Under148"] });
    expect(codes({ level: "PROVINCE", stars: 3, decisionDate: "2025-07-03" })).toEqual({ errors: [], warnings: ["province3BeforeDecision1489"] });
    expect(codes({ level: "PROVINCE", stars: 4, score: 75, decisionDate: "2025-07-03" })).toEqual({ errors: [], warnings: [] });
  });
  it("refuses 1★ and 2★: they are not OCOP certificates", () => {
    expect(codes({ stars: 2, score: 40 }).errors).toEqual(["starsNotOcop", "scoreNotOcop"]);
    expect(codes({ stars: 1, score: null }).errors).toEqual(["starsNotOcop"]);
  });
});

describe("score bands", () => {
  it("accepts each band's edges", () => {
    for (const [stars, score, level] of [[3, 50, "PROVINCE"], [3, 69, "PROVINCE"], [4, 70, "PROVINCE"], [4, 89, "PROVINCE"], [5, 90, "NATIONAL"], [5, 100, "NATIONAL"]] as const) {
      const body = level === "NATIONAL" ? "Bộ Nông nghiệp và Môi trường" : "UBND tỉnh Tuyên Quang";
      expect(codes({ stars, score, level, issuingBody: body }).errors, `${stars}★ ${score}`).toEqual([]);
    }
  });
  it("refuses a score outside the stars' band, with the band in the message values", () => {
    const result = check({ stars: 3, score: 95 });
    expect(result.errors).toEqual([{ code: "scoreBand", field: "score", params: { score: 95, stars: 3, min: 50, max: 69 } }]);
    expect(codes({ stars: 4, score: 69 }).errors).toEqual(["scoreBand"]);
    expect(codes({ stars: 5, score: 89, level: "NATIONAL", issuingBody: "Bộ Nông nghiệp và Môi trường" }).errors).toEqual(["scoreBand"]);
    expect(codes({ stars: 3, score: 49 }).errors).toEqual(["scoreNotOcop"]);
  });
  it("lets a province 4★ score 90 or more: that is '5★ potential', not five stars", () => {
    const result = check({ level: "PROVINCE", stars: 4, score: 93 });
    expect(result.errors).toEqual([]);
    expect(result.fiveStarPotential).toBe(true);
    // Not at the district, not at 3★, not below 90.
    expect(codes({ level: "DISTRICT", stars: 3, score: 93, decisionDate: "2024-06-14", issuingBody: "UBND huyện Vị Xuyên" }).errors).toEqual(["scoreBand"]);
    expect(check({ level: "PROVINCE", stars: 4, score: 89 }).fiveStarPotential).toBe(false);
    expect(check({ level: "NATIONAL", stars: 5, score: 95, issuingBody: "Bộ Nông nghiệp và Môi trường" }).fiveStarPotential).toBe(false);
  });
  it("accepts a decision without a score (the score is optional)", () => {
    expect(codes({ score: null })).toEqual({ errors: [], warnings: [] });
  });
});

describe("dates", () => {
  it("refuses impossible days instead of rolling them over", () => {
    expect(check({ decisionDate: "2025-02-30" }).errors).toEqual([{ code: "dateInvalid", field: "decisionDate", params: { value: "2025-02-30" } }]);
    expect(codes({ decisionDate: "2025-13-01" }).errors).toEqual(["dateInvalid"]);
    expect(codes({ decisionDate: "15/09/2025" }).errors).toEqual(["dateInvalid"]);
    expect(codes({ decisionDate: "2024-02-29", level: "DISTRICT", issuingBody: "UBND huyện Vị Xuyên" }).errors).toEqual([]);
  });
  it("refuses a decision dated after today, accepts today", () => {
    expect(codes({ decisionDate: "2026-12-01" }).errors).toEqual(["dateFuture"]);
    expect(codes({ decisionDate: TODAY })).toEqual({ errors: [], warnings: [] });
  });
  it("warns when the certificate has already expired (recorded as history) and for dates before the programme", () => {
    // 2022-08-10 + 36 months = 2025-08-10 < 2026-11-30.
    expect(codes({ decisionDate: "2022-08-10" }).warnings).toEqual(["alreadyExpired"]);
    // 2023-11-30 + 36 months = 2026-11-30: still valid today (the last day counts).
    expect(codes({ decisionDate: "2023-11-30", level: "DISTRICT", issuingBody: "UBND huyện Vị Xuyên" }).warnings).toEqual([]);
    expect(codes({ decisionDate: "2015-03-01" }).warnings).toEqual(["beforeProgramme", "alreadyExpired"]);
  });
});

describe("against the product's other decisions", () => {
  it("refuses the same decision number on the same day, however it is spaced or cased", () => {
    expect(sameDecisionNumber("512/QĐ-UBND", " 512 / qđ-ubnd")).toBe(true);
    const other = recorded({ decisionNumber: "512/QĐ-UBND", decisionDate: "2025-09-15" });
    expect(codes({ decisionNumber: "512/qđ-UBND" }, [other]).errors).toEqual(["duplicate"]);
    expect(codes({ decisionNumber: "513/QĐ-UBND" }, [other]).warnings).toEqual(["sameDay"]);
  });
  it("warns that an older decision goes into history and names the newer one", () => {
    const current = recorded({ decisionNumber: "2310/QĐ-UBND", decisionDate: "2025-11-06", stars: 3 });
    const result = check({ level: "PROVINCE", stars: 4, score: 80, decisionDate: "2022-08-10" }, [current]);
    expect(result.warnings.map((w) => w.code)).toEqual(["alreadyExpired", "historyOnly"]);
    expect(result.warnings[1].params).toEqual({ decision: "2310/QĐ-UBND", date: "2025-11-06" });
  });
  it("warns when a newer decision gives fewer stars than the current badge", () => {
    const four = recorded({ stars: 4, decisionDate: "2024-05-01", validUntil: "2027-05-01" });
    expect(codes({ stars: 3, decisionDate: "2025-09-15" }, [four]).warnings).toEqual(["fewerStars"]);
    // An expired higher certificate is no current badge: nothing to warn about.
    expect(codes({ stars: 3, decisionDate: "2025-09-15" }, [recorded({ stars: 4, decisionDate: "2022-05-01", validUntil: "2025-05-01" })]).warnings).toEqual([]);
  });
  it("asks for every warning to be confirmed", () => {
    const result = check({ level: "PROVINCE", stars: 3, decisionDate: "2024-06-14" });
    expect(unconfirmedWarnings(result, []).map((w) => w.code)).toEqual(["province3Under148"]);
    expect(unconfirmedWarnings(result, ["province3Under148"])).toEqual([]);
  });
});

describe("issuing body", () => {
  it("warns when the body does not name a body of the chosen level", () => {
    expect(codes({ level: "NATIONAL", stars: 5, score: 95, issuingBody: "UBND tỉnh Tuyên Quang" }).warnings).toEqual(["bodyLevel"]);
    expect(codes({ level: "PROVINCE", issuingBody: "UBND huyện Vị Xuyên" }).warnings).toEqual(["bodyLevel"]);
    expect(codes({ level: "PROVINCE", issuingBody: "Ủy ban nhân dân Thành phố Hà Nội" }).warnings).toEqual([]);
  });
});

describe("supersession follows decisions in time", () => {
  const at = (id: string, decisionDate: string, status: "VALID" | "REVOKED" | "SUPERSEDED" = "VALID", recordedAt = 1) => ({ id, decisionDate, status, recordedAt });
  it("the newest decision stands, each older one is superseded by the next, whatever the stars", () => {
    expect(resolveSupersession([at("new", "2025-11-06"), at("old", "2022-08-10"), at("mid", "2024-06-14")])).toEqual([
      { id: "old", status: "SUPERSEDED", supersededById: "mid" },
      { id: "mid", status: "SUPERSEDED", supersededById: "new" },
      { id: "new", status: "VALID", supersededById: null },
    ]);
  });
  it("recording an older decision leaves the current one valid", () => {
    const result = resolveSupersession([at("current", "2025-11-06"), at("history", "2021-03-01", "VALID", 2)]);
    expect(result.find((r) => r.id === "current")).toEqual({ id: "current", status: "VALID", supersededById: null });
    expect(result.find((r) => r.id === "history")).toEqual({ id: "history", status: "SUPERSEDED", supersededById: "current" });
  });
  it("decisions of one day follow the order they were recorded in", () => {
    expect(resolveSupersession([at("b", "2025-01-01", "VALID", 2), at("a", "2025-01-01", "VALID", 1)]).map((r) => r.status)).toEqual(["SUPERSEDED", "VALID"]);
  });
  it("a revoked decision stays revoked and still replaces the ones before it", () => {
    expect(resolveSupersession([at("old", "2022-01-01"), at("revoked", "2024-01-01", "REVOKED")])).toEqual([
      { id: "old", status: "SUPERSEDED", supersededById: "revoked" },
      { id: "revoked", status: "REVOKED", supersededById: null },
    ]);
  });
});

describe("revocation", () => {
  it("works on valid, expired and superseded certificates, once, on a real day between the decision and today", () => {
    const cert = { decisionDate: "2022-08-10", status: "VALID" as const };
    expect(checkRevocation("2026-01-05", cert, TODAY)).toEqual([]);
    expect(checkRevocation("2026-01-05", { ...cert, status: "SUPERSEDED" }, TODAY)).toEqual([]);
    expect(checkRevocation("2026-01-05", { ...cert, status: "REVOKED" }, TODAY).map((i) => i.code)).toEqual(["alreadyRevoked"]);
    expect(checkRevocation("2026-02-30", cert, TODAY).map((i) => i.code)).toEqual(["dateInvalid"]);
    expect(checkRevocation("2026-12-01", cert, TODAY).map((i) => i.code)).toEqual(["dateFuture"]);
    expect(checkRevocation("2022-08-09", cert, TODAY).map((i) => i.code)).toEqual(["revokedBeforeDecision"]);
  });

  it("in bulk, leaves the revoked and the superseded alone and takes what stands, valid or expired", () => {
    expect(bulkRevocationSkip("VALID")).toBeNull();
    expect(bulkRevocationSkip("REVOKED")).toBe("alreadyRevoked");
    expect(bulkRevocationSkip("SUPERSEDED")).toBe("superseded");
  });
});

describe("5★ potential", () => {
  const province = { level: "PROVINCE" as const, stars: 4, score: 92, status: "VALID", decisionDate: "2025-09-15", validUntil: "2028-09-15" };
  it("is a province 4★ at 90 or more, nothing else", () => {
    expect(isFiveStarPotentialDecision(province)).toBe(true);
    expect(isFiveStarPotentialDecision({ ...province, score: 89 })).toBe(false);
    expect(isFiveStarPotentialDecision({ ...province, level: "DISTRICT" })).toBe(false);
    expect(isFiveStarPotentialDecision({ ...province, level: "NATIONAL", stars: 5 })).toBe(false);
    expect(isFiveStarPotentialDecision({ ...province, score: null })).toBe(false);
  });
  it("shows while that certificate is valid and clears once a national decision is recorded", () => {
    expect(productFiveStarPotential([province], TODAY)).toBe(true);
    expect(productFiveStarPotential([province], "2028-09-16")).toBe(false);
    expect(productFiveStarPotential([{ ...province, status: "REVOKED" }], TODAY)).toBe(false);
    const national = { level: "NATIONAL" as const, stars: 5, score: 91, status: "VALID", decisionDate: "2026-03-01", validUntil: "2029-03-01" };
    expect(productFiveStarPotential([province, national], TODAY)).toBe(false);
    // A national decision from an earlier cycle does not answer this evaluation.
    expect(productFiveStarPotential([province, { ...national, decisionDate: "2021-03-01", validUntil: "2024-03-01", status: "SUPERSEDED" }], TODAY)).toBe(true);
  });
});
