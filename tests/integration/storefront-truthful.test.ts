import { beforeAll, describe, expect, it } from "vitest";
import { addDays, dayToDate, today } from "@/lib/clock";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { db } from "@/server/infra/db";
import { getHomeCatalogue, getProduct, listProducts } from "@/server/products/queries";
import { parseStrict, ZProductListQuery } from "@/server/products/query-schemas";
import { getPublicTrace } from "@/server/trace/queries";
import { createBatch, createCertificate, createProduct } from "../factories";

// Days counted on the app's pinned clock (tests/support/clock.ts), never the wall clock.
const daysAgo = (days: number) => dayToDate(addDays(today(), -days));
const tomorrow = () => dayToDate(addDays(today(), 1));

beforeAll(async () => {
  await seedDemo(db);
});

/** The product as the catalogue list, the product page and the trace page each say it. */
async function everywhere(product: { id: string; slug: string; producerId: string }) {
  const producer = await db.producer.findUniqueOrThrow({ where: { id: product.producerId } });
  const listed = await listProducts(parseStrict(ZProductListQuery, { producer: producer.slug }));
  const batch = await createBatch(product);
  return {
    list: listed.items.find((item) => item.slug === product.slug)?.certification,
    page: (await getProduct(product.slug))?.certification,
    trace: (await getPublicTrace(batch.code))?.certification,
  };
}

describe("certification status says which", () => {
  it("certified, expired, revoked and never certified are told apart on lists, product and trace pages", async () => {
    const certified = await createProduct();
    await createCertificate(certified, { stars: 4, decisionDate: daysAgo(100) });
    const expired = await createProduct();
    await createCertificate(expired, { stars: 4, decisionDate: daysAgo(1200), validUntil: daysAgo(1) });
    const revoked = await createProduct();
    await createCertificate(revoked, { stars: 3, decisionDate: daysAgo(1300), validUntil: daysAgo(200) });
    await createCertificate(revoked, { stars: 4, decisionDate: daysAgo(90), status: "REVOKED" });
    const never = await createProduct();
    // A 2★ rating is not an OCOP product: never certified, not "expired".
    await createCertificate(never, { stars: 2, score: 40, decisionDate: daysAgo(30) });

    expect(await everywhere(certified)).toEqual({ list: "CERTIFIED", page: "CERTIFIED", trace: "CERTIFIED" });
    expect(await everywhere(expired)).toEqual({ list: "EXPIRED", page: "EXPIRED", trace: "EXPIRED" });
    expect(await everywhere(revoked)).toEqual({ list: "REVOKED", page: "REVOKED", trace: "REVOKED" });
    expect(await everywhere(never)).toEqual({ list: "NONE", page: "NONE", trace: "NONE" });
  });
});

describe("featured products", () => {
  it("are certified today and in stock: never a sold-out, expired, revoked or uncertified product", async () => {
    // Five stars and the newest publication put these first in line if nothing else kept them out.
    const soldOut = await createProduct({ stock: 0, publishedAt: tomorrow() });
    await createCertificate(soldOut, { stars: 5, score: 95, level: "NATIONAL" });
    const expired = await createProduct({ publishedAt: tomorrow() });
    await createCertificate(expired, { stars: 5, score: 95, level: "NATIONAL", decisionDate: daysAgo(1200), validUntil: daysAgo(1) });
    const fresh = await createProduct({ publishedAt: tomorrow() });
    await createCertificate(fresh, { stars: 5, score: 95, level: "NATIONAL" });

    const { featured } = await getHomeCatalogue();
    const slugs = featured.map((item) => item.slug);
    expect(slugs).toContain(fresh.slug);
    expect(slugs).not.toContain(soldOut.slug);
    expect(slugs).not.toContain(expired.slug);
    expect(featured.length).toBeGreaterThan(1);
    for (const item of featured) {
      expect(item).toMatchObject({ certification: "CERTIFIED", inStock: true });
      expect(item.stars).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("related products", () => {
  it("come from the same subgroup first, not merely the same group", async () => {
    const tea = await db.subgroup.create({ data: { code: "test-shan-tea", group: "FOOD", nameVi: "Chè thử", nameEn: "Test tea" } });
    const paste = await db.subgroup.create({ data: { code: "test-shrimp-paste", group: "FOOD", nameVi: "Mắm thử", nameEn: "Test paste" } });
    const product = await createProduct({ subgroupId: tea.id });
    const sameSubgroup = await createProduct({ subgroupId: tea.id, publishedAt: daysAgo(300) });
    // Same group, other subgroup, five stars and newer: it would come first on stars alone.
    const otherSubgroup = await createProduct({ subgroupId: paste.id });
    await createCertificate(otherSubgroup, { stars: 5, score: 95, level: "NATIONAL" });

    const related = (await getProduct(product.slug))!.related.map((item) => item.slug);
    expect(related[0]).toBe(sameSubgroup.slug);
    expect(related).not.toContain(product.slug);
    // The rest of the four still come from the group, so the section is never empty for a small subgroup.
    expect(related).toHaveLength(4);
  });
});
