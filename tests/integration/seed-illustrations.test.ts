import { readdir } from "node:fs/promises";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { DEMO_PRODUCERS, DEMO_PRODUCTS } from "@/prisma/seed/demo-data";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { IMAGE_WIDTHS } from "@/lib/image-url";
import { db } from "@/server/infra/db";
import { getStorage } from "@/server/infra/uploads/storage";
import { getProduct } from "@/server/products/queries";
import { getProducer } from "@/server/producers/queries";

const TODAY = new Date("2026-11-28T00:00:00Z");

describe("the demo's pictures", () => {
  it("gives every demo product one or two and every producer one, stored as the upload pipeline stores a photo", async () => {
    await seedDemo(db, { today: TODAY });
    const products = await db.product.findMany({ where: { slug: { in: DEMO_PRODUCTS.map((p) => p.slug) } }, include: { images: { orderBy: { position: "asc" } } } });
    expect(products).toHaveLength(DEMO_PRODUCTS.length);
    for (const product of products) {
      expect(product.images.length, product.slug).toBeGreaterThanOrEqual(1);
      expect(product.images.length, product.slug).toBeLessThanOrEqual(3);
      expect(product.images.map((i) => i.position)).toEqual(product.images.map((_, index) => index));
    }
    const producers = await db.producer.findMany({ where: { slug: { in: DEMO_PRODUCERS.map((p) => p.slug) } }, include: { images: true } });
    for (const producer of producers) expect(producer.images, producer.slug).toHaveLength(1);

    const rows = [...products.flatMap((p) => p.images), ...producers.flatMap((p) => p.images)];
    // Drawings, public at once, and said to be drawings.
    expect(rows.every((row) => row.illustration && row.review === "APPROVED")).toBe(true);
    // A producer's photo is 1024 wide at most and keeps its shape: the drawings are 4:3.
    expect(rows.every((row) => row.width === 1024 && row.height === 768)).toBe(true);

    // Every row has its WebP file at each published width, as storeImage writes them, and nothing else.
    const storage = getStorage();
    const files = new Set(await readdir(process.env.UPLOAD_DIR!));
    expect(files.size).toBe(rows.length * IMAGE_WIDTHS.length);
    for (const row of rows.slice(0, 6)) {
      for (const width of IMAGE_WIDTHS) {
        const file = await storage.get(`${row.key}-${width}.webp`);
        expect(file, `${row.key}-${width}`).not.toBeNull();
        const meta = await sharp(file!).metadata();
        expect(meta.format).toBe("webp");
        expect(meta.width).toBe(width);
        expect(meta.height).toBe(Math.round((width * 3) / 4));
      }
    }
  });

  it("is not added twice by a second seed", async () => {
    const before = await db.productImage.count();
    const producerBefore = await db.producerImage.count();
    await seedDemo(db, { today: TODAY });
    expect(await db.productImage.count()).toBe(before);
    expect(await db.producerImage.count()).toBe(producerBefore);
    expect((await readdir(process.env.UPLOAD_DIR!)).length).toBe((before + producerBefore) * IMAGE_WIDTHS.length);
  });

  it("shows pages the drawings marked as illustrations until the producer has a real photo approved", async () => {
    const slug = "che-shan-tuyet-co-thu-cao-bo";
    const shown = await getProduct(slug);
    expect(shown!.images.length).toBe(2);
    expect(shown!.images.every((image) => image.illustration)).toBe(true);
    expect(shown!.image!.illustration).toBe(true);
    const producer = await getProducer(DEMO_PRODUCTS.find((p) => p.slug === slug)!.producerSlug);
    expect(producer!.image?.illustration).toBe(true);

    // A real photo waiting for review changes nothing; approved, it replaces both drawings.
    const product = await db.product.findUniqueOrThrow({ where: { slug } });
    const photo = await db.productImage.create({ data: { productId: product.id, key: "a".repeat(24), width: 1024, height: 768, altVi: product.nameVi, position: 2, review: "PENDING" } });
    expect((await getProduct(slug))!.images.map((i) => i.illustration)).toEqual([true, true]);
    await db.productImage.update({ where: { id: photo.id }, data: { review: "APPROVED" } });
    const after = await getProduct(slug);
    expect(after!.images.map((i) => i.key)).toEqual([photo.key]);
    expect(after!.image).toMatchObject({ key: photo.key, illustration: false });
  });
});
