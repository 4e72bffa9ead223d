import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/infra/db";
import { createProduct } from "@/server/products/mutations";
import { addProductPhotos } from "@/server/products/photos";
import { createProducerViewer } from "../factories";
import { jpeg } from "../support/images";
import { codeOf } from "../support/outcome";

const photo = (bytes: Buffer) => [{ name: "anh.jpg", bytes }];

const uploadDir = mkdtempSync(path.join(os.tmpdir(), "ocop-uploads-"));

beforeAll(() => {
  process.env.UPLOAD_DIR = uploadDir;
  process.env.UPLOAD_MAX_BYTES = String(200_000);
});



describe("listing photos", () => {
  it("are re-encoded into WebP variants under generated names", async () => {
    const { viewer } = await createProducerViewer();
    const { id } = await createProduct(viewer, { nameVi: "Chè ảnh", group: "FOOD", priceVnd: "1000", unit: "gói", stock: "1" });
    await addProductPhotos(viewer, id, [{ name: "che.jpg", bytes: await jpeg(1600, 900) }]);
    const { key } = await db.productImage.findFirstOrThrow({ where: { productId: id } });
    expect(key).toMatch(/^[a-f0-9]{24}$/);
    const files = readdirSync(uploadDir).filter((name) => name.startsWith(key)).sort();
    expect(files).toEqual([`${key}-1024.webp`, `${key}-320.webp`, `${key}-640.webp`]);
    const meta = await sharp(path.join(uploadDir, `${key}-640.webp`)).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 640 });
    expect(await db.productImage.findFirst({ where: { productId: id } })).toMatchObject({ key, width: 1024, height: 576 });
  });

  it("refuse a non-image, a disguised file and an oversized file, and another producer's listing", async () => {
    const { viewer } = await createProducerViewer();
    const other = await createProducerViewer();
    const { id } = await createProduct(viewer, { nameVi: "Chè ảnh 2", group: "FOOD", priceVnd: "1000", unit: "gói", stock: "1" });
    expect(await codeOf(addProductPhotos(viewer, id, photo(Buffer.from("just some text, not a picture"))))).toBe("UNSUPPORTED_MEDIA_TYPE");
    // A script named like a photo: the bytes decide, not the name or the declared type.
    const disguised = Buffer.concat([Buffer.from("<script>alert(1)</script>"), Buffer.alloc(100)]);
    expect(await codeOf(addProductPhotos(viewer, id, photo(disguised)))).toBe("UNSUPPORTED_MEDIA_TYPE");
    // PNG magic bytes followed by garbage: sniffed as PNG but unreadable.
    const fakePng = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
    expect(await codeOf(addProductPhotos(viewer, id, photo(fakePng)))).toBe("UNSUPPORTED_MEDIA_TYPE");
    const huge = await sharp({ create: { width: 3000, height: 3000, channels: 3, background: "#123456" }, }).png({ compressionLevel: 0 }).toBuffer();
    expect(await codeOf(addProductPhotos(viewer, id, photo(huge)))).toBe("PAYLOAD_TOO_LARGE");
    expect(await codeOf(addProductPhotos(other.viewer, id, photo(await jpeg(400, 300))))).toBe("NOT_FOUND");
    expect(await db.productImage.count({ where: { productId: id } })).toBe(0);
  });
});
