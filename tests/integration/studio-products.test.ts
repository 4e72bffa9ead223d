import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/infra/db";
import { placeOrder } from "@/server/orders/mutations";
import { approveProduct, createProduct, ProductEditedElsewhere, rejectProduct, submitProduct, updateProduct } from "@/server/products/mutations";
import { addProductPhotos, deleteProductPhoto, moveProductPhoto, rejectProductPhoto } from "@/server/products/photos";
import { getProduct } from "@/server/products/queries";
import { adjustStock, listStockHistory, StockChangedMeanwhile } from "@/server/products/stock";
import { getOwnProduct, listReviewQueue } from "@/server/products/studio-queries";
import { approveProducerRevision } from "@/server/producers/profile";
import { listProfileReviewQueue } from "@/server/producers/review-queries";
import { createOfficerViewer, createProduct as seedProduct, createProducerViewer, createProvinceWithCommunes } from "../factories";
import { jpeg } from "../support/images";
import { checkoutFor } from "../support/orders";
import { codeOf } from "../support/outcome";

const uploadDir = mkdtempSync(path.join(os.tmpdir(), "ocop-studio-photos-"));
beforeAll(() => {
  process.env.UPLOAD_DIR = uploadDir;
});

const facts = (over: Record<string, unknown> = {}) => ({
  nameVi: "Mật ong hoa bạc hà",
  descriptionVi: "Mật ong\nthu hoạch tháng 11.",
  group: "FOOD",
  priceVnd: "250.000",
  unit: "chai 500 ml",
  gtin: "",
  ...over,
});

/** A published listing of a fresh producer, as the studio form would show it. */
async function publishedProduct(stock = 2486, over: Record<string, unknown> = {}) {
  const producer = await createProducerViewer();
  const officer = await createOfficerViewer();
  const { id, slug } = await createProduct(producer.viewer, { ...facts(over), stock: String(stock) });
  await submitProduct(producer.viewer, id);
  await approveProduct(officer.viewer, id);
  return { ...producer, officer, id, slug };
}

/** What the edit form posts when nothing was touched: the values it showed, with the stock it loaded. */
async function untouchedForm(viewer: Parameters<typeof getOwnProduct>[0], id: string): Promise<Record<string, string>> {
  const shown = await getOwnProduct(viewer, id);
  return { ...shown.values, stock: String(shown.stock), editVersion: String(shown.editVersion) };
}

describe("stock with an open form", () => {
  it("keeps a sale made while the form was open: saving the form does not write the loaded stock back", async () => {
    const { viewer, id } = await publishedProduct(2486);
    const form = await untouchedForm(viewer, id);
    expect(form.stock).toBe("2486");

    // A buyer orders 5 while the producer's form is open.
    await placeOrder(await checkoutFor([{ productId: id, quantity: 5 }]));
    expect((await db.product.findUniqueOrThrow({ where: { id } })).stock).toBe(2481);

    // "Lưu" without touching anything.
    await updateProduct(viewer, id, form);
    expect((await db.product.findUniqueOrThrow({ where: { id } })).stock).toBe(2481);
  });

  it("refuses a stocktake counted against a stock that has moved since, and says what it is now", async () => {
    const { viewer, id } = await publishedProduct(2486);
    const seen = (await getOwnProduct(viewer, id)).stock;
    await placeOrder(await checkoutFor([{ productId: id, quantity: 5 }]));

    const refused = await adjustStock(viewer, id, { kind: "STOCKTAKE", quantity: "2480", expectedStock: String(seen), reason: "Kiểm kê cuối ngày" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StockChangedMeanwhile);
    expect(refused).toMatchObject({ expected: 2486, current: 2481 });
    expect((await db.product.findUniqueOrThrow({ where: { id } })).stock).toBe(2481);

    // Counted again against 2481: 2480 on the shelf, one unit missing.
    expect(await adjustStock(viewer, id, { kind: "STOCKTAKE", quantity: "2480", expectedStock: "2481", reason: "Kiểm kê cuối ngày" })).toEqual({ stock: 2480 });
  });

  it("applies received and damaged goods to the stock as it is, and keeps who, when and why", async () => {
    const { viewer, user, id } = await publishedProduct(10);
    await placeOrder(await checkoutFor([{ productId: id, quantity: 2 }]));
    // The page said 10, but an amount is added to what is there now (8), not to what was seen.
    await adjustStock(viewer, id, { kind: "RECEIVED", quantity: "100", expectedStock: "10", reason: "Mẻ mới" });
    await adjustStock(viewer, id, { kind: "DAMAGED", quantity: "3", expectedStock: "108", reason: "Vỡ chai khi vận chuyển" });
    expect((await db.product.findUniqueOrThrow({ where: { id } })).stock).toBe(105);

    expect(await codeOf(adjustStock(viewer, id, { kind: "DAMAGED", quantity: "1", expectedStock: "105", reason: "" }))).toBe("VALIDATION");
    expect(await codeOf(adjustStock(viewer, id, { kind: "DAMAGED", quantity: "500", expectedStock: "105", reason: "Mất hàng" }))).toBe("VALIDATION");

    const history = await listStockHistory(viewer, id);
    expect(history.map((e) => [e.kind, e.delta])).toEqual([["DAMAGED", -3], ["RECEIVED", 100], ["ORDER", -2], ["INITIAL", 10]]);
    expect(history[0]).toMatchObject({ stockAfter: 105, reason: "Vỡ chai khi vận chuyển", actor: user.name });
  });

  it("refuses adjustments by anyone but the producer", async () => {
    const { id, officer } = await publishedProduct(10);
    const stranger = await createProducerViewer();
    expect(await codeOf(adjustStock(stranger.viewer, id, { kind: "RECEIVED", quantity: "5", expectedStock: "10", reason: "" }))).toBe("NOT_FOUND");
    expect(await codeOf(adjustStock(officer.viewer, id, { kind: "RECEIVED", quantity: "5", expectedStock: "10", reason: "" }))).toBe("FORBIDDEN");
    expect(await codeOf(adjustStock(null, id, { kind: "RECEIVED", quantity: "5", expectedStock: "10", reason: "" }))).toBe("UNAUTHENTICATED");
    expect((await db.product.findUniqueOrThrow({ where: { id } })).stock).toBe(10);
  });
});

describe("listing facts", () => {
  it("read prices typed the Vietnamese way and refuse ambiguous ones", async () => {
    const { viewer } = await createProducerViewer();
    const { id } = await createProduct(viewer, facts({ priceVnd: "35.000" }));
    expect((await db.product.findUniqueOrThrow({ where: { id } })).priceVnd).toBe(35_000);
    const refused = await createProduct(viewer, facts({ priceVnd: "35.5" })).catch((e: { issues: { path: string[]; message: string }[] }) => e.issues);
    expect(refused).toEqual([expect.objectContaining({ path: ["priceVnd"], message: "moneyAmbiguous" })]);
  });

  it("store a GTIN as 14 digits, so the same GTIN with and without its leading zero is one product", async () => {
    const a = await createProducerViewer();
    const b = await createProducerViewer();
    const { id } = await createProduct(a.viewer, facts({ gtin: "8931234567897" }));
    expect((await db.product.findUniqueOrThrow({ where: { id } })).gtin).toBe("08931234567897");
    const taken = await createProduct(b.viewer, facts({ gtin: "08931234567897" })).catch((e: { details?: unknown }) => e.details);
    expect(taken).toEqual({ gtin: "gtinTaken" });
    // The database refuses any other form, whatever code writes it.
    await expect(db.product.update({ where: { id }, data: { gtin: "8931234567897" } })).rejects.toThrow(/x_products_gtin_14_digits/);
  });

  it("treat a description posted with CRLF line breaks as unchanged", async () => {
    const { viewer, id } = await publishedProduct(5);
    const form = await untouchedForm(viewer, id);
    const result = await updateProduct(viewer, id, { ...form, descriptionVi: form.descriptionVi.replace(/\n/g, "\r\n") });
    expect(result.pendingReview).toBe(false);
    expect((await db.product.findUniqueOrThrow({ where: { id } })).pendingRevision).toBeNull();
  });

  it("refuse a save from a form opened before another save, with the facts as they are now", async () => {
    const { viewer, id } = await publishedProduct(5);
    const first = await untouchedForm(viewer, id);
    const second = await untouchedForm(viewer, id);
    await updateProduct(viewer, id, { ...first, priceVnd: "270.000" });
    const refused = await updateProduct(viewer, id, { ...second, nameVi: "Mật ong bạc hà Đồng Văn" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ProductEditedElsewhere);
    expect((refused as ProductEditedElsewhere).current.priceVnd).toBe(270_000);
    // The proposal awaiting review is the first save's, untouched by the refused one.
    expect((await db.product.findUniqueOrThrow({ where: { id } })).pendingRevision).toMatchObject({ priceVnd: 270_000, nameVi: "Mật ong hoa bạc hà" });
  });
});

describe("photos and their review", () => {
  const photo = async (name: string, width = 1200, height = 900) => ({ name, bytes: await jpeg(width, height) });
  const keysOf = async (id: string) => (await db.productImage.findMany({ where: { productId: id }, orderBy: { position: "asc" } })).map((p) => p.key);

  it("keep a photo added to a published listing off the public page until an officer approves exactly what was shown", async () => {
    const { viewer, officer, id, slug } = await publishedProduct(5);
    await addProductPhotos(viewer, id, [await photo("mat-ong-1.jpg"), await photo("mat-ong-2.jpg")]);
    expect((await getProduct(slug))?.images).toEqual([]);

    const queue = await listReviewQueue(officer.viewer);
    const item = queue.items.find((i) => i.id === id)!;
    expect(item).toMatchObject({ isRevision: true, diff: [] });
    expect(item.newPhotos).toHaveLength(2);

    // A third photo arrives after the officer opened the queue: approving what was shown leaves it waiting.
    await addProductPhotos(viewer, id, [await photo("mat-ong-3.jpg")]);
    await approveProduct(officer.viewer, id, { editVersion: item.editVersion, photoIds: item.newPhotos.map((p) => p.id) });
    const publicKeys = (await getProduct(slug))?.images.map((i) => i.key);
    expect(publicKeys).toEqual((await keysOf(id)).slice(0, 2));
    expect((await listReviewQueue(officer.viewer)).items.find((i) => i.id === id)?.newPhotos).toHaveLength(1);
  });

  it("refuse approval of a listing edited after the officer looked at it", async () => {
    const { viewer, officer, id } = await publishedProduct(5);
    const form = await untouchedForm(viewer, id);
    await updateProduct(viewer, id, { ...form, priceVnd: "300000" });
    const seen = (await listReviewQueue(officer.viewer)).items.find((i) => i.id === id)!;
    await updateProduct(viewer, id, { ...form, editVersion: String(seen.editVersion), priceVnd: "3000000" });
    expect(await codeOf(approveProduct(officer.viewer, id, { editVersion: seen.editVersion, photoIds: [] }))).toBe("CONFLICT");
    expect((await db.product.findUniqueOrThrow({ where: { id } })).priceVnd).toBe(250_000);
  });

  it("let an officer refuse one photo, or the whole revision with its photos", async () => {
    const { viewer, officer, id, slug } = await publishedProduct(5);
    await addProductPhotos(viewer, id, [await photo("a.jpg"), await photo("b.jpg")]);
    const [first] = await db.productImage.findMany({ where: { productId: id }, orderBy: { position: "asc" } });
    expect(await codeOf(rejectProductPhoto(viewer, first.id))).toBe("FORBIDDEN");
    await rejectProductPhoto(officer.viewer, first.id);
    await rejectProduct(officer.viewer, id, { reason: "Ảnh mờ, chụp lại giúp" });
    expect((await db.productImage.findMany({ where: { productId: id } })).map((p) => p.review)).toEqual(["REJECTED", "REJECTED"]);
    expect((await getProduct(slug))?.images).toEqual([]);
  });

  it("delete a photo with its files, reorder photos, and refuse someone else's", async () => {
    const { viewer, officer, id, slug } = await publishedProduct(5);
    await addProductPhotos(viewer, id, [await photo("1.jpg"), await photo("2.jpg"), await photo("3.jpg")]);
    await approveProduct(officer.viewer, id);
    const [one, two, three] = await db.productImage.findMany({ where: { productId: id }, orderBy: { position: "asc" } });

    await moveProductPhoto(viewer, three.id, "first");
    expect((await getProduct(slug))?.image?.key).toBe(three.key);
    await moveProductPhoto(viewer, one.id, "down");
    expect(await keysOf(id)).toEqual([three.key, two.key, one.key]);

    const stranger = await createProducerViewer();
    expect(await codeOf(deleteProductPhoto(stranger.viewer, two.id))).toBe("NOT_FOUND");
    expect(await codeOf(moveProductPhoto(stranger.viewer, two.id, "first"))).toBe("NOT_FOUND");

    await deleteProductPhoto(viewer, three.id);
    expect(await keysOf(id)).toEqual([two.key, one.key]);
    expect((await getProduct(slug))?.image?.key).toBe(two.key);
    expect(readdirSync(uploadDir).filter((file) => file.startsWith(three.key))).toEqual([]);
  });

  it("refuse a 1×1 image and name the file; a refused photo among several stores none of them", async () => {
    const { viewer, id } = await publishedProduct(5);
    const filesBefore = readdirSync(uploadDir).length;
    const refused = await addProductPhotos(viewer, id, [await photo("ok.jpg"), { name: "pixel.png", bytes: await jpeg(1, 1) }]).catch((e: { code: string; details: unknown }) => e);
    expect(refused).toMatchObject({ code: "VALIDATION", details: { photo: "photoTooSmall", file: "pixel.png", width: 1, height: 1 } });
    expect(await db.productImage.count({ where: { productId: id } })).toBe(0);
    expect(readdirSync(uploadDir).length).toBe(filesBefore);
  });
});

describe("review within the officer's region", () => {
  it("a commune officer neither sees nor decides another commune's listings and profiles", async () => {
    const { communeA, producerA, producerB } = await createProvinceWithCommunes();
    const officer = await createOfficerViewer({ regionId: communeA.id });
    const theirs = await seedProduct({ producerId: producerB.id, status: "PENDING_REVIEW", publishedAt: null });
    const ours = await seedProduct({ producerId: producerA.id, status: "PENDING_REVIEW", publishedAt: null });
    await db.producer.update({ where: { id: producerB.id }, data: { pendingRevision: { name: "Tên mới" }, revisionSubmittedAt: new Date() } });

    const queue = (await listReviewQueue(officer.viewer)).items.map((i) => i.id);
    expect(queue).toContain(ours.id);
    expect(queue).not.toContain(theirs.id);
    expect((await listProfileReviewQueue(officer.viewer)).items.map((i) => i.producerId)).not.toContain(producerB.id);

    expect(await codeOf(approveProduct(officer.viewer, theirs.id))).toBe("NOT_FOUND");
    expect(await codeOf(rejectProduct(officer.viewer, theirs.id, { reason: "Không thuộc xã" }))).toBe("NOT_FOUND");
    expect(await codeOf(approveProducerRevision(officer.viewer, producerB.id))).toBe("NOT_FOUND");
    expect((await db.product.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("PENDING_REVIEW");
    expect((await db.producer.findUniqueOrThrow({ where: { id: producerB.id } })).name).not.toBe("Tên mới");
  });
});
