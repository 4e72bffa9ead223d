import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/infra/db";
import { addProducerPhotos, deleteProducerPhoto } from "@/server/producers/photos";
import { approveProducerRevision, createProducer, getProducerProfile, rejectProducerRevision, updateProducerProfile } from "@/server/producers/profile";
import { getProducer } from "@/server/producers/queries";
import { listProfileReviewQueue } from "@/server/producers/review-queries";
import { searchCommunes } from "@/server/regions/communes";
import { markSubOrderPaid, placeOrder } from "@/server/orders/mutations";
import { createOfficerViewer, createProduct, createProducerViewer, createRegion, createUser } from "../factories";
import { checkoutFor } from "../support/orders";
import { jpeg } from "../support/images";
import { codeOf } from "../support/outcome";

const mailDir = mkdtempSync(path.join(os.tmpdir(), "ocop-profile-mail-"));
beforeAll(() => {
  process.env.MAIL_DIR = mailDir;
  delete process.env.SMTP_URL;
  process.env.UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "ocop-producer-photos-"));
});

async function province(name: string) {
  return createRegion({ name, level: "PROVINCE" });
}

/** A producer whose live profile is complete, and the form values as its studio page shows them. */
async function producerWithProfile() {
  const tinh = await province(`Tuyên Quang ${Math.random().toString(36).slice(2, 6)}`);
  const commune = await createRegion({ name: "Việt Lâm", parentId: tinh.id });
  const owner = await createProducerViewer();
  const officer = await createOfficerViewer();
  const live = {
    name: "HTX Chè Cao Bồ", legalForm: "COOPERATIVE", regionId: commune.id, storyVi: "Chè cổ thụ", phone: "0912 345 678",
    bankBin: "970436", bankAccount: "0011001234567", bankAccountName: "HTX CHE CAO BO",
  };
  await updateProducerProfile(officer.viewer, owner.producerId, live);
  const form = async () => (await getProducerProfile(owner.viewer, owner.producerId)).values as Record<string, string>;
  return { owner, officer, commune, tinh, form };
}

describe("producer profiles", () => {
  it("take a producer's edit as a proposal: nothing changes publicly until an officer approves it", async () => {
    const { owner, officer, form } = await producerWithProfile();
    const { slug } = await db.producer.findUniqueOrThrow({ where: { id: owner.producerId } });
    const result = await updateProducerProfile(owner.viewer, owner.producerId, { ...(await form()), name: "HTX Chè Shan tuyết Cao Bồ", storyVi: "Chè\r\ncổ thụ trăm năm" });
    expect(result.pendingReview).toBe(true);
    expect((await getProducer(slug))?.name).toBe("HTX Chè Cao Bồ");
    // The studio form shows the proposal, with line breaks as LF.
    expect(await form()).toMatchObject({ name: "HTX Chè Shan tuyết Cao Bồ", storyVi: "Chè\ncổ thụ trăm năm" });
    expect(await db.auditLog.count({ where: { entityId: owner.producerId, action: "producer.profile.propose", actorId: owner.user.id } })).toBe(1);

    const item = (await listProfileReviewQueue(officer.viewer)).items.find((i) => i.producerId === owner.producerId)!;
    expect(item.changes.map((c) => c.field)).toEqual(["name", "storyVi"]);
    await approveProducerRevision(officer.viewer, owner.producerId, { submittedAt: String(item.submittedAt!.getTime()), photoIds: "" });
    const approved = await db.producer.findUniqueOrThrow({ where: { id: owner.producerId } });
    expect(approved).toMatchObject({ name: "HTX Chè Shan tuyết Cao Bồ", pendingRevision: null });
    expect(approved.searchText).toContain("shan tuyet");
  });

  it("change official facts (legal form, commune, tax code) only through an officer's review", async () => {
    const { owner, officer, tinh, form } = await producerWithProfile();
    const other = await createRegion({ name: "Thanh Thủy", parentId: tinh.id });
    await updateProducerProfile(owner.viewer, owner.producerId, { ...(await form()), legalForm: "ENTERPRISE", regionId: other.id, taxCode: "5100123456" });
    expect(await db.producer.findUniqueOrThrow({ where: { id: owner.producerId } })).toMatchObject({ legalForm: "COOPERATIVE", taxCode: null });
    const item = (await listProfileReviewQueue(officer.viewer)).items.find((i) => i.producerId === owner.producerId)!;
    expect(item.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "legalForm", kind: "official", before: "COOPERATIVE", after: "ENTERPRISE" }),
        expect.objectContaining({ field: "regionId", kind: "official", before: `Việt Lâm, ${tinh.name}`, after: `Thanh Thủy, ${tinh.name}` }),
      ]),
    );
    await rejectProducerRevision(officer.viewer, owner.producerId, { reason: "Chưa có giấy chứng nhận đăng ký doanh nghiệp" });
    const refused = await db.producer.findUniqueOrThrow({ where: { id: owner.producerId } });
    expect(refused).toMatchObject({ legalForm: "COOPERATIVE", pendingRevision: null, revisionRejectionReason: "Chưa có giấy chứng nhận đăng ký doanh nghiệp" });
  });

  it("refuse to approve a proposal changed after the officer opened it", async () => {
    const { owner, officer, form } = await producerWithProfile();
    await updateProducerProfile(owner.viewer, owner.producerId, { ...(await form()), phone: "0987 654 321" });
    const seen = (await listProfileReviewQueue(officer.viewer)).items.find((i) => i.producerId === owner.producerId)!;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateProducerProfile(owner.viewer, owner.producerId, { ...(await form()), bankAccount: "9999999999" });
    expect(await codeOf(approveProducerRevision(officer.viewer, owner.producerId, { submittedAt: String(seen.submittedAt!.getTime()) }))).toBe("CONFLICT");
    expect((await db.producer.findUniqueOrThrow({ where: { id: owner.producerId } })).bankAccount).toBe("0011001234567");
  });

  it("mail every account of the producer when its bank account is proposed and when it changes", async () => {
    const { owner, officer, form } = await producerWithProfile();
    const colleague = await createUser("PRODUCER", { producerId: owner.producerId });
    const before = readdirSync(mailDir).length;
    await updateProducerProfile(owner.viewer, owner.producerId, { ...(await form()), bankBin: "970418", bankAccount: "1234567890" });
    expect((await db.producer.findUniqueOrThrow({ where: { id: owner.producerId } })).bankBin).toBe("970436");
    await approveProducerRevision(officer.viewer, owner.producerId);
    expect((await db.producer.findUniqueOrThrow({ where: { id: owner.producerId } })).bankBin).toBe("970418");
    const mails = readdirSync(mailDir).slice(before).map((file) => readFileSync(path.join(mailDir, file), "utf8"));
    expect(mails.filter((m) => m.includes(colleague.email))).toHaveLength(2);
    expect(mails.filter((m) => m.includes(owner.user.email))).toHaveLength(2);
  });

  it("warn the officer approving a bank change of the transfers still owed to the old account: this producer's unpaid parts only", async () => {
    const { owner, officer, form } = await producerWithProfile();
    const other = await createProducerViewer();
    await db.producer.update({ where: { id: other.producerId }, data: { bankBin: "970418", bankAccount: "1234567890", bankAccountName: "HTX KHAC" } });
    const mine = await createProduct({ producerId: owner.producerId, stock: 10, priceVnd: 100000 });
    const theirs = await createProduct({ producerId: other.producerId, stock: 10, priceVnd: 50000 });
    // One basket from both producers, paid by transfer: each part goes to its own producer's account.
    const basket = await placeOrder(await checkoutFor([{ productId: mine.id, quantity: 1 }, { productId: theirs.id, quantity: 1 }], { paymentMethod: "VIETQR" }));
    await placeOrder(await checkoutFor([{ productId: mine.id, quantity: 1 }], { paymentMethod: "VIETQR" }));
    await placeOrder(await checkoutFor([{ productId: mine.id, quantity: 1 }], { paymentMethod: "COD" }));
    // A transfer placed while the producer had no account of its own is paid into the district's
    // collecting account (the payee is fixed when the order is placed): the producer's bank is not involved.
    const toDistrict = await placeOrder(await checkoutFor([{ productId: mine.id, quantity: 1 }], { paymentMethod: "VIETQR" }));
    await db.subOrder.updateMany({ where: { order: { code: toDistrict.code } }, data: { payeeIsDistrict: true } });
    const myPart = await db.subOrder.findFirstOrThrow({ where: { order: { code: basket.code }, producerId: owner.producerId } });
    await markSubOrderPaid(owner.viewer, myPart.id);
    // The basket still waits for the other producer's money; only the second transfer still owes this
    // producer's old account (the cash order owes no account, the district's transfer not this one).
    expect((await db.order.findUniqueOrThrow({ where: { code: basket.code } })).paymentStatus).toBe("PENDING");
    await updateProducerProfile(owner.viewer, owner.producerId, { ...(await form()), bankBin: "970418", bankAccount: "9876543210" });
    const item = (await listProfileReviewQueue(officer.viewer)).items.find((i) => i.producerId === owner.producerId)!;
    expect(item.openTransferOrders).toBe(1);
  });

  it("refuse an unknown bank, an incomplete account, a phone that is not one and a script URL", async () => {
    const { owner, form } = await producerWithProfile();
    const values = await form();
    const issues = async (over: Record<string, string>) => {
      const error = (await updateProducerProfile(owner.viewer, owner.producerId, { ...values, ...over }).then(() => null, (e: unknown) => e)) as { issues?: { path: string[]; message: string }[] } | null;
      return (error?.issues ?? []).map((i) => `${i.path[0]}:${i.message}`);
    };
    expect(await issues({ bankBin: "999999" })).toEqual(["bankBin:bank"]);
    expect(await issues({ bankAccountName: "" })).toEqual(["bankAccountName:bankIncomplete"]);
    expect(await issues({ phone: "abc" })).toEqual(["phone:phoneVietnamese"]);
    expect(await issues({ website: "javascript:alert(1)" })).toEqual(["website:website"]);
    expect(await issues({ taxCode: "12345" })).toEqual(["taxCode:taxCode"]);
    expect((await db.producer.findUniqueOrThrow({ where: { id: owner.producerId } })).pendingRevision).toBeNull();
  });

  it("are edited directly by officers (audited), proposed by their producer, and by no other producer", async () => {
    const { owner, officer, form } = await producerWithProfile();
    const other = await createProducerViewer();
    const values = await form();
    expect(await codeOf(updateProducerProfile(other.viewer, owner.producerId, values))).toBe("NOT_FOUND");
    expect(await codeOf(updateProducerProfile(null, owner.producerId, values))).toBe("UNAUTHENTICATED");
    expect(await codeOf(approveProducerRevision(owner.viewer, owner.producerId))).toBe("FORBIDDEN");
    await updateProducerProfile(officer.viewer, owner.producerId, { ...values, name: "HTX Chè Cao Bồ (sửa)" });
    expect((await db.producer.findUniqueOrThrow({ where: { id: owner.producerId } })).name).toBe("HTX Chè Cao Bồ (sửa)");
    expect(await db.auditLog.count({ where: { entityId: owner.producerId, action: "producer.update" } })).toBe(2);
  });

  it("are created only by officers, in a current commune", async () => {
    const tinh = await province("Hà Giang thử");
    const region = await createRegion({ parentId: tinh.id });
    const old = await createRegion({ parentId: tinh.id, validTo: new Date("2025-06-30") });
    const officer = await createOfficerViewer();
    const producer = await createProducerViewer();
    const input = { name: "Hộ kinh doanh Mật ong Thượng Sơn", legalForm: "HOUSEHOLD", regionId: region.id };
    const { id } = await createProducer(officer.viewer, input);
    expect((await db.producer.findUniqueOrThrow({ where: { id } })).slug).toBe("ho-kinh-doanh-mat-ong-thuong-son");
    expect(await codeOf(createProducer(producer.viewer, input))).toBe("FORBIDDEN");
    expect(await codeOf(createProducer(officer.viewer, { ...input, regionId: old.id }))).toBe("VALIDATION");
    expect(await codeOf(createProducer(officer.viewer, { ...input, regionId: tinh.id }))).toBe("VALIDATION");
  });
});

describe("the commune picker", () => {
  it("names each commune with its province and finds it without diacritics", async () => {
    const a = await province("Tỉnh Một Thử");
    const b = await province("Tỉnh Hai Thử");
    const area = await createRegion({ name: "Vùng cũ", level: "AREA", parentId: b.id });
    await createRegion({ name: "Xã Hòa Bình Thử", parentId: a.id });
    await createRegion({ name: "Xã Hòa Bình Thử", parentId: area.id });
    const found = await searchCommunes("hoa binh thu");
    expect(found.map((c) => c.label).sort()).toEqual(["Xã Hòa Bình Thử, Tỉnh Hai Thử", "Xã Hòa Bình Thử, Tỉnh Một Thử"]);
    expect((await searchCommunes("hoa binh thu hai")).map((c) => c.label)).toEqual(["Xã Hòa Bình Thử, Tỉnh Hai Thử"]);
  });
});

describe("producer photos", () => {
  it("wait for review when the producer adds them, are public at once when an officer does, and can be deleted", async () => {
    const { owner, officer } = await producerWithProfile();
    const other = await createProducerViewer();
    const photo = { name: "xuong.jpg", bytes: await jpeg(900, 600) };
    await addProducerPhotos(owner.viewer, owner.producerId, [photo]);
    await addProducerPhotos(officer.viewer, owner.producerId, [photo]);
    expect(await codeOf(addProducerPhotos(other.viewer, owner.producerId, [photo]))).toBe("NOT_FOUND");
    const { slug } = await db.producer.findUniqueOrThrow({ where: { id: owner.producerId } });
    expect((await getProducer(slug))?.images).toHaveLength(1);

    const item = (await listProfileReviewQueue(officer.viewer)).items.find((i) => i.producerId === owner.producerId)!;
    expect(item.newPhotos).toHaveLength(1);
    await approveProducerRevision(officer.viewer, owner.producerId, { photoIds: item.newPhotos.map((p) => p.id).join(",") });
    expect((await getProducer(slug))?.images).toHaveLength(2);

    const [first] = await db.producerImage.findMany({ where: { producerId: owner.producerId }, orderBy: { position: "asc" } });
    expect(await codeOf(deleteProducerPhoto(other.viewer, first.id))).toBe("NOT_FOUND");
    await deleteProducerPhoto(owner.viewer, first.id);
    expect((await getProducer(slug))?.images).toHaveLength(1);
  });
});
