/**
 * The rules an OCOP decision must follow, in one place: which level may recognise which stars on
 * which date, the score bands, the decision's dates and validity, how decisions supersede each other
 * in time, revocation, and "5★ potential". Pure (no I/O): the officer's form runs them as the officer
 * types and the use case runs them again before anything is written (server/certificates/mutations.ts).
 *
 * Sources (../shared/OCOP.md; docs/certificates.md lists every rule with its source):
 * - 148/QĐ-TTg of 24/02/2023 (replaced 1048/QĐ-TTg of 2019): district 3★, province 4★, national 5★.
 *   Before it, the province recognised 3★ and 4★ and the national level 5★.
 * - 01/07/2025: districts abolished (two-tier local government), so no district decision from then on.
 * - 1489/QĐ-TTg of 06/07/2025 (amends 148): province 3★ and 4★, the Ministry 5★.
 * - Star bands under 148: 5★ 90–100, 4★ 70–89, 3★ 50–69; 1–2★ (below 50) are not OCOP products.
 * - A product scoring ≥ 90 at the province waits as "tiềm năng 5 sao" until the national level decides.
 * - A certificate is valid 36 months from the decision's signing date.
 *
 * Refusals are what the law does not allow; warnings are what is merely unusual, which the officer
 * confirms (and the confirmation is recorded with the certificate).
 */
import { addMonths, dateToDay, dayToDate, parseDay, type IsoDay } from "./clock";
import { foldText } from "./text-fold";

export const CERTIFICATE_LEVELS = ["DISTRICT", "PROVINCE", "NATIONAL"] as const;
export type CertificateLevel = (typeof CERTIFICATE_LEVELS)[number];

const RULE_DATES = {
  /** 148/QĐ-TTg signed 24/02/2023: the district level recognises 3★ from this day. */
  decision148: "2023-02-24",
  /** Districts abolished on 01/07/2025: the first day no district decision can exist. */
  districtsAbolished: "2025-07-01",
  /** 1489/QĐ-TTg of 06/07/2025: the province recognises 3★ and 4★ from this day. */
  decision1489: "2025-07-06",
  /** The national programme began with 490/QĐ-TTg (2018–2020): an earlier decision is most likely a typo. */
  programmeStart: "2018-01-01",
} as const satisfies Record<string, IsoDay>;

/** Certificates are valid 36 months from the decision's signing date (148/QĐ-TTg). */
const CERTIFICATE_VALIDITY_MONTHS = 36;

/** The score a product needs for each star (148/QĐ-TTg): 3★ 50–69, 4★ 70–89, 5★ 90–100. */
const STAR_BANDS = { 3: { min: 50, max: 69 }, 4: { min: 70, max: 89 }, 5: { min: 90, max: 100 } } as const;

const FIVE_STAR_POTENTIAL_SCORE = 90;

/** The stars a score earns (148/QĐ-TTg): 90–100 5★, 70–89 4★, 50–69 3★, 30–49 2★, below 30 1★. */
export function starsForScore(score: number): 1 | 2 | 3 | 4 | 5 {
  if (!Number.isFinite(score) || score < 0 || score > 100) throw new RangeError(`score out of range: ${score}`);
  if (score >= STAR_BANDS[5].min) return 5;
  if (score >= STAR_BANDS[4].min) return 4;
  if (score >= STAR_BANDS[3].min) return 3;
  if (score >= 30) return 2;
  return 1;
}

/** Only 3★, 4★ and 5★ products are recognised OCOP products with a certificate and badge. */
export function isRecognisedStars(stars: number): boolean {
  return Number.isInteger(stars) && stars >= 3 && stars <= 5;
}

export type RecognitionPeriod = "BEFORE_148" | "DECISION_148" | "NO_DISTRICTS" | "DECISION_1489";

/** The rules in force on the decision's date. */
export function recognitionPeriod(day: IsoDay): RecognitionPeriod {
  if (day < RULE_DATES.decision148) return "BEFORE_148";
  if (day < RULE_DATES.districtsAbolished) return "DECISION_148";
  if (day < RULE_DATES.decision1489) return "NO_DISTRICTS";
  return "DECISION_1489";
}

/** The last day a certificate decided on `decisionDate` is valid: the same day 36 months on (a 29 Feb or 31st clamps to the month's end). */
export function validUntilFor(decisionDate: IsoDay): IsoDay {
  return addMonths(decisionDate, CERTIFICATE_VALIDITY_MONTHS);
}

/** A `@db.Date` value for a decision's last valid day (what the database stores). */
export function defaultValidUntil(decisionDate: Date): Date {
  return dayToDate(validUntilFor(dateToDay(decisionDate)));
}

// ───────────────────────────── Checking a decision ─────────────────────────────

export type DecisionField = "stars" | "score" | "level" | "decisionDate" | "decisionNumber" | "issuingBody";

export const REFUSALS = [
  "starsNotOcop",
  "scoreNotOcop",
  "scoreBand",
  "levelStars",
  "districtBefore148",
  "districtAbolished",
  "dateInvalid",
  "dateFuture",
  "duplicate",
] as const;

export const WARNINGS = [
  "province3Under148",
  "province3BeforeDecision1489",
  "beforeProgramme",
  "alreadyExpired",
  "historyOnly",
  "sameDay",
  "fewerStars",
  "bodyLevel",
] as const;

export type RuleCode = (typeof REFUSALS)[number] | (typeof WARNINGS)[number];

export interface RuleIssue {
  code: RuleCode;
  field: DecisionField;
  /** Values for the message (numbers, ISO days, decision numbers). */
  params: Record<string, string | number>;
}

/** What the officer entered; fields not filled in yet are null (the form checks as the officer types). */
export interface DecisionDraft {
  stars: number | null;
  score: number | null;
  level: CertificateLevel | null;
  /** As typed, "YYYY-MM-DD". */
  decisionDate: string | null;
  decisionNumber: string | null;
  issuingBody: string | null;
}

/** A decision already recorded for the same product. */
export interface RecordedDecision {
  id: string;
  stars: number;
  level: CertificateLevel;
  decisionNumber: string;
  decisionDate: IsoDay;
  validUntil: IsoDay;
  status: "VALID" | "REVOKED" | "SUPERSEDED";
  /** Epoch ms the row was recorded: orders decisions of the same day. */
  recordedAt: number;
}

export interface DecisionCheck {
  errors: RuleIssue[];
  warnings: RuleIssue[];
  /** The decision's last valid day, once its date is a real day. */
  validUntil: IsoDay | null;
  /** A province 4★ at 90 points or more: shown as "tiềm năng 5 sao" until the national level decides. */
  fiveStarPotential: boolean;
}

/** "512/QĐ-UBND" and " 512 / qđ-ubnd" are one decision number. */
export function sameDecisionNumber(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize("NFC").replace(/\s+/g, "").toLocaleUpperCase("vi");
  return norm(a) === norm(b);
}

/** Words a body of each level is named with ("UBND huyện Vị Xuyên", "UBND tỉnh Hà Giang", "Bộ Nông nghiệp…"). */
const BODY_WORDS: Record<CertificateLevel, RegExp> = {
  DISTRICT: /\b(huyen|quan|thi xa|thanh pho)\b/,
  PROVINCE: /\b(tinh|thanh pho)\b/,
  NATIONAL: /\b(bo|chinh phu|thu tuong)\b/,
};

export function checkDecision(draft: DecisionDraft, context: { today: IsoDay; others: readonly RecordedDecision[] }): DecisionCheck {
  const errors: RuleIssue[] = [];
  const warnings: RuleIssue[] = [];
  const refuse = (code: RuleCode, field: DecisionField, params: RuleIssue["params"] = {}) => errors.push({ code, field, params });
  const warn = (code: RuleCode, field: DecisionField, params: RuleIssue["params"] = {}) => warnings.push({ code, field, params });

  const { stars, score, level } = draft;
  const starsOk = stars !== null && isRecognisedStars(stars);
  if (stars !== null && !starsOk) refuse("starsNotOcop", "stars", { stars });

  // Dates: a real calendar day (2025-02-30 is refused, not rolled over), not after today.
  let day: IsoDay | null = null;
  if (draft.decisionDate) {
    day = parseDay(draft.decisionDate);
    if (!day) refuse("dateInvalid", "decisionDate", { value: draft.decisionDate });
    else if (day > context.today) {
      refuse("dateFuture", "decisionDate", { date: day, today: context.today });
      day = null;
    } else if (day < RULE_DATES.programmeStart) warn("beforeProgramme", "decisionDate", { date: day });
  }
  const validUntil = day ? validUntilFor(day) : null;
  if (validUntil && validUntil < context.today) warn("alreadyExpired", "decisionDate", { validUntil });

  // Who may recognise what, on the decision's date.
  if (level && starsOk) {
    const allowed = allowedLevel(level, stars as 3 | 4 | 5, day);
    if (allowed) (allowed.refuse ? refuse : warn)(allowed.code, "level", { stars: stars!, level, ...(day ? { date: day } : {}) });
  }

  // Score bands, with the province's 4★ at 90+ ("5★ potential") as the one band that differs.
  if (score !== null) {
    if (score < STAR_BANDS[3].min) refuse("scoreNotOcop", "score", { score });
    else if (starsOk) {
      const band = starsForScore(score);
      const potential = level === "PROVINCE" && stars === 4 && band === 5;
      if (band !== stars && !potential) {
        const { min, max } = STAR_BANDS[stars as 3 | 4 | 5];
        refuse("scoreBand", "score", { score, stars: stars!, min, max });
      }
    }
  }

  // The issuing body should name a body of the chosen level.
  if (level && draft.issuingBody && draft.issuingBody.trim().length >= 3 && !BODY_WORDS[level].test(foldText(draft.issuingBody))) {
    warn("bodyLevel", "issuingBody", { level });
  }

  // Against the product's other decisions: duplicates, history, same-day decisions, downgrades.
  if (day) {
    const sameDay = context.others.filter((o) => o.decisionDate === day);
    const duplicate = draft.decisionNumber ? sameDay.find((o) => sameDecisionNumber(o.decisionNumber, draft.decisionNumber!)) : undefined;
    if (duplicate) refuse("duplicate", "decisionNumber", { decision: duplicate.decisionNumber, date: day });
    else if (sameDay.length > 0) warn("sameDay", "decisionDate", { decision: sameDay[0].decisionNumber, date: day });
    const newer = context.others.filter((o) => o.decisionDate > day!).sort((a, b) => (a.decisionDate < b.decisionDate ? -1 : 1));
    if (newer.length > 0) warn("historyOnly", "decisionDate", { decision: newer[0].decisionNumber, date: newer[0].decisionDate });
    else if (starsOk) {
      const current = context.others
        .filter((o) => o.status === "VALID" && o.validUntil >= context.today && o.decisionDate <= day!)
        .reduce<RecordedDecision | null>((best, o) => (!best || o.stars > best.stars ? o : best), null);
      if (current && current.stars > stars!) warn("fewerStars", "stars", { current: current.stars, stars: stars!, decision: current.decisionNumber });
    }
  }

  const fiveStarPotential = level !== null && stars !== null && score !== null && isFiveStarPotentialDecision({ level, stars, score });
  return { errors, warnings, validUntil, fiveStarPotential };
}

function allowedLevel(level: CertificateLevel, stars: 3 | 4 | 5, day: IsoDay | null): { code: RuleCode; refuse: boolean } | null {
  if (level === "NATIONAL") return stars === 5 ? null : { code: "levelStars", refuse: true };
  if (level === "DISTRICT") {
    if (day && day < RULE_DATES.decision148) return { code: "districtBefore148", refuse: true };
    if (day && day >= RULE_DATES.districtsAbolished) return { code: "districtAbolished", refuse: true };
    return stars === 3 ? null : { code: "levelStars", refuse: true };
  }
  // PROVINCE: never 5★. 3★ is the province's before 148 and from 1489; in between it is the district's.
  if (stars === 5) return { code: "levelStars", refuse: true };
  if (stars === 3 && day) {
    const period = recognitionPeriod(day);
    if (period === "DECISION_148") return { code: "province3Under148", refuse: false };
    if (period === "NO_DISTRICTS") return { code: "province3BeforeDecision1489", refuse: false };
  }
  return null;
}

/** Warnings the officer has not confirmed yet (confirmations are warning codes). */
export function unconfirmedWarnings(check: Pick<DecisionCheck, "warnings">, confirmed: readonly string[]): RuleIssue[] {
  return check.warnings.filter((w) => !confirmed.includes(w.code));
}

// ───────────────────────────── Supersession ─────────────────────────────

export interface SupersessionFacts {
  id: string;
  decisionDate: IsoDay;
  recordedAt: number;
  status: "VALID" | "REVOKED" | "SUPERSEDED";
}

/**
 * Decisions follow each other in time: each decision is superseded by the product's next decision
 * (by decision date; decisions of one day in the order they were recorded), whatever its stars, and
 * the newest one stands. So a renewal at the same stars replaces the old certificate (no more expiry
 * reminders), recording an older decision for the record never touches the current one, and a
 * re-evaluation with fewer stars replaces a higher one. A revoked decision stays revoked (and still
 * counts as the later decision for those before it: revoking it does not revive them).
 *
 * Returns the status and successor every decision should have.
 */
export function resolveSupersession(certs: readonly SupersessionFacts[]): { id: string; status: SupersessionFacts["status"]; supersededById: string | null }[] {
  const ordered = [...certs].sort(
    (a, b) => (a.decisionDate < b.decisionDate ? -1 : a.decisionDate > b.decisionDate ? 1 : a.recordedAt - b.recordedAt || (a.id < b.id ? -1 : 1)),
  );
  return ordered.map((cert, index) => {
    if (cert.status === "REVOKED") return { id: cert.id, status: "REVOKED", supersededById: null };
    const next = ordered[index + 1];
    return next ? { id: cert.id, status: "SUPERSEDED", supersededById: next.id } : { id: cert.id, status: "VALID", supersededById: null };
  });
}

// ───────────────────────────── Revocation ─────────────────────────────

export type RevocationField = "revokedOn" | "decisionNumber";
export const REVOCATION_REFUSALS = ["dateInvalid", "dateFuture", "revokedBeforeDecision", "alreadyRevoked"] as const;
export interface RevocationIssue {
  code: (typeof REVOCATION_REFUSALS)[number];
  field: RevocationField;
  params: Record<string, string | number>;
}

/**
 * A decision may be revoked whether it is still valid, expired (provinces revoke certificates of
 * products not re-evaluated) or superseded (a revocation recorded after the fact), but only once, on
 * a real day no earlier than the decision and no later than today.
 */
export function checkRevocation(
  revokedOn: string,
  certificate: { decisionDate: IsoDay; status: SupersessionFacts["status"] },
  today: IsoDay,
): RevocationIssue[] {
  if (certificate.status === "REVOKED") return [{ code: "alreadyRevoked", field: "decisionNumber", params: {} }];
  const day = parseDay(revokedOn);
  if (!day) return [{ code: "dateInvalid", field: "revokedOn", params: { value: revokedOn } }];
  if (day > today) return [{ code: "dateFuture", field: "revokedOn", params: { date: day, today } }];
  if (day < certificate.decisionDate) return [{ code: "revokedBeforeDecision", field: "revokedOn", params: { date: day, decisionDate: certificate.decisionDate } }];
  return [];
}

/**
 * What one revocation decision naming several products leaves alone: a certificate already revoked
 * (it cannot be revoked twice), and one superseded by a later decision of its product, which no longer
 * stands: the decision revokes what stands, valid or expired. A superseded decision that a revocation
 * does name is recorded one by one from the product's page (`checkRevocation` allows it).
 */
export function bulkRevocationSkip(status: SupersessionFacts["status"]): "alreadyRevoked" | "superseded" | null {
  if (status === "REVOKED") return "alreadyRevoked";
  if (status === "SUPERSEDED") return "superseded";
  return null;
}

// ───────────────────────────── 5★ potential ─────────────────────────────

/** A province-level 4★ decision scoring 90 or more waits for the national level as "tiềm năng 5 sao". */
export function isFiveStarPotentialDecision(cert: { level: CertificateLevel; stars: number; score: number | null }): boolean {
  return cert.level === "PROVINCE" && cert.stars === 4 && cert.score !== null && cert.score >= FIVE_STAR_POTENTIAL_SCORE;
}

/**
 * The product shows "tiềm năng 5 sao" (as a label, never as five stars) while a province 4★ decision
 * at 90+ is valid on `today` and no national decision has been recorded on or after its date: once the
 * national level decides, the label clears.
 */
export function productFiveStarPotential(
  certs: readonly { level: CertificateLevel; stars: number; score: number | null; status: string; decisionDate: IsoDay | Date; validUntil: IsoDay | Date }[],
  today: IsoDay,
): boolean {
  const day = (d: IsoDay | Date) => (typeof d === "string" ? d : dateToDay(d));
  return certs.some(
    (cert) =>
      cert.status === "VALID" &&
      day(cert.validUntil) >= today &&
      isFiveStarPotentialDecision(cert) &&
      !certs.some((other) => other.level === "NATIONAL" && day(other.decisionDate) >= day(cert.decisionDate)),
  );
}
