import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertInScope, regionScopeOf } from "@/server/auth/scope";
import { db } from "@/server/infra/db";
import { listProducersForAdmin, PRODUCER_LIST } from "@/server/producers/admin-queries";
import { parseListQuery } from "@/lib/list-query";
import { setProducersStatus } from "@/server/producers/admin-mutations";
import { communesForProfile, createProducer, getProducerProfile, updateProducerProfile } from "@/server/producers/profile";
import { createOfficerViewer, createProducerViewer, createProvinceWithCommunes, createRegion } from "../factories";

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

const profile = (regionId: string, name = "HTX Chè Thử Vùng") => ({ name, legalForm: "COOPERATIVE", regionId, addressLine: "Thôn 1" });

describe("officers act within their region", () => {
  it("a province officer reaches every commune of the province, a commune officer its own commune only", async () => {
    const { province, communeA, producerA, producerB } = await createProvinceWithCommunes();
    const elsewhere = await createProvinceWithCommunes();
    const provinceOfficer = await createOfficerViewer({ regionId: province.id });
    const communeOfficer = await createOfficerViewer({ regionId: communeA.id });
    const nationalOfficer = await createOfficerViewer();

    const ours = [producerA.id, producerB.id, elsewhere.producerA.id, elsewhere.producerB.id];
    const seenBy = async (viewer: Parameters<typeof listProducersForAdmin>[0]) =>
      (await listProducersForAdmin(viewer, parseListQuery(PRODUCER_LIST, { pageSize: "100" }))).items.map((p) => p.id).filter((id) => ours.includes(id)).sort();

    expect(await seenBy(provinceOfficer.viewer)).toEqual([producerA.id, producerB.id].sort());
    expect(await seenBy(communeOfficer.viewer)).toEqual([producerA.id]);
    expect(await seenBy(nationalOfficer.viewer)).toEqual([...ours].sort());
  });

  it("a commune officer is refused another commune's producer, as if it did not exist, and changes nothing", async () => {
    const { communeA, communeB, producerA, producerB } = await createProvinceWithCommunes();
    const { viewer } = await createOfficerViewer({ regionId: communeA.id });

    expect(await codeOf(getProducerProfile(viewer, producerB.id))).toBe("NOT_FOUND");
    // A bulk action skips it, as if it had not been picked.
    expect(await setProducersStatus(viewer, [producerB.id], { status: "SUSPENDED", reason: "Vi phạm nhãn mác" })).toEqual({ changed: 0, skipped: 1 });
    expect(await codeOf(updateProducerProfile(viewer, producerB.id, profile(communeB.id, "Tên bị sửa")))).toBe("NOT_FOUND");
    const untouched = await db.producer.findUniqueOrThrow({ where: { id: producerB.id } });
    expect(untouched).toMatchObject({ status: "ACTIVE", name: producerB.name });
    expect(await db.auditLog.count({ where: { entityId: producerB.id } })).toBe(0);

    // Its own commune's producer it may manage.
    expect(await setProducersStatus(viewer, [producerA.id, producerB.id], { status: "SUSPENDED", reason: "Vi phạm nhãn mác" })).toEqual({ changed: 1, skipped: 1 });
    expect((await db.producer.findUniqueOrThrow({ where: { id: producerA.id } })).status).toBe("SUSPENDED");
    expect((await db.producer.findUniqueOrThrow({ where: { id: producerB.id } })).status).toBe("ACTIVE");
    expect(await getProducerProfile(viewer, producerA.id)).toMatchObject({ id: producerA.id });
  });

  it("an officer places producers only in communes of their region and cannot move one out of it", async () => {
    const { communeA, communeB, producerA } = await createProvinceWithCommunes();
    const { viewer } = await createOfficerViewer({ regionId: communeA.id });

    const error = await createProducer(viewer, profile(communeB.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toMatchObject({ regionId: "invalid" });
    const created = await createProducer(viewer, profile(communeA.id));
    expect((await db.producer.findUniqueOrThrow({ where: { id: created.id } })).regionId).toBe(communeA.id);

    expect(await codeOf(updateProducerProfile(viewer, producerA.id, profile(communeB.id)))).toBe("VALIDATION");
    expect((await db.producer.findUniqueOrThrow({ where: { id: producerA.id } })).regionId).toBe(communeA.id);

    // The commune picker offers the officer's own communes only.
    const communes = (await communesForProfile(viewer)).map((c) => c.id);
    expect(communes).toEqual([communeA.id]);
  });

  it("records the producer's region on audit entries, whoever acts", async () => {
    const { province, communeB, producerB } = await createProvinceWithCommunes();
    const { viewer } = await createOfficerViewer({ regionId: province.id });
    await setProducersStatus(viewer, [producerB.id], { status: "SUSPENDED", reason: "Tạm dừng kiểm tra" });
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: producerB.id, action: "producer.suspend" } });
    expect(entry.regionId).toBe(communeB.id);
  });

  it("a producer account's scope is its own producer, never a region", async () => {
    const own = await createProducerViewer();
    const other = await createProvinceWithCommunes();
    expect((await regionScopeOf(own.viewer)).producers()).toEqual({ id: own.producerId });
    expect(await codeOf(assertInScope(own.viewer, { producerId: other.producerA.id }))).toBe("NOT_FOUND");
    expect(await codeOf(assertInScope(own.viewer, { regionId: other.communeA.id }))).toBe("NOT_FOUND");
    await expect(assertInScope(own.viewer, { producerId: own.producerId })).resolves.toBeDefined();
  });

  it("something without a region is for officers of the whole country only", async () => {
    const commune = await createRegion();
    const regional = await createOfficerViewer({ regionId: commune.id });
    const national = await createOfficerViewer();
    expect(await codeOf(assertInScope(regional.viewer, { regionId: null }))).toBe("NOT_FOUND");
    await expect(assertInScope(national.viewer, { regionId: null })).resolves.toMatchObject({ national: true });
  });
});
