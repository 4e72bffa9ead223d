import { describe, expect, it } from "vitest";
import { db } from "@/server/infra/db";
import { createProducer, updateProducerProfile } from "@/server/producers/profile";
import { createOfficerViewer, createProducerViewer, createRegion } from "../factories";
import { codeOf } from "../support/outcome";


describe("producer profiles", () => {
  it("are edited by their own producer, by officers (audited), and by no other producer", async () => {
    const region = await createRegion({ name: "Việt Lâm" });
    const owner = await createProducerViewer();
    const other = await createProducerViewer();
    const officer = await createOfficerViewer();
    const profile = { name: "HTX Chè Cao Bồ", legalForm: "COOPERATIVE", regionId: region.id, storyVi: "Chè cổ thụ <script>alert(1)</script>", storyEn: "Ancient tea", email: "htx@example.vn" };
    await updateProducerProfile(owner.viewer, owner.producerId, profile);
    const saved = await db.producer.findUniqueOrThrow({ where: { id: owner.producerId } });
    expect(saved).toMatchObject({ name: "HTX Chè Cao Bồ", storyEn: "Ancient tea" });
    expect(saved.searchText).toContain("htx che cao bo");
    expect(saved.searchText).toContain("viet lam");

    expect(await codeOf(updateProducerProfile(other.viewer, owner.producerId, profile))).toBe("NOT_FOUND");
    expect(await codeOf(updateProducerProfile(null, owner.producerId, profile))).toBe("UNAUTHENTICATED");
    expect(await codeOf(updateProducerProfile(owner.viewer, owner.producerId, { ...profile, email: "not-an-email" }))).toBe("VALIDATION");

    await updateProducerProfile(officer.viewer, owner.producerId, { ...profile, name: "HTX Chè Cao Bồ (sửa)" });
    expect(await db.auditLog.count({ where: { entityId: owner.producerId, action: "producer.update" } })).toBe(1);
  });

  it("are created only by officers", async () => {
    const region = await createRegion();
    const officer = await createOfficerViewer();
    const producer = await createProducerViewer();
    const input = { name: "Hộ kinh doanh Mật ong Thượng Sơn", legalForm: "HOUSEHOLD", regionId: region.id };
    const { id } = await createProducer(officer.viewer, input);
    expect((await db.producer.findUniqueOrThrow({ where: { id } })).slug).toBe("ho-kinh-doanh-mat-ong-thuong-son");
    expect(await codeOf(createProducer(producer.viewer, input))).toBe("FORBIDDEN");
  });
});

describe("producer photos", () => {
  it("are added by the producer itself or an officer, never by another producer, and show publicly", async () => {
    const { mkdtempSync } = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    process.env.UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "ocop-producer-photos-"));
    const sharp = (await import("sharp")).default;
    const { addProducerPhoto } = await import("@/server/producers/profile");
    const { getProducer } = await import("@/server/producers/queries");
    const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#336633" } }).jpeg().toBuffer();
    const owner = await createProducerViewer();
    const other = await createProducerViewer();
    const officer = await createOfficerViewer();
    await addProducerPhoto(owner.viewer, owner.producerId, photo);
    await addProducerPhoto(officer.viewer, owner.producerId, photo);
    expect(await codeOf(addProducerPhoto(other.viewer, owner.producerId, photo))).toBe("NOT_FOUND");
    const { slug } = await db.producer.findUniqueOrThrow({ where: { id: owner.producerId } });
    const page = await getProducer(slug);
    expect(page?.images).toHaveLength(2);
  });
});
