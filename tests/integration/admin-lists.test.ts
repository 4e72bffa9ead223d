import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { parseListQuery } from "@/lib/list-query";
import { acceptInvitation, invitationIsUsable, inviteOfficerUser, inviteProducerUser, resendInvitations, setAccountsActive } from "@/server/accounts/mutations";
import { ACCOUNT_LIST, listAccounts, regionsForOfficerAccounts } from "@/server/accounts/queries";
import { AUDIT_LIST, auditChanges, listAuditLog } from "@/server/audit/queries";
import { authenticateWithPassword } from "@/server/auth/authenticate";
import { setProducersStatus } from "@/server/producers/admin-mutations";
import { updateProducerProfile } from "@/server/producers/profile";
import { reviewIdea, reviewIdeas } from "@/server/ideas/mutations";
import { IDEA_LIST, listIdeasForOfficer } from "@/server/ideas/queries";
import { db } from "@/server/infra/db";
import { listProducersForAdmin, PRODUCER_LIST, producerRowsForExport, searchProducersForPicker } from "@/server/producers/admin-queries";
import { reviewProducts } from "@/server/products/admin-mutations";
import { listProductsForOfficer, PRODUCT_LIST } from "@/server/products/admin-queries";
import { refreshProducerSearchText, refreshProductSearchText } from "@/server/search/refresh-search-text";
import { createCertificate, createOfficerViewer, createProducer, createProduct, createProvinceWithCommunes, createRegion, createUser, TEST_PASSWORD, unique } from "../factories";

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

/** A producer with its searchable text filled, as the app's writes keep it. */
async function producerNamed(name: string, regionId: string, extra: Parameters<typeof createProducer>[0] = {}) {
  const producer = await createProducer({ name, regionId, ...extra });
  await db.$transaction((tx) => refreshProducerSearchText(tx, producer.id));
  return producer;
}

describe("the producers list", () => {
  it("finds a producer by name typed without diacritics, filters, sorts, pages, and exports exactly the filtered rows", async () => {
    const province = await createRegion({ level: "PROVINCE" });
    const commune = await createRegion({ parentId: province.id, name: "Cao Bồ" });
    const officer = await createOfficerViewer({ regionId: province.id });
    const tag = unique("x");
    const shan = await producerNamed(`Hợp tác xã Chè Shan Tuyết ${tag}`, commune.id);
    const honey = await producerNamed(`Hộ kinh doanh Mật ong ${tag}`, commune.id, { legalForm: "HOUSEHOLD" });
    const suspended = await producerNamed(`Hợp tác xã Chè Xanh ${tag}`, commune.id, { status: "SUSPENDED", suspendedReason: "Kiểm tra" });
    for (let i = 0; i < 3; i++) await createProduct({ producerId: honey.id });
    await createProduct({ producerId: shan.id });

    const found = await listProducersForAdmin(officer.viewer, parseListQuery(PRODUCER_LIST, { q: "che shan tuyet" }));
    expect(found.items.map((p) => p.id)).toEqual([shan.id]);
    expect(found.total).toBe(1);

    const tea = await listProducersForAdmin(officer.viewer, parseListQuery(PRODUCER_LIST, { q: `hop tac xa che`, status: "ACTIVE" }));
    expect(tea.items.map((p) => p.id)).toEqual([shan.id]);
    const households = await listProducersForAdmin(officer.viewer, parseListQuery(PRODUCER_LIST, { q: tag, legalForm: "HOUSEHOLD" }));
    expect(households.items.map((p) => p.id)).toEqual([honey.id]);

    const byProducts = await listProducersForAdmin(officer.viewer, parseListQuery(PRODUCER_LIST, { q: tag, sort: "products", dir: "desc" }));
    expect(byProducts.items.map((p) => [p.id, p.products])).toEqual([[honey.id, 3], [shan.id, 1], [suspended.id, 0]]);

    const secondPage = await listProducersForAdmin(officer.viewer, parseListQuery(PRODUCER_LIST, { q: tag, pageSize: "20", page: "2" }));
    expect(secondPage).toMatchObject({ total: 3, page: 2, items: [] });

    // The CSV holds every matching row in the list's order, not only one page.
    const read = await producerRowsForExport(officer.viewer, parseListQuery(PRODUCER_LIST, { q: tag, sort: "name", dir: "desc", pageSize: "20" }));
    expect((await read(0, 1000)).map((p) => p.id)).toEqual([suspended.id, shan.id, honey.id]);
  });

  it("offers a handful of matches to pick an account's producer, within the officer's region", async () => {
    const { communeA, producerB } = await createProvinceWithCommunes();
    const officer = await createOfficerViewer({ regionId: communeA.id });
    const tag = unique("pick");
    const ours = await producerNamed(`HTX Miến dong ${tag}`, communeA.id);
    await db.producer.update({ where: { id: producerB.id }, data: { name: `HTX Miến dong ${tag} khác` } });
    await db.$transaction((tx) => refreshProducerSearchText(tx, producerB.id));
    expect((await searchProducersForPicker(officer.viewer, `mien dong ${tag}`)).map((p) => p.id)).toEqual([ours.id]);
    expect(await searchProducersForPicker(officer.viewer, "m")).toEqual([]);
  });
});

describe("accounts", () => {
  it("lists the accounts of the officer's region only, with their state", async () => {
    const { province, communeA, communeB, producerA, producerB } = await createProvinceWithCommunes();
    const communeOfficer = await createOfficerViewer({ regionId: communeA.id });
    const provinceOfficer = await createOfficerViewer({ regionId: province.id });
    const producerUserA = await createUser("PRODUCER", { producerId: producerA.id });
    const producerUserB = await createUser("PRODUCER", { producerId: producerB.id });
    const officerB = await createUser("ADMIN", { regionId: communeB.id });
    const invited = await inviteProducerUser(provinceOfficer.viewer, { email: `${unique("moi")}@example.vn`, name: "Chủ hộ mới", producerId: producerA.id });

    const idsSeenBy = async (viewer: typeof communeOfficer.viewer, params = {}) => (await listAccounts(viewer, parseListQuery(ACCOUNT_LIST, { pageSize: "100", ...params }))).items.map((a) => a.id);
    const communeSees = await idsSeenBy(communeOfficer.viewer);
    expect(communeSees).toEqual(expect.arrayContaining([producerUserA.id, invited.userId, communeOfficer.user.id]));
    expect(communeSees).not.toContain(producerUserB.id);
    expect(communeSees).not.toContain(officerB.id);
    expect(communeSees).not.toContain(provinceOfficer.user.id);
    expect(await idsSeenBy(provinceOfficer.viewer)).toEqual(expect.arrayContaining([producerUserA.id, producerUserB.id, officerB.id, invited.userId]));

    const states = await listAccounts(provinceOfficer.viewer, parseListQuery(ACCOUNT_LIST, { state: "INVITED", pageSize: "100" }));
    expect(states.items.map((a) => a.id)).toEqual([invited.userId]);
    expect(states.items[0]).toMatchObject({ state: "INVITED", invitationExpired: false, producerName: producerA.name });
  });

  it("disables and enables accounts of the region only, never the officer's own, and a disabled account cannot sign in or use its link", async () => {
    const { communeA, producerA, producerB } = await createProvinceWithCommunes();
    const officer = await createOfficerViewer({ regionId: communeA.id });
    const ours = await createUser("PRODUCER", { producerId: producerA.id });
    const theirs = await createUser("PRODUCER", { producerId: producerB.id });
    const invited = await inviteProducerUser(officer.viewer, { email: `${unique("moi")}@example.vn`, name: "Chủ hộ mới", producerId: producerA.id });

    expect(await setAccountsActive(officer.viewer, [ours.id, theirs.id, officer.user.id, invited.userId], false)).toEqual({ changed: 2, skipped: 2 });
    expect((await db.user.findUniqueOrThrow({ where: { id: theirs.id } })).active).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: officer.user.id } })).active).toBe(true);
    expect(await authenticateWithPassword(ours.email, TEST_PASSWORD, { address: unique("ip") })).toBeNull();
    expect(await invitationIsUsable(invited.token)).toBe(false);
    expect(await codeOf(acceptInvitation({ token: invited.token, newPassword: "mat-khau-moi-123", confirmPassword: "mat-khau-moi-123" }))).toBe("NOT_FOUND");
    expect(await db.auditLog.count({ where: { entityId: ours.id, action: "account.disable" } })).toBe(1);

    expect(await setAccountsActive(officer.viewer, [ours.id], true)).toEqual({ changed: 1, skipped: 0 });
    expect(await authenticateWithPassword(ours.email, TEST_PASSWORD, { address: unique("ip") })).toMatchObject({ id: ours.id });
  });

  it("resends an invitation with a new link that replaces the old one, for invited accounts of the region", async () => {
    const { communeA, producerA, producerB } = await createProvinceWithCommunes();
    const officer = await createOfficerViewer({ regionId: communeA.id });
    const national = await createOfficerViewer();
    const first = await inviteProducerUser(officer.viewer, { email: `${unique("moi")}@example.vn`, name: "Chủ hộ mới", producerId: producerA.id });
    const elsewhere = await inviteProducerUser(national.viewer, { email: `${unique("xa")}@example.vn`, name: "Ở xã khác", producerId: producerB.id });
    const signedUp = await createUser("PRODUCER", { producerId: producerA.id });

    const { sent, skipped } = await resendInvitations(officer.viewer, [first.userId, elsewhere.userId, signedUp.id]);
    expect(sent.map((i) => i.userId)).toEqual([first.userId]);
    expect(skipped).toBe(2);
    expect(await invitationIsUsable(first.token)).toBe(false);
    expect(await invitationIsUsable(sent[0].token)).toBe(true);
    expect(await invitationIsUsable(elsewhere.token)).toBe(true);
    await acceptInvitation({ token: sent[0].token, newPassword: "mat-khau-moi-123", confirmPassword: "mat-khau-moi-123" });
    expect(await authenticateWithPassword(first.email, "mat-khau-moi-123", { address: unique("ip") })).toMatchObject({ id: first.userId });
  });

  it("creates producer accounts for the region's producers and officer accounts in the region or below it only", async () => {
    const { province, communeA, communeB, producerB } = await createProvinceWithCommunes();
    const communeOfficer = await createOfficerViewer({ regionId: communeA.id });
    const provinceOfficer = await createOfficerViewer({ regionId: province.id });
    const email = () => `${unique("cb")}@example.vn`;

    const refused = await inviteProducerUser(communeOfficer.viewer, { email: email(), name: "Không được", producerId: producerB.id }).catch((e: unknown) => e);
    expect((refused as AppError).details).toMatchObject({ producerId: "required" });

    // The officer form offers the officer's own region and the level below it (a commune has none below).
    const offered = (await regionsForOfficerAccounts(provinceOfficer.viewer)).map((r) => r.id);
    expect(offered[0]).toBe(province.id);
    expect(offered.slice(1).sort()).toEqual([communeA.id, communeB.id].sort());
    expect((await regionsForOfficerAccounts(communeOfficer.viewer)).map((r) => r.id)).toEqual([communeA.id]);

    const created = await inviteOfficerUser(provinceOfficer.viewer, { email: email(), name: "Cán bộ xã A", regionId: communeA.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: created.userId } })).regionId).toBe(communeA.id);
    expect(await codeOf(inviteOfficerUser(communeOfficer.viewer, { email: email(), name: "Cán bộ tỉnh", regionId: province.id }))).toBe("VALIDATION");
    expect(await codeOf(inviteOfficerUser(provinceOfficer.viewer, { email: email(), name: "Cán bộ toàn quốc", regionId: "" }))).toBe("VALIDATION");
    expect(await db.user.count({ where: { name: { in: ["Cán bộ tỉnh", "Cán bộ toàn quốc", "Không được"] } } })).toBe(0);
  });
});

describe("the officers' products list", () => {
  it("shows the region's products in every status, filters by valid stars and pending changes, and reviews in bulk", async () => {
    const { communeA, producerA, producerB } = await createProvinceWithCommunes();
    const officer = await createOfficerViewer({ regionId: communeA.id });
    const tag = unique("sp");
    const draft = await createProduct({ producerId: producerA.id, status: "DRAFT", nameVi: `Chè nháp ${tag}` });
    const pending = await createProduct({ producerId: producerA.id, status: "PENDING_REVIEW", nameVi: `Chè chờ ${tag}`, submittedAt: new Date() });
    const fourStars = await createProduct({ producerId: producerA.id, nameVi: `Chè bốn sao ${tag}` });
    const expired = await createProduct({ producerId: producerA.id, nameVi: `Chè hết hạn ${tag}` });
    const revised = await createProduct({ producerId: producerA.id, nameVi: `Chè sửa ${tag}`, pendingRevision: { nameVi: `Chè sửa mới ${tag}` } });
    const elsewhere = await createProduct({ producerId: producerB.id, status: "PENDING_REVIEW", nameVi: `Chè xã khác ${tag}` });
    await db.$transaction((tx) => refreshProductSearchText(tx, [draft.id, pending.id, fourStars.id, expired.id, revised.id, elsewhere.id]));
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    await createCertificate(fourStars, { stars: 4, decisionDate: day("2025-06-01"), validUntil: day("2099-06-01") });
    await createCertificate(expired, { stars: 5, decisionDate: day("2020-01-01"), validUntil: day("2023-01-01") });

    const ids = async (params: Record<string, string>) =>
      (await listProductsForOfficer(officer.viewer, parseListQuery(PRODUCT_LIST, { q: tag, pageSize: "100", sort: "name", ...params }))).items.map((p) => p.id);
    expect((await ids({})).sort()).toEqual([draft.id, pending.id, fourStars.id, expired.id, revised.id].sort());
    expect(await ids({ status: "DRAFT" })).toEqual([draft.id]);
    // An expired 5★ certificate gives no stars today; the 4★ one does.
    expect(await ids({ stars: "4" })).toEqual([fourStars.id]);
    expect(await ids({ certified: "yes" })).toEqual([fourStars.id]);
    expect(await ids({ revision: "pending" })).toEqual([revised.id]);
    const row = (await listProductsForOfficer(officer.viewer, parseListQuery(PRODUCT_LIST, { q: tag, stars: "4" }))).items[0];
    expect(row).toMatchObject({ stars: 4, producerName: producerA.name });

    // Bulk review: the draft and the other commune's product are skipped, the rest is reviewed.
    expect(await reviewProducts(officer.viewer, [draft.id, pending.id, revised.id, elsewhere.id], "approve")).toEqual({ changed: 2, skipped: 2 });
    expect((await db.product.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("PUBLISHED");
    expect((await db.product.findUniqueOrThrow({ where: { id: revised.id } })).nameVi).toBe(`Chè sửa mới ${tag}`);
    expect((await db.product.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    expect((await db.product.findUniqueOrThrow({ where: { id: elsewhere.id } })).status).toBe("PENDING_REVIEW");
    // A rejection needs its reason.
    await expect(reviewProducts(officer.viewer, [draft.id], "reject", { reason: "" })).rejects.toBeInstanceOf(ZodError);
    expect(await reviewProducts(officer.viewer, [elsewhere.id, draft.id], "reject", { reason: "Thiếu nhãn" })).toEqual({ changed: 0, skipped: 2 });
    expect((await db.product.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });
});

describe("the audit log", () => {
  it("shows the entries of the officer's region, filtered by action, officer and Vietnam days, with names instead of ids", async () => {
    const { province, communeA, communeB, producerA, producerB } = await createProvinceWithCommunes();
    const provinceOfficer = await createOfficerViewer({ regionId: province.id });
    const communeOfficer = await createOfficerViewer({ regionId: communeA.id });
    await setProducersStatus(provinceOfficer.viewer, [producerA.id, producerB.id], { status: "SUSPENDED", reason: "Kiểm tra nhãn" });
    await updateProducerProfile(communeOfficer.viewer, producerA.id, { name: producerA.name, legalForm: "HOUSEHOLD", regionId: communeA.id, addressLine: "Thôn 2" });
    const query = (params: Record<string, string>) => parseListQuery(AUDIT_LIST, { pageSize: "100", ...params });

    const seenByCommune = await listAuditLog(communeOfficer.viewer, query({}));
    expect(seenByCommune.items.map((e) => e.entityId).sort()).toEqual([producerA.id, producerA.id]);
    const seenByProvince = await listAuditLog(provinceOfficer.viewer, query({ region: communeB.id }));
    expect(seenByProvince.items.map((e) => e.entityId)).toEqual([producerB.id]);

    const suspensions = await listAuditLog(provinceOfficer.viewer, query({ action: "producer.suspend", actor: provinceOfficer.user.id }));
    expect(suspensions.total).toBe(2);
    const edit = (await listAuditLog(provinceOfficer.viewer, query({ action: "producer", actor: communeOfficer.user.id }))).items;
    expect(edit).toHaveLength(1);
    expect(edit[0]).toMatchObject({ action: "producer.update", entityName: producerA.name, entityHref: `/admin/producers/${producerA.id}`, actorName: communeOfficer.user.name });
    expect(edit[0].changes).toEqual(
      expect.arrayContaining([
        { field: "legalForm", before: "COOPERATIVE", after: "HOUSEHOLD" },
        { field: "addressLine", before: "", after: "Thôn 2" },
      ]),
    );
    expect(edit[0].changes.map((c) => c.field)).not.toContain("updatedAt");

    // 23:30 on 1 Dec in Vietnam is 16:30 UTC: it belongs to 1 Dec, not 2 Dec.
    await db.auditLog.updateMany({ where: { entityId: producerB.id }, data: { createdAt: new Date("2026-12-01T16:30:00Z") } });
    expect((await listAuditLog(provinceOfficer.viewer, query({ from: "2026-12-01", to: "2026-12-01" }))).items.map((e) => e.entityId)).toEqual([producerB.id]);
    expect((await listAuditLog(provinceOfficer.viewer, query({ from: "2026-12-02", to: "2026-12-02" }))).total).toBe(0);
  });

  it("sorts by when and by who, with a tiebreak by id so pages of entries stamped at one instant never repeat or skip one", async () => {
    const commune = await createRegion({ level: "COMMUNE" });
    const officer = await createOfficerViewer({ regionId: commune.id });
    const tag = unique("audit");
    // Officers named so that A→Z is Bình before Lan; the log's system entries have no person.
    const binh = await createUser("ADMIN", { regionId: commune.id, name: `Bình ${tag}` });
    const lan = await createUser("ADMIN", { regionId: commune.id, name: `Lan ${tag}` });
    const at = (iso: string) => new Date(iso);
    const entry = (actorId: string | null, createdAt: Date) =>
      db.auditLog.create({ data: { actorId, action: "producer.update", entityType: "Producer", entityId: unique("p"), regionId: commune.id, createdAt } });
    const lanOld = await entry(lan.id, at("2026-11-01T02:00:00Z"));
    const binhMid = await entry(binh.id, at("2026-11-10T02:00:00Z"));
    const system = await entry(null, at("2026-11-20T02:00:00Z"));
    // Five entries at one frozen instant, by one person: only the id can order them.
    const same = [];
    for (let i = 0; i < 5; i++) same.push(await entry(lan.id, at("2026-11-15T02:00:00Z")));
    const sameIds = same.map((e) => e.id).sort();
    const ids = async (params: Record<string, string>) => (await listAuditLog(officer.viewer, parseListQuery(AUDIT_LIST, { pageSize: "20", ...params }))).items.map((e) => e.id);

    // By default newest first; the five twins newest-first by id, i.e. their ids from Z to A.
    expect(await ids({})).toEqual([system.id, ...[...sameIds].reverse(), binhMid.id, lanOld.id]);
    expect(await ids({ sort: "when", dir: "asc" })).toEqual([lanOld.id, binhMid.id, ...sameIds, system.id]);
    // By who A→Z: Bình, then Lan's entries newest first (the twins by id), then the system's (no name) last.
    expect(await ids({ sort: "who", dir: "asc" })).toEqual([binhMid.id, ...[...sameIds].reverse(), lanOld.id, system.id]);
    // Z→A: the system's first (PostgreSQL puts nulls first going down), then Lan's, then Bình's.
    expect(await ids({ sort: "who", dir: "desc" })).toEqual([system.id, ...[...sameIds].reverse(), lanOld.id, binhMid.id]);
    // A column the log cannot be sorted by (a hand-edited URL) reads as the default column.
    expect(await ids({ sort: "action" })).toEqual(await ids({}));

    // Paged two at a time, by who, the pages join into the whole order: nothing repeated or skipped.
    const whole = await ids({ sort: "who", dir: "asc" });
    const paged: string[] = [];
    for (let page = 1; page <= 5; page++) {
      const result = await listAuditLog(officer.viewer, { ...parseListQuery(AUDIT_LIST, { sort: "who", dir: "asc" }), page, pageSize: 2 });
      paged.push(...result.items.map((e) => e.id));
    }
    expect(paged).toEqual(whole);
  });

  it("names the commune a producer moved to instead of its id, and leaves bookkeeping out", () => {
    const names = new Map([["region-1", "Cao Bồ"], ["region-2", "Việt Lâm"]]);
    expect(auditChanges({ regionId: "region-1", updatedAt: "a", searchText: "x", decidedById: "u1" }, { regionId: "region-2", updatedAt: "b", searchText: "y", decidedById: "u2" }, names)).toEqual([
      { field: "regionId", before: "Cao Bồ", after: "Việt Lâm" },
    ]);
    expect(auditChanges(null, { status: "APPROVED", booths: [1, 2] })).toEqual([
      { field: "status", before: "", after: "APPROVED" },
      { field: "booths", before: "", after: "[1,2]" },
    ]);
  });
});

describe("the ideas inbox", () => {
  it("holds the ideas of the officer's communes, searchable and filtered, decided one by one or in bulk within the region only", async () => {
    const { communeA, communeB } = await createProvinceWithCommunes();
    const officer = await createOfficerViewer({ regionId: communeA.id });
    const national = await createOfficerViewer();
    const tag = unique("yt");
    const idea = (regionId: string | null, title: string) =>
      db.productIdea.create({ data: { proposerName: "Người đề xuất", proposerContact: "0912000000", regionId, title: `${title} ${tag}`, description: "Mô tả ý tưởng sản phẩm" } });
    const ours = await idea(communeA.id, "Miến dong");
    const oursToo = await idea(communeA.id, "Trà hoa vàng");
    const theirs = await idea(communeB.id, "Mật ong bạc hà");
    const nowhere = await idea(null, "Tinh dầu sả");

    const ids = async (viewer: typeof officer.viewer, params: Record<string, string> = {}) =>
      (await listIdeasForOfficer(viewer, parseListQuery(IDEA_LIST, { q: tag, sort: "title", dir: "asc", ...params }))).items.map((i) => i.id);
    expect(await ids(officer.viewer)).toEqual([ours.id, oursToo.id]);
    expect(await ids(officer.viewer, { q: `miến dong ${tag}` })).toEqual([ours.id]);
    expect((await ids(national.viewer)).sort()).toEqual([ours.id, oursToo.id, theirs.id, nowhere.id].sort());

    expect(await reviewIdeas(officer.viewer, [ours.id, theirs.id, nowhere.id], { status: "ACCEPTED", reviewNote: "Hỗ trợ năm 2027" })).toEqual({ changed: 1, skipped: 2 });
    expect(await ids(officer.viewer, { status: "ACCEPTED" })).toEqual([ours.id]);
    expect((await db.productIdea.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("NEW");
    await expect(reviewIdea(officer.viewer, theirs.id, { status: "DECLINED" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
