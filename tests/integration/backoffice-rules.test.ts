import { describe, expect, it } from "vitest";
import { nowMs } from "@/lib/clock";
import { acceptInvitation, changePassword, invitationIsUsable, inviteProducerUser } from "@/server/accounts/mutations";
import { authenticateWithPassword } from "@/server/auth/authenticate";
import { recordCertificate } from "@/server/certificates/mutations";
import { db } from "@/server/infra/db";
import {
  approveProduct,
  archiveProduct,
  createProduct,
  rejectProduct,
  submitProduct,
  updateProduct,
} from "@/server/products/mutations";
import { setProducersStatus } from "@/server/producers/admin-mutations";
import {
  createOfficerViewer,
  createProducer,
  createProducerViewer,
  createUser,
  TEST_PASSWORD,
  unique,
} from "../factories";
import { codeOf } from "../support/outcome";

const listing = (over: Record<string, unknown> = {}) => ({
  nameVi: "Chè Shan tuyết thử",
  nameEn: "Test Shan tea",
  descriptionVi: "Mô tả",
  group: "FOOD",
  priceVnd: "150000",
  unit: "hộp 200 g",
  stock: "12",
  gtin: "",
  editVersion: "0",
  ...over,
});


describe("authorization of back-office use cases", () => {
  it("refuses anonymous users, the wrong role and another producer's product", async () => {
    const a = await createProducerViewer();
    const b = await createProducerViewer();
    const officer = await createOfficerViewer();
    const { id } = await createProduct(a.viewer, listing());

    expect(await codeOf(createProduct(null, listing()))).toBe("UNAUTHENTICATED");
    expect(await codeOf(createProduct(officer.viewer, listing()))).toBe("FORBIDDEN");
    expect(await codeOf(updateProduct(b.viewer, id, listing({ nameVi: "Chiếm" })))).toBe("NOT_FOUND");
    expect(await codeOf(submitProduct(b.viewer, id))).toBe("NOT_FOUND");
    expect(await codeOf(archiveProduct(b.viewer, id))).toBe("NOT_FOUND");
    expect(await codeOf(approveProduct(a.viewer, id))).toBe("FORBIDDEN");
    expect(await codeOf(approveProduct(null, id))).toBe("UNAUTHENTICATED");
    expect(await codeOf(rejectProduct(a.viewer, id, { reason: "không" }))).toBe("FORBIDDEN");
    expect(await codeOf(recordCertificate(a.viewer, {}))).toBe("FORBIDDEN");
    expect(await codeOf(setProducersStatus(a.viewer, [b.producerId], { status: "SUSPENDED", reason: "thử" }))).toBe("FORBIDDEN");
    expect(await codeOf(inviteProducerUser(a.viewer, {}))).toBe("FORBIDDEN");

    const untouched = await db.product.findUniqueOrThrow({ where: { id } });
    expect(untouched.nameVi).toBe("Chè Shan tuyết thử");
    expect(untouched.status).toBe("DRAFT");
  });
});

describe("listing review", () => {
  it("goes draft → pending → published, and a rejection carries the officer's reason", async () => {
    const { viewer } = await createProducerViewer();
    const officer = await createOfficerViewer();
    const first = await createProduct(viewer, listing());
    await submitProduct(viewer, first.id);
    await rejectProduct(officer.viewer, first.id, { reason: "Thiếu ảnh nhãn mác" });
    expect(await db.product.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "REJECTED", rejectionReason: "Thiếu ảnh nhãn mác" });

    await submitProduct(viewer, first.id);
    await approveProduct(officer.viewer, first.id);
    expect(await db.product.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "PUBLISHED", rejectionReason: null });
    const audit = await db.auditLog.findMany({ where: { entityId: first.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(audit.map((entry) => entry.action)).toEqual(["product.reject", "product.approve"]);
    expect(audit[1].actorId).toBe(officer.user.id);
  });

  it("keeps the published version live until an edit is approved, and an edit never writes stock", async () => {
    const { viewer } = await createProducerViewer();
    const officer = await createOfficerViewer();
    const { id } = await createProduct(viewer, listing());
    await submitProduct(viewer, id);
    await approveProduct(officer.viewer, id);

    const result = await updateProduct(viewer, id, listing({ nameVi: "Chè Shan tuyết mới", priceVnd: "180.000", stock: "3" }));
    expect(result.pendingReview).toBe(true);
    const live = await db.product.findUniqueOrThrow({ where: { id } });
    // A stock field posted with the edit is ignored: stock changes only through adjustments.
    expect(live).toMatchObject({ nameVi: "Chè Shan tuyết thử", priceVnd: 150000, stock: 12, status: "PUBLISHED" });

    await approveProduct(officer.viewer, id);
    const approved = await db.product.findUniqueOrThrow({ where: { id } });
    expect(approved).toMatchObject({ nameVi: "Chè Shan tuyết mới", priceVnd: 180000, pendingRevision: null });
    expect(approved.searchText).toContain("che shan tuyet moi");
  });

  it("refuses bad prices, stock and GTIN check digits with field messages", async () => {
    const { viewer } = await createProducerViewer();
    const error = await createProduct(viewer, listing({ priceVnd: "12.5", stock: "-1", gtin: "8934588012229" })).catch((e) => e);
    const fields = (error as { issues: { path: string[]; message: string }[] }).issues.map((i) => `${i.path[0]}:${i.message}`);
    // "12.5" could be 12,5 or 12.500 đồng: refused, not guessed.
    expect(fields).toEqual(expect.arrayContaining(["priceVnd:moneyAmbiguous", "stock:stock", "gtin:gtin"]));
    const ok = await createProduct(viewer, listing({ gtin: "8934588012228" }));
    expect((await db.product.findUniqueOrThrow({ where: { id: ok.id } })).gtin).toBe("08934588012228");
  });

  it("refuses a subgroup of another OCOP group, on create and on edit, and the database refuses it too", async () => {
    const tea = await db.subgroup.create({ data: { code: unique("TEA"), group: "FOOD", nameVi: "Chè", nameEn: "Tea" } });
    const brooms = await db.subgroup.create({ data: { code: unique("FIBRE"), group: "HANDICRAFT", nameVi: "Sản phẩm từ sợi thực vật", nameEn: "Natural fibre" } });
    const { viewer } = await createProducerViewer();
    // 148/QĐ-TTg: tea is a food subgroup, so a handicraft cannot carry it.
    await expect(createProduct(viewer, listing({ group: "HANDICRAFT", subgroupId: tea.id }))).rejects.toMatchObject({
      code: "VALIDATION",
      details: { subgroupId: "subgroupNotInGroup" },
    });
    const { id } = await createProduct(viewer, listing({ group: "FOOD", subgroupId: tea.id }));
    await expect(updateProduct(viewer, id, listing({ group: "FOOD", subgroupId: brooms.id }))).rejects.toMatchObject({
      details: { subgroupId: "subgroupNotInGroup" },
    });
    await expect(updateProduct(viewer, id, listing({ group: "FOOD", subgroupId: "khong-co" }))).rejects.toMatchObject({ details: { subgroupId: "invalid" } });
    await updateProduct(viewer, id, listing({ group: "HANDICRAFT", subgroupId: brooms.id }));
    expect(await db.product.findUniqueOrThrow({ where: { id } })).toMatchObject({ group: "HANDICRAFT", subgroupId: brooms.id });
    // Whatever writes the row, the pair is checked: the group alone cannot move away from its subgroup.
    await expect(db.product.update({ where: { id }, data: { group: "FOOD" } })).rejects.toThrow(/x_products_subgroup_in_group/);
  });
});

describe("producers", () => {
  it("suspension stops sign-in for the producer's accounts and reactivation restores it", async () => {
    const officer = await createOfficerViewer();
    const producer = await createProducer();
    const user = await createUser("PRODUCER", { producerId: producer.id });
    await setProducersStatus(officer.viewer, [producer.id], { status: "SUSPENDED", reason: "Vi phạm an toàn thực phẩm" });
    expect(await authenticateWithPassword(user.email, TEST_PASSWORD, { address: unique("ip") })).toBeNull();
    await setProducersStatus(officer.viewer, [producer.id], { status: "ACTIVE" });
    expect(await authenticateWithPassword(user.email, TEST_PASSWORD, { address: unique("ip") })).toMatchObject({ id: user.id });
  });
});

describe("sign-in and accounts", () => {
  it("stores argon2id hashes", async () => {
    const user = await createUser("ADMIN");
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("invitations set a password once and expire", async () => {
    const officer = await createOfficerViewer();
    const producer = await createProducer();
    const email = `${unique("new")}@example.vn`;
    const { token } = await inviteProducerUser(officer.viewer, { email, name: "Chủ hộ mới", producerId: producer.id });
    expect(await invitationIsUsable(token)).toBe(true);
    await acceptInvitation({ token, newPassword: "mat-khau-moi-123", confirmPassword: "mat-khau-moi-123" });
    expect(await authenticateWithPassword(email, "mat-khau-moi-123", { address: unique("ip") })).toMatchObject({ email });
    expect(await codeOf(acceptInvitation({ token, newPassword: "mat-khau-khac-456", confirmPassword: "mat-khau-khac-456" }))).toBe("NOT_FOUND");

    const late = await inviteProducerUser(officer.viewer, { email: `${unique("late")}@example.vn`, name: "Trễ hạn", producerId: producer.id });
    const eightDaysLater = new Date(nowMs() + 8 * 24 * 60 * 60 * 1000);
    expect(await invitationIsUsable(late.token, eightDaysLater)).toBe(false);
    expect(await codeOf(acceptInvitation({ token: late.token, newPassword: "mat-khau-moi-123", confirmPassword: "mat-khau-moi-123" }, eightDaysLater))).toBe("NOT_FOUND");
  });

  it("changes a password only with the current one", async () => {
    const user = await createUser("PRODUCER");
    const viewer = { userId: user.id, role: user.role, producerId: user.producerId, regionId: null, name: user.name, email: user.email };
    expect(await codeOf(changePassword(viewer, { currentPassword: "sai", newPassword: "mat-khau-moi-123", confirmPassword: "mat-khau-moi-123" }))).toBe("VALIDATION");
    await changePassword(viewer, { currentPassword: TEST_PASSWORD, newPassword: "mat-khau-moi-123", confirmPassword: "mat-khau-moi-123" });
    expect(await authenticateWithPassword(user.email, "mat-khau-moi-123", { address: unique("ip") })).not.toBeNull();
    expect(await codeOf(changePassword(null, {}))).toBe("UNAUTHENTICATED");
  });
});
