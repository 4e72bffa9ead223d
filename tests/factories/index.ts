/**
 * Builders of unique test data on the test file's own database. Every call makes new rows with unique
 * slugs and emails, so tests never depend on each other or on the demo seed.
 */
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/infra/db";
import { hashPassword } from "@/server/auth/password";
import type { Viewer } from "@/server/auth/permissions";
import { defaultValidUntil } from "@/lib/certificate-rules";
import { dayToDate, now, today } from "@/lib/clock";

export const unique = (prefix = "t") => `${prefix}-${randomBytes(5).toString("hex")}`;

export async function createRegion(overrides: Partial<Prisma.RegionUncheckedCreateInput> = {}) {
  const code = unique("r");
  return db.region.create({
    data: { code, slug: code, name: `Xã ${code}`, level: "COMMUNE", ...overrides },
  });
}

export async function createProducer(overrides: Partial<Prisma.ProducerUncheckedCreateInput> = {}) {
  const slug = unique("producer");
  const regionId = overrides.regionId ?? (await createRegion()).id;
  return db.producer.create({
    data: { slug, name: `HTX ${slug}`, legalForm: "COOPERATIVE", regionId, ...overrides },
  });
}

export const TEST_PASSWORD = "correct horse battery staple";

export async function createUser(
  role: "PRODUCER" | "ADMIN",
  overrides: Partial<Prisma.UserUncheckedCreateInput> = {},
) {
  const producerId = role === "PRODUCER" ? (overrides.producerId ?? (await createProducer()).id) : null;
  return db.user.create({
    data: {
      email: `${unique("user")}@example.vn`,
      name: role === "ADMIN" ? "Cán bộ thử" : "Chủ thể thử",
      role,
      producerId,
      passwordHash: await hashPassword(TEST_PASSWORD),
      ...overrides,
    },
  });
}

export function viewerOf(user: { id: string; role: "PRODUCER" | "ADMIN"; producerId: string | null; regionId?: string | null; name: string; email: string }): Viewer {
  return { userId: user.id, role: user.role, producerId: user.producerId, regionId: user.role === "ADMIN" ? (user.regionId ?? null) : null, name: user.name, email: user.email };
}

export async function createProducerViewer() {
  const user = await createUser("PRODUCER");
  return { user, viewer: viewerOf(user), producerId: user.producerId! };
}

/** An officer of `regionId`'s region (a province: all its communes; a commune: itself), or of the whole country. */
export async function createOfficerViewer({ regionId = null }: { regionId?: string | null } = {}) {
  const user = await createUser("ADMIN", { regionId });
  return { user, viewer: viewerOf(user) };
}

/** A province with communes A and B (each with a producer), for tests of officers' regions. */
export async function createProvinceWithCommunes() {
  const province = await createRegion({ level: "PROVINCE", name: `Tỉnh ${unique("p")}` });
  const communeA = await createRegion({ parentId: province.id });
  const communeB = await createRegion({ parentId: province.id });
  const producerA = await createProducer({ regionId: communeA.id });
  const producerB = await createProducer({ regionId: communeB.id });
  return { province, communeA, communeB, producerA, producerB };
}

export async function createProduct(overrides: Partial<Prisma.ProductUncheckedCreateInput> = {}) {
  const slug = unique("product");
  const producerId = overrides.producerId ?? (await createProducer()).id;
  return db.product.create({
    data: {
      slug,
      producerId,
      nameVi: `Chè thử ${slug}`,
      nameEn: `Test tea ${slug}`,
      group: "FOOD",
      priceVnd: 120000,
      unit: "hộp 200 g",
      stock: 10,
      status: "PUBLISHED",
      publishedAt: now(),
      ...overrides,
    },
  });
}

/** A certificate decided on `decisionDate` (default: today on the run's clock), valid 36 months from it unless overridden. */
export async function createCertificate(
  product: { id: string; producerId: string; nameVi: string },
  overrides: Partial<Prisma.OcopCertificateUncheckedCreateInput> & { stars?: number } = {},
) {
  const decisionDate = overrides.decisionDate ? new Date(overrides.decisionDate) : dayToDate(today());
  return db.ocopCertificate.create({
    data: {
      productId: product.id,
      producerId: product.producerId,
      stars: 3,
      score: 60,
      level: "PROVINCE",
      decisionNumber: `${unique("qd")}/QĐ-UBND`,
      decisionDate,
      issuingBody: "UBND tỉnh Tuyên Quang",
      validUntil: defaultValidUntil(decisionDate),
      productNameOnDecision: product.nameVi,
      producerNameOnDecision: "Chủ thể thử",
      ...overrides,
    },
  });
}

export async function createBatch(
  product: { id: string },
  overrides: Partial<Prisma.BatchUncheckedCreateInput> = {},
) {
  const code = unique("LOT").toUpperCase();
  return db.batch.create({
    data: {
      code,
      productId: product.id,
      lotCode: code,
      productionDate: new Date("2026-09-01"),
      expiryDate: new Date("2027-09-01"),
      quantity: 100,
      isPublic: true,
      ...overrides,
    },
  });
}
