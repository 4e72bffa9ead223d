import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import { createProducer, updateProducerProfile } from "@/server/producers/profile";
import { createOfficerViewer, createProducerViewer, createRegion } from "../factories";

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    if (error instanceof Error && error.name === "ZodError") return "VALIDATION";
    throw error;
  }
}

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
