import "server-only";
import { z } from "zod";
import { dayToDate, today } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { slugify } from "@/lib/text-fold";
import { isWebAddress } from "@/lib/web-address";
import { recordAudit } from "@/server/audit/record";
import { authorize, can, type Viewer } from "@/server/auth/permissions";
import { assertInScope, regionScopeOf } from "@/server/auth/scope";
import { invalidate } from "@/server/infra/cache";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";
import { listCurrentCommunes } from "@/server/regions/queries";
import { refreshProducerSearchText } from "@/server/search/refresh-search-text";
import { storeImage, uploaderOf } from "@/server/infra/uploads/images";

const optional = (max: number) =>
  z.string().trim().max(max, "tooLong").transform((v) => (v === "" ? null : v)).nullable().optional();

export const ZProducerProfileForm = z.object({
  name: z.string().trim().min(2, "required").max(160, "tooLong"),
  legalForm: z.enum(["HOUSEHOLD", "COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE"], { message: "required" }),
  regionId: z.string().min(1, "required"),
  addressLine: z.string().trim().max(300, "tooLong").default(""),
  storyVi: z.string().trim().max(10_000, "tooLong").default(""),
  storyEn: optional(10_000),
  phone: optional(30),
  email: z.union([z.literal(""), z.string().trim().email("email").max(254, "email")]).optional().transform((v) => (v ? v : null)),
  website: z.union([z.literal(""), z.string().trim().max(300, "tooLong").refine(isWebAddress, "website")]).optional().transform((v) => (v ? v : null)),
  representative: optional(120),
  bankBin: z.union([z.literal(""), z.string().regex(/^\d{6}$/, "invalid")]).optional().transform((v) => (v ? v : null)),
  bankAccount: z.union([z.literal(""), z.string().regex(/^[0-9A-Za-z]{1,19}$/, "invalid")]).optional().transform((v) => (v ? v : null)),
  bankAccountName: optional(120),
});

/** Officers place a producer only in a commune of their own region (a producer keeps its own). */
async function checkRegionChoice(viewer: Viewer, regionId: string, current: string | null): Promise<void> {
  const known = await db.region.findUnique({ where: { id: regionId }, select: { id: true } });
  const allowed = viewer.role === "PRODUCER" || regionId === current || (await regionScopeOf(viewer)).includes(regionId);
  if (!known || !allowed) throw new AppError("VALIDATION", "unknown region", { regionId: "invalid" });
}

/** A producer edits its own profile; an officer any within their region. Anyone else: not found / forbidden. */
export async function updateProducerProfile(viewer: Viewer | null, producerId: string, input: unknown): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  authorize(viewer, viewer.role === "PRODUCER" ? "producer.editOwnProfile" : "producer.manage");
  await assertInScope(viewer, { producerId });
  const data = ZProducerProfileForm.parse(input);
  const slug = await db.$transaction(async (tx) => {
    const before = await tx.producer.findUnique({ where: { id: producerId } });
    if (!before) throw new AppError("NOT_FOUND");
    await checkRegionChoice(viewer, data.regionId, before.regionId);
    const after = await tx.producer.update({ where: { id: producerId }, data });
    await refreshProducerSearchText(tx, producerId);
    if (can(viewer, "producer.manage")) {
      await recordAudit(tx, viewer, { action: "producer.update", entityType: "Producer", entityId: producerId, before, after });
    }
    return before.slug;
  });
  invalidate([CacheTags.producers, CacheTags.producer(slug), CacheTags.catalogue]);
}

export async function createProducer(viewer: Viewer | null, input: unknown): Promise<{ id: string }> {
  authorize(viewer, "producer.manage");
  const data = ZProducerProfileForm.parse(input);
  await checkRegionChoice(viewer, data.regionId, null);
  return db.$transaction(async (tx) => {
    const base = slugify(data.name) || "chu-the";
    let slug = base;
    for (let n = 2; await tx.producer.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
    // The day it joined the site, in Vietnam (the column default would take the database session's day).
    const producer = await tx.producer.create({ data: { ...data, slug, registeredOn: dayToDate(today()) } });
    await refreshProducerSearchText(tx, producer.id);
    await recordAudit(tx, viewer, { action: "producer.create", entityType: "Producer", entityId: producer.id, after: producer });
    return { id: producer.id };
  });
}

export async function getProducerProfile(viewer: Viewer, producerId: string) {
  authorize(viewer, viewer.role === "PRODUCER" ? "producer.editOwnProfile" : "producer.manage");
  await assertInScope(viewer, { producerId });
  const producer = await db.producer.findUnique({ where: { id: producerId } });
  if (!producer) throw new AppError("NOT_FOUND");
  return producer;
}

/** Current communes to place a producer in: for an officer, those of their region. */
export async function communesForProfile(viewer: Viewer | null): Promise<{ id: string; name: string }[]> {
  const scope = viewer && viewer.role === "ADMIN" ? await regionScopeOf(viewer) : null;
  return listCurrentCommunes(scope ? { id: scope.byRegion().regionId } : {});
}

/** Adds a photo to a producer's profile: the producer itself or an officer. */
export async function addProducerPhoto(viewer: Viewer | null, producerId: string, bytes: Buffer): Promise<{ key: string }> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  authorize(viewer, viewer.role === "PRODUCER" ? "producer.editOwnProfile" : "producer.manage");
  await assertInScope(viewer, { producerId });
  const producer = await db.producer.findUnique({ where: { id: producerId }, select: { slug: true, name: true } });
  if (!producer) throw new AppError("NOT_FOUND");
  const stored = await storeImage(bytes, uploaderOf(viewer));
  const position = await db.producerImage.count({ where: { producerId } });
  await db.producerImage.create({ data: { producerId, key: stored.key, width: stored.width, height: stored.height, altVi: producer.name, position } });
  invalidate([CacheTags.producers, CacheTags.producer(producer.slug)]);
  return { key: stored.key };
}
