import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as publicUpload } from "@/app/uploads/[file]/route";
import { pinClock } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { listSearch, parseListQuery } from "@/lib/list-query";
import { sendCertificateReminders } from "@/server/certificates/reminders-job";
import { correctCertificate, recordCertificate, removeCertificate, revokeCertificate, revokeCertificates, type DecisionOutcome } from "@/server/certificates/mutations";
import {
  CERTIFICATE_LIST,
  certificateRowsForExport,
  certificatesForConfirmation,
  findProductsForCertification,
  getCertificateScan,
  getProductCertificates,
  listCertificates,
  listOwnCertificates,
} from "@/server/certificates/queries";
import { db } from "@/server/infra/db";
import { readDocument } from "@/server/infra/uploads/documents";
import { getProduct } from "@/server/products/queries";
import { refreshProductSearchText } from "@/server/search/refresh-search-text";
import {
  createOfficerViewer,
  createProduct,
  createProducer,
  createProducerViewer,
  createProvinceWithCommunes,
  createUser,
  unique,
  viewerOf,
} from "../factories";
import { jpeg } from "../support/images";
import { codeOf } from "../support/outcome";

// Every expected value below is reasoned from ../shared/OCOP.md (the rules and their dates), with
// today pinned to 30/11/2026 in Vietnam:
// - before 24/02/2023 the province recognised 3★ and 4★; under 148/QĐ-TTg (24/02/2023) the district
//   3★, the province 4★, the national level 5★; districts ended 01/07/2025; from 1489/QĐ-TTg
//   (06/07/2025) the province 3★ and 4★, the Ministry 5★;
// - bands 3★ 50–69, 4★ 70–89, 5★ 90–100; a province 4★ at 90+ is "5★ potential";
// - valid 36 months from the signing date.
const TODAY = "2026-11-30";

const uploadDir = mkdtempSync(path.join(os.tmpdir(), "ocop-scans-"));
const mailDir = mkdtempSync(path.join(os.tmpdir(), "ocop-mail-"));
beforeAll(() => {
  pinClock("2026-11-30T10:00:00+07:00");
  process.env.UPLOAD_DIR = uploadDir;
  process.env.MAIL_DIR = mailDir;
});
afterAll(() => pinClock(null));

const DISTRICT = "UBND huyện Vị Xuyên";
const PROVINCE_BEFORE = "UBND tỉnh Hà Giang";
const PROVINCE_AFTER = "UBND tỉnh Tuyên Quang";
const MINISTRY = "Bộ Nông nghiệp và Môi trường";

type Product = Awaited<ReturnType<typeof createProduct>>;

function decision(product: Product, over: Record<string, string> = {}) {
  return {
    productId: product.id,
    stars: "3",
    score: "60",
    level: "PROVINCE",
    decisionNumber: `${unique("qd").slice(3)}/QĐ-UBND`,
    decisionDate: "2025-09-15",
    issuingBody: PROVINCE_AFTER,
    productNameOnDecision: product.nameVi,
    producerNameOnDecision: "HTX Chè Cao Bồ",
    addressOnDecision: "Thôn Tham Vè, xã Cao Bồ, huyện Vị Xuyên, tỉnh Hà Giang",
    ...over,
  };
}

/** The list's query as its URL gives it (lib/list-query): the page and the CSV read the same. */
const listQuery = (params: Record<string, string> = {}) => parseListQuery(CERTIFICATE_LIST, params);
type Officer = Parameters<typeof listCertificates>[0];
/** Every row of the list's CSV, in its order (the export reads the same query batch by batch). */
const exported = async (viewer: Officer, params: Record<string, string> = {}) => (await certificateRowsForExport(viewer, listQuery(params)))(0, 10_000);

function written(outcome: DecisionOutcome): Extract<DecisionOutcome, { written: true }> {
  if (!outcome.written) throw new Error(`not written: ${outcome.warnings.map((w) => w.code).join(", ")}`);
  return outcome;
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; fields: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, fields: error.details ?? {} };
    if (error instanceof Error && error.name === "ZodError") {
      const issues = (error as unknown as { issues: { path: string[]; message: string }[] }).issues;
      return { code: "VALIDATION", fields: Object.fromEntries(issues.map((i) => [i.path[0], i.message])) };
    }
    throw error;
  }
  throw new Error("expected a refusal");
}

/** A product with its search text filled, as every write path of the app does (the factory leaves it empty). */
async function searchableProduct(overrides: Parameters<typeof createProduct>[0]) {
  const product = await createProduct(overrides);
  await db.$transaction((tx) => refreshProductSearchText(tx, [product.id]));
  return product;
}

const certificatesOf = (product: { id: string }) => db.ocopCertificate.findMany({ where: { productId: product.id }, orderBy: { decisionDate: "asc" } });
/** The public product page's data on the pinned day. */
const publicProduct = (product: { slug: string }) => getProduct(product.slug, TODAY);
const badgeOf = async (product: { id: string }) => (await db.product.findUniqueOrThrow({ where: { id: product.id } })).badgeStars;

describe("who may recognise which stars, on which date", () => {
  it("refuses a district decision from 01/07/2025, accepts one up to 30/06/2025", async () => {
    const { viewer } = await createOfficerViewer();
    const product = await createProduct();
    const late = await refusal(recordCertificate(viewer, decision(product, { level: "DISTRICT", issuingBody: DISTRICT, decisionDate: "2025-07-02" })));
    expect(late).toMatchObject({ code: "VALIDATION", fields: { level: "rules.districtAbolished" } });
    expect(await certificatesOf(product)).toHaveLength(0);

    const ok = written(await recordCertificate(viewer, decision(product, { level: "DISTRICT", issuingBody: DISTRICT, decisionDate: "2025-06-30" })));
    const [stored] = await certificatesOf(product);
    expect(stored.id).toBe(ok.id);
    expect(stored.validUntil.toISOString().slice(0, 10)).toBe("2028-06-30");
  });

  it("refuses a district before 148, a district 4★, a province 5★ and a national 3★", async () => {
    const { viewer } = await createOfficerViewer();
    const product = await createProduct();
    const cases: Record<string, string>[] = [
      { level: "DISTRICT", issuingBody: DISTRICT, decisionDate: "2022-08-10", expected: "rules.districtBefore148" },
      { level: "DISTRICT", issuingBody: DISTRICT, decisionDate: "2024-06-14", stars: "4", score: "75", expected: "rules.levelStars" },
      { level: "PROVINCE", decisionDate: "2025-09-15", stars: "5", score: "95", expected: "rules.levelStars" },
      { level: "NATIONAL", issuingBody: MINISTRY, decisionDate: "2025-09-15", stars: "3", score: "60", expected: "rules.levelStars" },
    ];
    for (const { expected, ...over } of cases) {
      expect((await refusal(recordCertificate(viewer, decision(product, over)))).fields.level, JSON.stringify(over)).toBe(expected);
    }
    expect(await certificatesOf(product)).toHaveLength(0);
  });

  it("refuses a score outside the stars' band and 1–2★", async () => {
    const { viewer } = await createOfficerViewer();
    const product = await createProduct();
    const band = await refusal(recordCertificate(viewer, decision(product, { stars: "3", score: "95" })));
    expect(band.fields.score).toBe("rules.scoreBand");
    expect(band.fields.rules).toEqual([{ code: "scoreBand", field: "score", params: { score: 95, stars: 3, min: 50, max: 69 } }]);
    expect((await refusal(recordCertificate(viewer, decision(product, { stars: "2", score: "45" })))).fields.stars).toBe("rules.starsNotOcop");
    expect(await certificatesOf(product)).toHaveLength(0);
  });

  it("refuses a decision dated after today and an impossible day, never rolling it over", async () => {
    const { viewer } = await createOfficerViewer();
    const product = await createProduct();
    expect((await refusal(recordCertificate(viewer, decision(product, { decisionDate: "2026-12-01" })))).fields.decisionDate).toBe("rules.dateFuture");
    expect((await refusal(recordCertificate(viewer, decision(product, { decisionDate: "2025-02-30" })))).fields.decisionDate).toBe("date");
    expect(await certificatesOf(product)).toHaveLength(0);
    // Today itself is fine: valid until the same day in 2029.
    written(await recordCertificate(viewer, decision(product, { decisionDate: TODAY })));
    expect((await certificatesOf(product))[0].validUntil.toISOString().slice(0, 10)).toBe("2029-11-30");
  });

  it("holds an unusual decision until the officer confirms it, then records the confirmation", async () => {
    const { viewer } = await createOfficerViewer();
    const product = await createProduct();
    // Under 148 (2024) the district recognised 3★: a province 3★ then is allowed but unusual.
    const input = decision(product, { level: "PROVINCE", issuingBody: PROVINCE_BEFORE, decisionDate: "2024-06-14" });
    const held = await recordCertificate(viewer, input);
    expect(held.written).toBe(false);
    expect(!held.written && held.warnings.map((w) => w.code)).toEqual(["province3Under148"]);
    expect(await certificatesOf(product)).toHaveLength(0);

    const done = written(await recordCertificate(viewer, { ...input, confirmed: "province3Under148" }));
    const stored = await db.ocopCertificate.findUniqueOrThrow({ where: { id: done.id } });
    expect(stored.confirmedWarnings).toEqual(["province3Under148"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: done.id, action: "certificate.record" } });
    expect(audit.actorId).toBe(viewer.userId);
    expect((audit.after as { confirmedWarnings: string[] }).confirmedWarnings).toEqual(["province3Under148"]);
  });

  it("refuses the same decision recorded twice for one product", async () => {
    const { viewer } = await createOfficerViewer();
    const product = await createProduct();
    const input = decision(product, { decisionNumber: "512/QĐ-UBND" });
    written(await recordCertificate(viewer, input));
    expect((await refusal(recordCertificate(viewer, { ...input, decisionNumber: " 512/qđ-ubnd" }))).fields.decisionNumber).toBe("rules.duplicate");
  });
});

describe("supersession follows decisions in time", () => {
  it("recording an older decision, even with more stars, never strips the current badge", async () => {
    const { viewer } = await createOfficerViewer();
    const product = await createProduct();
    const current = written(await recordCertificate(viewer, decision(product, { level: "DISTRICT", issuingBody: DISTRICT, decisionDate: "2024-06-14" })));
    expect(await badgeOf(product)).toBe(3);
    // A 2021 province 4★ (before 148), expired on 01/03/2024: history only.
    const old = decision(product, { stars: "4", score: "78", issuingBody: PROVINCE_BEFORE, decisionDate: "2021-03-01" });
    const held = await recordCertificate(viewer, old);
    expect(!held.written && held.warnings.map((w) => w.code)).toEqual(["alreadyExpired", "historyOnly"]);
    const history = written(await recordCertificate(viewer, { ...old, confirmed: "alreadyExpired,historyOnly" }));
    expect(history.status).toBe("SUPERSEDED");

    const [older, newer] = await certificatesOf(product);
    expect(older).toMatchObject({ id: history.id, status: "SUPERSEDED", supersededById: current.id });
    expect(newer).toMatchObject({ id: current.id, status: "VALID", supersededById: null });
    expect(await badgeOf(product)).toBe(3);
    expect((await publicProduct(product))?.badge?.stars).toBe(3);
  });

  it("a renewal at the same stars supersedes the old one: it leaves 'expiring' and gets no reminder", async () => {
    const { viewer } = await createOfficerViewer();
    const product = await searchableProduct({ nameVi: `Chè gia hạn ${unique()}` });
    // District 3★ of 20/12/2023: valid until 20/12/2026, 20 days from today.
    const old = written(await recordCertificate(viewer, decision(product, { level: "DISTRICT", issuingBody: DISTRICT, decisionDate: "2023-12-20" })));
    const expiring = () => listCertificates(viewer, listQuery({ q: product.nameVi, state: "expiring" }));
    expect((await expiring()).items.map((c) => c.id)).toEqual([old.id]);

    // Re-evaluated at 3★ by the province on 02/11/2026 (after 1489/QĐ-TTg).
    const renewal = written(await recordCertificate(viewer, decision(product, { decisionDate: "2026-11-02" })));
    expect(renewal.status).toBe("VALID");
    expect(await db.ocopCertificate.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ status: "SUPERSEDED", supersededById: renewal.id });
    expect((await expiring()).items).toEqual([]);

    await sendCertificateReminders(new Date("2026-11-30T03:00:00Z"));
    expect(await db.jobRun.count({ where: { name: { startsWith: `certificate-reminder:${old.id}` } } })).toBe(0);
    expect(await badgeOf(product)).toBe(3);
  });

  it("a newer decision with fewer stars replaces the current one once the officer confirms", async () => {
    const { viewer } = await createOfficerViewer();
    const product = await createProduct();
    const four = written(await recordCertificate(viewer, decision(product, { stars: "4", score: "80", issuingBody: PROVINCE_BEFORE, decisionDate: "2024-05-02" })));
    const input = decision(product, { stars: "3", score: "65", decisionDate: "2025-09-15" });
    const held = await recordCertificate(viewer, input);
    expect(!held.written && held.warnings.map((w) => w.code)).toEqual(["fewerStars"]);
    expect(await badgeOf(product)).toBe(4);
    const three = written(await recordCertificate(viewer, { ...input, confirmed: "fewerStars" }));
    expect(await db.ocopCertificate.findUniqueOrThrow({ where: { id: four.id } })).toMatchObject({ status: "SUPERSEDED", supersededById: three.id });
    expect(await badgeOf(product)).toBe(3);
  });
});

describe("what was printed on the decision", () => {
  it("is kept as entered, whatever the producer's records say today, and shown publicly with the issuing body", async () => {
    const { viewer } = await createOfficerViewer();
    const producer = await createProducer({ name: "HTX Chổi chít Việt Lâm", addressLine: "Thôn Khuổi Khà, xã Việt Lâm, tỉnh Tuyên Quang" });
    const product = await createProduct({ producerId: producer.id });
    const printed = {
      level: "DISTRICT",
      issuingBody: DISTRICT,
      decisionDate: "2024-06-14",
      producerNameOnDecision: "Hợp tác xã Chổi chít Việt Lâm",
      addressOnDecision: "Tổ 5, thị trấn Nông trường Việt Lâm, huyện Vị Xuyên, tỉnh Hà Giang",
      categoryOnDecision: "Thủ công mỹ nghệ – Sản phẩm từ sợi tự nhiên",
    };
    written(await recordCertificate(viewer, decision(product, printed)));
    await db.producer.update({ where: { id: producer.id }, data: { name: "HTX Chổi chít Việt Lâm (mới)", addressLine: "Địa chỉ mới" } });

    const view = await publicProduct(product);
    expect(view?.certificates[0]).toMatchObject({
      issuingBody: DISTRICT,
      level: "DISTRICT",
      producerNameOnDecision: printed.producerNameOnDecision,
      addressOnDecision: printed.addressOnDecision,
      categoryOnDecision: printed.categoryOnDecision,
      validUntil: "2027-06-14",
      state: "VALID",
    });
  });

  it("requires the names and address as printed", async () => {
    const { viewer } = await createOfficerViewer();
    const product = await createProduct();
    const missing = await refusal(recordCertificate(viewer, decision(product, { producerNameOnDecision: "", addressOnDecision: " " })));
    expect(missing.fields).toMatchObject({ producerNameOnDecision: "required", addressOnDecision: "required" });
  });
});

describe("revocation", () => {
  it("works on an expired certificate and shows its decision publicly; twice is a conflict", async () => {
    const { viewer } = await createOfficerViewer();
    const product = await createProduct();
    // Province 3★ of 10/08/2022 (before 148): expired after 10/08/2025.
    const cert = written(await recordCertificate(viewer, decision(product, { issuingBody: PROVINCE_BEFORE, decisionDate: "2022-08-10", confirmed: "alreadyExpired" })));
    expect(await codeOf(revokeCertificate(viewer, cert.id, { decisionNumber: "15/QĐ-UBND", reason: "Không đánh giá lại", revokedOn: "2022-08-01" }))).toBe("VALIDATION");
    await revokeCertificate(viewer, cert.id, { decisionNumber: "15/QĐ-UBND", reason: "Không đánh giá lại", revokedOn: "2026-01-05" });
    const view = await publicProduct(product);
    expect(view?.certificates[0]).toMatchObject({ state: "REVOKED", revocation: { decisionNumber: "15/QĐ-UBND", date: "2026-01-05", reason: "Không đánh giá lại" } });
    expect(await codeOf(revokeCertificate(viewer, cert.id, { decisionNumber: "16/QĐ-UBND", reason: "Lần hai", revokedOn: "2026-01-06" }))).toBe("CONFLICT");
  });

  it("by two officers at once records one decision: the second is refused, not written over the first", async () => {
    const { viewer: first } = await createOfficerViewer();
    const { viewer: second } = await createOfficerViewer();
    const product = await createProduct();
    const cert = written(await recordCertificate(first, decision(product)));
    const outcomes = await Promise.allSettled([
      revokeCertificate(first, cert.id, { decisionNumber: "30/QĐ-UBND", reason: "Vi phạm nhãn", revokedOn: "2026-11-20" }),
      revokeCertificate(second, cert.id, { decisionNumber: "31/QĐ-UBND", reason: "Vi phạm chất lượng", revokedOn: "2026-11-21" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(refused?.reason).toMatchObject({ code: "CONFLICT" });
    // What is stored is the decision that went through, with its one audit entry.
    const winner = outcomes[0].status === "fulfilled" ? "30/QĐ-UBND" : "31/QĐ-UBND";
    expect(await db.ocopCertificate.findUniqueOrThrow({ where: { id: cert.id } })).toMatchObject({ status: "REVOKED", revocationDecisionNumber: winner });
    expect(await db.auditLog.count({ where: { action: "certificate.revoke", entityId: cert.id } })).toBe(1);
  });

  it("removes the badge of a valid certificate at once", async () => {
    const { viewer } = await createOfficerViewer();
    const product = await createProduct();
    const cert = written(await recordCertificate(viewer, decision(product)));
    expect(await badgeOf(product)).toBe(3);
    await revokeCertificate(viewer, cert.id, { decisionNumber: "20/QĐ-UBND", reason: "Vi phạm chất lượng", revokedOn: "2026-11-30" });
    expect(await badgeOf(product)).toBeNull();
    expect((await publicProduct(product))?.badge).toBeNull();
  });
});

describe("5★ potential", () => {
  it("labels a province 4★ at 90+ without showing five stars, and clears when the national level decides", async () => {
    const { viewer } = await createOfficerViewer();
    const product = await searchableProduct({ nameVi: `Chè tiềm năng ${unique()}` });
    const province = written(await recordCertificate(viewer, decision(product, { stars: "4", score: "93", decisionDate: "2025-09-15" })));
    expect(province.fiveStarPotential).toBe(true);
    let view = await publicProduct(product);
    expect(view).toMatchObject({ stars: 4, fiveStarPotential: true, badge: { stars: 4 } });
    expect((await listCertificates(viewer, listQuery({ q: product.nameVi, state: "potential" }))).total).toBe(1);

    written(await recordCertificate(viewer, decision(product, { stars: "5", score: "95", level: "NATIONAL", issuingBody: MINISTRY, decisionDate: "2026-03-10" })));
    view = await publicProduct(product);
    expect(view).toMatchObject({ stars: 5, fiveStarPotential: false });
    expect((await listCertificates(viewer, listQuery({ q: product.nameVi, state: "potential" }))).total).toBe(0);
  });

  it("is not shown for a province 4★ below 90, nor answered by a national decision of an earlier cycle", async () => {
    const { viewer } = await createOfficerViewer();
    const below = await createProduct();
    written(await recordCertificate(viewer, decision(below, { stars: "4", score: "89" })));
    expect((await publicProduct(below))?.fiveStarPotential).toBe(false);

    const again = await createProduct();
    written(await recordCertificate(viewer, decision(again, { stars: "5", score: "91", level: "NATIONAL", issuingBody: "Bộ Nông nghiệp và Phát triển nông thôn", decisionDate: "2021-05-04", confirmed: "alreadyExpired" })));
    written(await recordCertificate(viewer, decision(again, { stars: "4", score: "92", decisionDate: "2025-09-15" })));
    expect(await publicProduct(again)).toMatchObject({ stars: 4, fiveStarPotential: true });
  });
});

describe("corrections by officers", () => {
  it("re-check the rules, re-order supersession, keep before and after with the reason, and show the correction day", async () => {
    const { viewer } = await createOfficerViewer();
    const product = await createProduct();
    const a = written(await recordCertificate(viewer, decision(product, { level: "DISTRICT", issuingBody: DISTRICT, decisionDate: "2023-12-20" })));
    const bInput = decision(product, { stars: "4", score: "80", decisionDate: "2025-09-15" });
    const b = written(await recordCertificate(viewer, bInput));
    expect(await db.ocopCertificate.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "SUPERSEDED", supersededById: b.id });

    // The refusals still apply to a correction.
    const bad = await refusal(correctCertificate(viewer, b.id, { ...bInput, stars: "5", score: "95", reason: "Sai số sao" }));
    expect(bad.fields.level).toBe("rules.levelStars");
    expect(await codeOf(correctCertificate(viewer, b.id, { ...bInput, reason: "" }))).toBe("VALIDATION");

    // B was typed as 2025: it is in fact a 4★ of 2023-01-05 (before 148), older than A.
    const fixed = { ...bInput, issuingBody: PROVINCE_BEFORE, decisionDate: "2023-01-05", reason: "Nhập sai năm quyết định" };
    const held = await correctCertificate(viewer, b.id, fixed);
    expect(!held.written && held.warnings.map((w) => w.code)).toEqual(["alreadyExpired", "historyOnly"]);
    written(await correctCertificate(viewer, b.id, { ...fixed, confirmed: "alreadyExpired,historyOnly" }));

    const [older, newer] = await certificatesOf(product);
    expect(older).toMatchObject({ id: b.id, status: "SUPERSEDED", supersededById: a.id });
    expect(older.validUntil.toISOString().slice(0, 10)).toBe("2026-01-05");
    expect(newer).toMatchObject({ id: a.id, status: "VALID", supersededById: null });
    expect(await badgeOf(product)).toBe(3);

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: b.id, action: "certificate.correct" } });
    expect((audit.before as { decisionDate: string }).decisionDate.slice(0, 10)).toBe("2025-09-15");
    expect(audit.after).toMatchObject({ reason: "Nhập sai năm quyết định" });
    const view = await publicProduct(product);
    expect(view?.certificates.find((c) => c.decisionDate === "2023-01-05")).toMatchObject({ correctedOn: TODAY, state: "SUPERSEDED" });
  });

  it("remove an entry made in error from public view; the decision it had replaced stands again; officers still see it", async () => {
    const { viewer } = await createOfficerViewer();
    const product = await createProduct();
    const real = written(await recordCertificate(viewer, decision(product, { stars: "4", score: "82", decisionDate: "2025-09-15" })));
    const wrong = written(await recordCertificate(viewer, decision(product, { stars: "3", score: "60", decisionDate: "2026-02-01", confirmed: "fewerStars" })));
    expect(await badgeOf(product)).toBe(3);

    expect(await codeOf(removeCertificate(viewer, wrong.id, { reason: "Nhập nhầm sản phẩm" }))).toBe("VALIDATION");
    await removeCertificate(viewer, wrong.id, { reason: "Nhập nhầm sản phẩm", understood: "on" });
    expect(await certificatesOf(product)).toEqual([expect.objectContaining({ id: real.id, status: "VALID", supersededById: null })]);
    expect(await badgeOf(product)).toBe(4);
    expect((await publicProduct(product))?.certificates).toHaveLength(1);

    const admin = await getProductCertificates(viewer, product.id);
    expect(admin.removed).toEqual([expect.objectContaining({ id: wrong.id, reason: "Nhập nhầm sản phẩm", decisionDate: "2026-02-01" })]);
  });

  it("are refused to producers and to anonymous visitors", async () => {
    const { viewer: officer } = await createOfficerViewer();
    const producer = await createProducerViewer();
    const product = await createProduct({ producerId: producer.producerId });
    const input = decision(product);
    const cert = written(await recordCertificate(officer, input));
    expect(await codeOf(recordCertificate(producer.viewer, input))).toBe("FORBIDDEN");
    expect(await codeOf(correctCertificate(producer.viewer, cert.id, { ...input, reason: "Tự sửa sao" }))).toBe("FORBIDDEN");
    expect(await codeOf(revokeCertificate(producer.viewer, cert.id, { decisionNumber: "1/QĐ", reason: "x", revokedOn: TODAY }))).toBe("FORBIDDEN");
    expect(await codeOf(removeCertificate(producer.viewer, cert.id, { reason: "Không thích", understood: "on" }))).toBe("FORBIDDEN");
    expect(await codeOf(removeCertificate(null, cert.id, { reason: "Không thích", understood: "on" }))).toBe("UNAUTHENTICATED");
    expect(await certificatesOf(product)).toHaveLength(1);
  });
});

describe("the officers' list", () => {
  it("'expiring in 90 days' holds only certificates still valid and ending within 90 days; the CSV holds the same", async () => {
    const { viewer } = await createOfficerViewer();
    const tag = unique("hethan");
    const product = (name: string) => searchableProduct({ nameVi: `${name} ${tag}` });
    // Valid until 20/12/2026 (20 days): expiring.
    const soon = written(await recordCertificate(viewer, decision(await product("Sắp"), { level: "DISTRICT", issuingBody: DISTRICT, decisionDate: "2023-12-20" })));
    // Valid until 28/02/2027 (90 days): expiring, the last day of the window.
    const edge = written(await recordCertificate(viewer, decision(await product("Biên"), { level: "DISTRICT", issuingBody: DISTRICT, decisionDate: "2024-02-28" })));
    // Valid until 01/03/2027 (91 days): not yet.
    await recordCertificate(viewer, decision(await product("Chưa"), { level: "DISTRICT", issuingBody: DISTRICT, decisionDate: "2024-03-01" }));
    // Expired in 2025 (decided 2022): not "expiring".
    await recordCertificate(viewer, decision(await product("Cũ"), { issuingBody: PROVINCE_BEFORE, decisionDate: "2022-08-10", confirmed: "alreadyExpired" }));
    // Revoked while ending in 20 days: not "expiring".
    const revoked = written(await recordCertificate(viewer, decision(await product("Thu"), { level: "DISTRICT", issuingBody: DISTRICT, decisionDate: "2023-12-20" })));
    await revokeCertificate(viewer, revoked.id, { decisionNumber: "30/QĐ-UBND", reason: "Vi phạm", revokedOn: "2026-10-01" });

    const page = await listCertificates(viewer, listQuery({ q: tag, state: "expiring" }));
    // With no sort chosen, the soonest ending first (20/12/2026, then 28/02/2027); the CSV is the page.
    expect(page.items.map((c) => c.id)).toEqual([soon.id, edge.id]);
    expect((await exported(viewer, { q: tag, state: "expiring" })).map((c) => c.id)).toEqual([soon.id, edge.id]);
    expect((await listCertificates(viewer, listQuery({ q: tag, state: "expired" }))).total).toBe(1);
    expect((await listCertificates(viewer, listQuery({ q: tag }))).total).toBe(5);

    // Sorted by decision, newest first (28/02/2024 before 20/12/2023): that order is not expiring's own, so its links keep it.
    const byDecision = listQuery({ q: tag, state: "expiring", sort: "decision", dir: "desc" });
    expect((await listCertificates(viewer, byDecision)).items.map((c) => c.id)).toEqual([edge.id, soon.id]);
    expect(listSearch(CERTIFICATE_LIST, byDecision)).toContain("sort=decision&dir=desc");
    expect(listSearch(CERTIFICATE_LIST, listQuery({ q: tag, state: "expiring" }))).not.toContain("sort=");
  });

  it("pages by 50 or by the officer's 20, and searches by decision number and by product words without marks", async () => {
    const { viewer } = await createOfficerViewer();
    const tag = unique("trang").replace("-", "");
    const product = await searchableProduct({ nameVi: `Mật ong bạc hà ${tag}` });
    for (let i = 0; i < 55; i++) {
      await db.ocopCertificate.create({
        data: {
          productId: product.id, producerId: product.producerId, stars: 3, score: 60, level: "PROVINCE", decisionNumber: `${9000 + i}/QĐ-${tag}`,
          decisionDate: new Date(Date.UTC(2025, 7, 1) + i * 86_400_000), issuingBody: PROVINCE_AFTER, validUntil: new Date(Date.UTC(2028, 7, 1) + i * 86_400_000),
          status: i === 54 ? "VALID" : "SUPERSEDED", productNameOnDecision: product.nameVi, producerNameOnDecision: "HTX",
        },
      });
    }
    const q = `mat ong ${tag}`;
    const first = await listCertificates(viewer, listQuery({ q }));
    expect(first).toMatchObject({ total: 55, pageSize: 50 });
    expect(first.items).toHaveLength(50);
    expect((await listCertificates(viewer, listQuery({ q, page: "2" }))).items).toHaveLength(5);
    // 20 a page: 20, 20 and 15, newest decision first (9054 is the 55th day), no row twice.
    const pages = await Promise.all(["1", "2", "3"].map((page) => listCertificates(viewer, listQuery({ q, pageSize: "20", page }))));
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 15]);
    const numbers = pages.flatMap((p) => p.items.map((c) => c.decisionNumber));
    expect(numbers[0]).toBe(`9054/QĐ-${tag}`);
    expect(new Set(numbers).size).toBe(55);
    // A size the list does not offer reads as 50.
    expect((await listCertificates(viewer, listQuery({ q, pageSize: "35" }))).pageSize).toBe(50);
    expect((await listCertificates(viewer, listQuery({ q: `9054/QĐ-${tag}` }))).items.map((c) => c.decisionNumber)).toEqual([`9054/QĐ-${tag}`]);
  });

  it("sorts by product, stars, decision and end of validity both ways, and the CSV keeps each order", async () => {
    const { viewer } = await createOfficerViewer();
    const tag = unique("xep");
    const certify = async (name: string, stars: number, decisionDate: string) => {
      const product = await searchableProduct({ nameVi: `${name} ${tag}` });
      const validUntil = `${Number(decisionDate.slice(0, 4)) + 3}${decisionDate.slice(4)}`;
      return db.ocopCertificate.create({
        data: {
          productId: product.id, producerId: product.producerId, stars, score: stars * 20 - 1, level: stars === 5 ? "NATIONAL" : "PROVINCE", decisionNumber: `${stars}/QĐ-${tag}`,
          decisionDate: new Date(decisionDate), issuingBody: stars === 5 ? MINISTRY : PROVINCE_AFTER, validUntil: new Date(validUntil),
          productNameOnDecision: product.nameVi, producerNameOnDecision: "HTX",
        },
      });
    };
    const banh = await certify("Bánh", 4, "2025-09-01");
    const che = await certify("Chè", 3, "2025-10-01");
    const gao = await certify("Gạo", 5, "2025-08-01");
    const ascending: Record<string, string[]> = {
      product: [banh.id, che.id, gao.id],
      stars: [che.id, banh.id, gao.id],
      decision: [gao.id, banh.id, che.id],
      valid: [gao.id, banh.id, che.id],
    };
    for (const [sort, order] of Object.entries(ascending)) {
      for (const [dir, expected] of [["asc", order], ["desc", [...order].reverse()]] as const) {
        const params = { q: tag, sort, dir };
        expect((await listCertificates(viewer, listQuery(params))).items.map((c) => c.id), `${sort} ${dir}`).toEqual(expected);
        expect((await exported(viewer, params)).map((c) => c.id), `CSV ${sort} ${dir}`).toEqual(expected);
      }
    }
    // No sort chosen: the newest decision first.
    expect((await listCertificates(viewer, listQuery({ q: tag }))).items.map((c) => c.id)).toEqual([che.id, banh.id, gao.id]);
    // A sort the list does not offer reads as that default.
    expect((await listCertificates(viewer, listQuery({ q: tag, sort: "score" }))).items.map((c) => c.id)).toEqual([che.id, banh.id, gao.id]);
  });

  it("is refused to producers", async () => {
    const { viewer } = await createProducerViewer();
    expect(await codeOf(listCertificates(viewer, listQuery()))).toBe("FORBIDDEN");
    expect(await codeOf(exported(viewer))).toBe("FORBIDDEN");
  });
});

describe("the certificate scan", () => {
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

  it("is stored privately and served only to officers and the producer it belongs to", async () => {
    const { viewer: officer } = await createOfficerViewer();
    const owner = await createProducerViewer();
    const other = await createProducerViewer();
    const product = await createProduct({ producerId: owner.producerId });
    const cert = written(await recordCertificate(officer, decision(product), pdf));
    expect(cert.scan?.key).toMatch(/^scan-[a-f0-9]{24}\.pdf$/);
    expect((await readDocument(cert.scan!.key))?.body.equals(pdf)).toBe(true);

    expect(await getCertificateScan(officer, cert.id)).toMatchObject({ key: cert.scan!.key });
    expect(await getCertificateScan(owner.viewer, cert.id)).toMatchObject({ key: cert.scan!.key });
    expect(await codeOf(getCertificateScan(other.viewer, cert.id))).toBe("NOT_FOUND");
    expect(await codeOf(getCertificateScan(null, cert.id))).toBe("UNAUTHENTICATED");
    // The public uploads route does not serve it, whatever the name.
    const response = await publicUpload(new Request("http://localhost/uploads/x"), { params: Promise.resolve({ file: cert.scan!.key }) });
    expect(response.status).toBe(404);
    expect((await listOwnCertificates(owner.viewer)).map((c) => c.hasScan)).toEqual([true]);
  });

  it("accepts a photo (re-encoded to WebP), refuses other files, and survives a round trip for an error", async () => {
    const { viewer } = await createOfficerViewer();
    const product = await createProduct();
    const photo = written(await recordCertificate(viewer, decision(product), await jpeg(1200, 1600)));
    expect(photo.scan).toMatchObject({ type: "image/webp" });

    const other = await createProduct();
    expect(await codeOf(recordCertificate(viewer, decision(other), Buffer.from("not a document at all")))).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(await certificatesOf(other)).toHaveLength(0);

    // An error (score outside the band): the stored scan's key comes back, and the corrected form keeps it.
    const failed = await refusal(recordCertificate(viewer, decision(other, { score: "95" }), pdf));
    const pendingScan = failed.fields.pendingScan as string;
    expect(pendingScan).toMatch(/^scan-[a-f0-9]{24}\.pdf$/);
    const ok = written(await recordCertificate(viewer, decision(other, { pendingScan })));
    expect((await db.ocopCertificate.findUniqueOrThrow({ where: { id: ok.id } })).scanKey).toBe(pendingScan);
    // A key already attached to a certificate cannot be attached again.
    const third = await createProduct();
    const reused = written(await recordCertificate(viewer, decision(third, { pendingScan })));
    expect((await db.ocopCertificate.findUniqueOrThrow({ where: { id: reused.id } })).scanKey).toBeNull();
  });
});

describe("officers act within their region", () => {
  it("a commune officer neither sees nor touches another commune's certificates; the province officer sees both", async () => {
    const { province, communeA, producerA, producerB } = await createProvinceWithCommunes();
    const { viewer: national } = await createOfficerViewer();
    const { viewer: communeOfficer } = await createOfficerViewer({ regionId: communeA.id });
    const { viewer: provinceOfficer } = await createOfficerViewer({ regionId: province.id });
    const tag = unique("vung");
    const mine = await searchableProduct({ producerId: producerA.id, nameVi: `Chè xã A ${tag}` });
    const theirs = await searchableProduct({ producerId: producerB.id, nameVi: `Chè xã B ${tag}` });
    const theirsInput = decision(theirs);
    const theirCert = written(await recordCertificate(national, theirsInput, Buffer.from("%PDF-1.4\n%%EOF\n")));
    written(await recordCertificate(communeOfficer, decision(mine)));

    const listed = async (viewer: typeof national) => (await listCertificates(viewer, listQuery({ q: tag }))).items.map((c) => c.productId).sort();
    expect(await listed(communeOfficer)).toEqual([mine.id]);
    expect((await exported(communeOfficer, { q: tag })).map((c) => c.productId)).toEqual([mine.id]);
    expect(await listed(provinceOfficer)).toEqual([mine.id, theirs.id].sort());
    expect((await findProductsForCertification(communeOfficer, { q: tag, page: 1 })).items.map((p) => p.id)).toEqual([mine.id]);

    expect(await codeOf(getProductCertificates(communeOfficer, theirs.id))).toBe("NOT_FOUND");
    expect(await codeOf(recordCertificate(communeOfficer, decision(theirs, { decisionDate: "2026-01-05" })))).toBe("NOT_FOUND");
    expect(await codeOf(correctCertificate(communeOfficer, theirCert.id, { ...theirsInput, stars: "4", score: "80", reason: "Sửa ngoài vùng" }))).toBe("NOT_FOUND");
    expect(await codeOf(revokeCertificate(communeOfficer, theirCert.id, { decisionNumber: "1/QĐ-UBND", reason: "Ngoài vùng", revokedOn: TODAY }))).toBe("NOT_FOUND");
    expect(await codeOf(removeCertificate(communeOfficer, theirCert.id, { reason: "Ngoài vùng", understood: "on" }))).toBe("NOT_FOUND");
    expect(await codeOf(getCertificateScan(communeOfficer, theirCert.id))).toBe("NOT_FOUND");
    expect(await certificatesOf(theirs)).toEqual([expect.objectContaining({ id: theirCert.id, status: "VALID", stars: 3 })]);
    expect(await getCertificateScan(provinceOfficer, theirCert.id)).toMatchObject({ key: theirCert.scan!.key });
  });
});

describe("producer accounts", () => {
  it("a producer's account sees its own certificates only", async () => {
    const { viewer: officer } = await createOfficerViewer();
    const owner = await createProducerViewer();
    const product = await createProduct({ producerId: owner.producerId });
    await recordCertificate(officer, decision(product));
    await recordCertificate(officer, decision(await createProduct()));
    const own = await listOwnCertificates(owner.viewer);
    expect(own.map((c) => c.productId)).toEqual([product.id]);
    const user = await createUser("ADMIN");
    expect(await codeOf(listOwnCertificates(viewerOf(user)))).toBe("FORBIDDEN");
  });
});

describe("bulk revocation (one decision for several certificates)", () => {
  const DECISION = { decisionNumber: "125/QĐ-UBND", revokedOn: "2026-11-20", reason: "Không duy trì chất lượng sau đánh giá lại" };

  it("revokes the ticked certificates that stand with one decision, each audited, and leaves the revoked and superseded ones untouched", async () => {
    const { viewer } = await createOfficerViewer();
    const tag = unique("thuhoi");
    const product = (name: string) => searchableProduct({ nameVi: `${name} ${tag}` });
    const first = await product("Chè");
    const second = await product("Mật ong");
    const expiredProduct = await product("Miến");
    const revokedProduct = await product("Rượu");
    const renewedProduct = await product("Gạo");
    const valid1 = written(await recordCertificate(viewer, decision(first)));
    const valid2 = written(await recordCertificate(viewer, decision(second, { stars: "4", score: "80" })));
    // Expired in 2025 (decided 2022): a province also revokes what was not re-evaluated.
    const expired = written(await recordCertificate(viewer, decision(expiredProduct, { issuingBody: PROVINCE_BEFORE, decisionDate: "2022-08-10", confirmed: "alreadyExpired" })));
    const revoked = written(await recordCertificate(viewer, decision(revokedProduct)));
    await revokeCertificate(viewer, revoked.id, { decisionNumber: "5/QĐ-UBND", reason: "Vi phạm nhãn", revokedOn: "2026-10-01" });
    const old = written(await recordCertificate(viewer, decision(renewedProduct, { level: "DISTRICT", issuingBody: DISTRICT, decisionDate: "2023-12-20" })));
    const renewal = written(await recordCertificate(viewer, decision(renewedProduct, { decisionDate: "2026-11-02" })));
    const ids = [valid1.id, valid2.id, expired.id, revoked.id, old.id];
    const before = new Map((await db.ocopCertificate.findMany({ where: { id: { in: ids } } })).map((c) => [c.id, c]));

    // The confirmation shows all five as they stand, and which the decision will leave alone.
    const shown = await certificatesForConfirmation(viewer, ids);
    expect(shown.missing).toBe(0);
    expect(Object.fromEntries(shown.items.map((c) => [c.id, c.status]))).toEqual({ [valid1.id]: "VALID", [valid2.id]: "VALID", [expired.id]: "VALID", [revoked.id]: "REVOKED", [old.id]: "SUPERSEDED" });

    // The single revocation's rules, once for all: a day before one decision (2022-08-10 is the earliest), or in the future, changes nothing.
    expect(await refusal(revokeCertificates(viewer, ids, { ...DECISION, revokedOn: "2022-08-09" }))).toMatchObject({ code: "VALIDATION", fields: { revokedOn: "rules.revokedBeforeDecision" } });
    expect(await refusal(revokeCertificates(viewer, ids, { ...DECISION, revokedOn: "2026-12-01" }))).toMatchObject({ code: "VALIDATION", fields: { revokedOn: "rules.dateFuture" } });
    expect(await codeOf(revokeCertificates(viewer, ids, { ...DECISION, decisionNumber: "" }))).toBe("VALIDATION");
    expect(await db.ocopCertificate.count({ where: { id: { in: ids }, status: "REVOKED" } })).toBe(1);

    expect(await revokeCertificates(viewer, ids, DECISION)).toEqual({ changed: 3, skipped: 2 });
    for (const id of [valid1.id, valid2.id, expired.id]) {
      expect(await db.ocopCertificate.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: "REVOKED",
        revocationDecisionNumber: "125/QĐ-UBND",
        revocationReason: DECISION.reason,
        revokedAt: new Date("2026-11-20T00:00:00Z"),
      });
    }
    // Untouched: the earlier revocation keeps its own decision, the superseded one stays replaced by the renewal.
    expect(await db.ocopCertificate.findUniqueOrThrow({ where: { id: revoked.id } })).toEqual(before.get(revoked.id));
    expect(await db.ocopCertificate.findUniqueOrThrow({ where: { id: old.id } })).toEqual(before.get(old.id));
    expect(await db.ocopCertificate.findUniqueOrThrow({ where: { id: renewal.id } })).toMatchObject({ status: "VALID" });

    // One audit entry per certificate revoked, by this officer, with before and after.
    const audit = await db.auditLog.findMany({ where: { action: "certificate.revoke", entityId: { in: ids }, after: { path: ["revocationDecisionNumber"], equals: "125/QĐ-UBND" } } });
    expect(audit.map((entry) => entry.entityId).sort()).toEqual([valid1.id, valid2.id, expired.id].sort());
    expect(audit.every((entry) => entry.actorId === viewer.userId && (entry.before as { status: string }).status === "VALID")).toBe(true);

    // The badges are gone from the public pages, and the list shows the four revoked.
    expect(await badgeOf(first)).toBeNull();
    expect((await publicProduct(second))?.badge).toBeNull();
    expect(await badgeOf(renewedProduct)).toBe(3);
    expect((await listCertificates(viewer, listQuery({ q: tag, state: "revoked" }))).total).toBe(4);
  });

  it("refuses an id outside the officer's region as not found and changes nothing; producers are refused", async () => {
    const { communeA, producerA, producerB } = await createProvinceWithCommunes();
    const { viewer: national } = await createOfficerViewer();
    const { viewer: communeOfficer } = await createOfficerViewer({ regionId: communeA.id });
    const mine = written(await recordCertificate(national, decision(await createProduct({ producerId: producerA.id }))));
    const theirs = written(await recordCertificate(national, decision(await createProduct({ producerId: producerB.id }))));

    // The confirmation describes only the region's certificate and counts the other without a word about it.
    const shown = await certificatesForConfirmation(communeOfficer, [mine.id, theirs.id]);
    expect(shown.items.map((c) => c.id)).toEqual([mine.id]);
    expect(shown.missing).toBe(1);

    expect(await codeOf(revokeCertificates(communeOfficer, [mine.id, theirs.id], DECISION))).toBe("NOT_FOUND");
    expect(await codeOf(revokeCertificates(communeOfficer, [mine.id, "no-such-certificate"], DECISION))).toBe("NOT_FOUND");
    const owner = await createProducerViewer();
    expect(await codeOf(revokeCertificates(owner.viewer, [mine.id], DECISION))).toBe("FORBIDDEN");
    expect(await codeOf(certificatesForConfirmation(owner.viewer, [mine.id]))).toBe("FORBIDDEN");
    expect(await codeOf(revokeCertificates(null, [mine.id], DECISION))).toBe("UNAUTHENTICATED");
    expect(await db.ocopCertificate.count({ where: { id: { in: [mine.id, theirs.id] }, status: "VALID" } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "certificate.revoke", entityId: { in: [mine.id, theirs.id] } } })).toBe(0);

    expect(await revokeCertificates(communeOfficer, [mine.id], DECISION)).toEqual({ changed: 1, skipped: 0 });
  });
});
