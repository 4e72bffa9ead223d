import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as serveUpload } from "@/app/uploads/[file]/route";
import { db } from "@/server/infra/db";
import { createProduct } from "@/server/products/mutations";
import { addProductPhotos } from "@/server/products/photos";
import { createProducerViewer } from "../factories";
import { jpeg } from "../support/images";
import { codeOf } from "../support/outcome";

const photo = (bytes: Buffer) => [{ name: "anh.jpg", bytes }];

// Object storage is a third-party service this machine cannot reach: s3rver answers the S3 HTTP API
// locally, and everything on our side (the AWS SDK, signing, the bucket layout) is the real thing.
const BUCKET = "ocop-uploads";
let server: S3rver;
let client: S3Client;

beforeAll(async () => {
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: mkdtempSync(path.join(os.tmpdir(), "ocop-s3-")),
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = (await server.run()) as { port: number };
  const endpoint = `http://127.0.0.1:${port}`;
  Object.assign(process.env, {
    S3_BUCKET: BUCKET,
    S3_REGION: "ap-southeast-1",
    S3_ENDPOINT: endpoint,
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    UPLOAD_MAX_BYTES: String(200_000),
    // Local disk must not be used when S3 is configured.
    UPLOAD_DIR: "/nonexistent/ocop-uploads",
  });
  client = new S3Client({ region: "ap-southeast-1", endpoint, forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
});

afterAll(async () => {
  for (const name of ["S3_BUCKET", "S3_REGION", "S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "UPLOAD_DIR", "UPLOAD_MAX_BYTES"]) delete process.env[name];
  client.destroy();
  await server.close();
});


describe("uploads on S3-compatible storage", () => {
  it("store the re-encoded variants in the bucket, and every instance serves them from there", async () => {
    const { viewer } = await createProducerViewer();
    const { id } = await createProduct(viewer, { nameVi: "Chè trên S3", group: "FOOD", priceVnd: "1000", unit: "gói", stock: "1" });
    await addProductPhotos(viewer, id, [{ name: "che.jpg", bytes: await jpeg(1600, 900) }]);
    const { key } = await db.productImage.findFirstOrThrow({ where: { productId: id } });

    const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: key }));
    expect(listed.Contents?.map((object) => object.Key).sort()).toEqual([`${key}-1024.webp`, `${key}-320.webp`, `${key}-640.webp`]);

    const response = await serveUpload(new Request(`http://localhost/uploads/${key}-640.webp`), { params: Promise.resolve({ file: `${key}-640.webp` }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(await sharp(Buffer.from(await response.arrayBuffer())).metadata()).toMatchObject({ format: "webp", width: 640 });

    const missing = await serveUpload(new Request("http://localhost/uploads/x"), { params: Promise.resolve({ file: `${"0".repeat(24)}-640.webp` }) });
    expect(missing.status).toBe(404);
  });

  it("validate exactly as on local disk: a disguised or oversized file never reaches the bucket", async () => {
    const { viewer } = await createProducerViewer();
    const { id } = await createProduct(viewer, { nameVi: "Chè trên S3 2", group: "FOOD", priceVnd: "1000", unit: "gói", stock: "1" });
    const before = (await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))).KeyCount ?? 0;
    expect(await codeOf(addProductPhotos(viewer, id, photo(Buffer.from("GIF89a but really text"))))).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(await codeOf(addProductPhotos(viewer, id, photo(await sharp({ create: { width: 3000, height: 3000, channels: 3, background: "#123456" } }).png({ compressionLevel: 0 }).toBuffer())))).toBe("PAYLOAD_TOO_LARGE");
    expect((await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))).KeyCount ?? 0).toBe(before);
  });
});
