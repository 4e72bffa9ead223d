/**
 * Pictures for the demo district: every demo product gets one or two illustrations (two for each
 * producer's first product, so the gallery shows) and every demo producer one
 * (lib/illustrations.ts draws them), stored through the upload pipeline a producer's photo goes
 * through (server/infra/uploads/pipeline.ts: the same checks, WebP widths and storage), as APPROVED
 * image rows marked `illustration`. No photograph can be fetched on this offline machine, and the
 * pages say they are illustrations.
 *
 * Only products and producers without any picture get them: a re-run adds nothing, and a producer's
 * own photos are never joined by drawings. The drawings are deterministic; the stored file names are
 * random like every upload's.
 *
 * Cost: encoding is what the seed spends most on (about 0.25 s of CPU a picture on an idle machine:
 * the drawing rasterised, then three WebP widths). So the pipeline's output is cached on the machine
 * (`storeDrawing`), `encodeDemoIllustrations` starts before the seed's transaction and runs beside it,
 * two pictures at a time, and `attachDemoIllustrations` writes the rows once both are done.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { producerIllustration, productIllustrations } from "../../lib/illustrations";
import type { Db } from "../../server/infra/prisma-client";
import { IMAGE_WIDTHS } from "../../lib/image-url";
import { deleteImage, PIPELINE_SIGNATURE, processImage, type StoredImage } from "../../server/infra/uploads/pipeline";
import { getStorage, type Storage } from "../../server/infra/uploads/storage";
import { DEMO_PRODUCERS, DEMO_PRODUCTS, DEMO_SUBGROUPS } from "./demo-data";

/** Taken while rows are written, so two instances seeding at once do not both add pictures. */
const ILLUSTRATION_LOCK_KEY = 7_426_002;

export interface EncodedIllustrations {
  products: Map<string, StoredImage[]>;
  producers: Map<string, StoredImage[]>;
}

/**
 * The pipeline's output for each drawing, kept between seeds on this machine (the usual cache folder of
 * Node tools, never committed), by the drawing, the pipeline's signature and the image library's
 * version. A drawing is encoded by the pipeline the first time; later seeds (every test run's throw-away
 * site) store the same files again under a new name, as the pipeline made them.
 */
const CACHE_DIR = path.resolve("node_modules/.cache/ocop-illustrations");

/** The drawing as the "file" a producer would upload: a PNG (fast compression: it is re-encoded at once). */
async function rasterise(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png({ compressionLevel: 1 }).toBuffer();
}

interface CachedPicture {
  width: number;
  height: number;
}

async function fromCache(folder: string, storage: Storage): Promise<StoredImage | null> {
  const meta = await readFile(path.join(folder, "meta.json"), "utf8").catch(() => null);
  if (!meta) return null;
  const files = await Promise.all(IMAGE_WIDTHS.map((width) => readFile(path.join(folder, `${width}.webp`)).catch(() => null)));
  if (files.some((file) => !file)) return null;
  const { width, height } = JSON.parse(meta) as CachedPicture;
  const key = randomBytes(12).toString("hex");
  await Promise.all(IMAGE_WIDTHS.map((w, index) => storage.put(`${key}-${w}.webp`, files[index]!, "image/webp")));
  return { key, width, height };
}

/** Keeps what the pipeline stored, written to a temporary folder and renamed (two seeds may race). */
async function toCache(folder: string, files: Map<string, Buffer>, image: StoredImage): Promise<void> {
  const temporary = `${folder}.${randomBytes(4).toString("hex")}`;
  try {
    await mkdir(temporary, { recursive: true });
    for (const width of IMAGE_WIDTHS) await writeFile(path.join(temporary, `${width}.webp`), files.get(`${image.key}-${width}.webp`)!);
    await writeFile(path.join(temporary, "meta.json"), JSON.stringify({ width: image.width, height: image.height } satisfies CachedPicture));
    await rename(temporary, folder);
  } catch {
    // Another seed cached it first, or the folder cannot be written: only time is lost.
    await rm(temporary, { recursive: true, force: true });
  }
}

/** One drawing stored as an upload would be: from the cache, else through the pipeline (and cached). */
async function storeDrawing(svg: string, storage: Storage): Promise<StoredImage> {
  const folder = path.join(CACHE_DIR, createHash("sha256").update(PIPELINE_SIGNATURE).update(JSON.stringify(sharp.versions)).update(svg).digest("hex"));
  const cached = await fromCache(folder, storage);
  if (cached) return cached;
  const written = new Map<string, Buffer>();
  const teeing: Storage = { ...storage, put: async (name, body, type) => (written.set(name, body), storage.put(name, body, type)) };
  const image = await processImage(await rasterise(svg), { storage: teeing });
  await toCache(folder, written, image);
  return image;
}

/** Runs `tasks` with at most `limit` at once (each encode uses about one core). */
async function inPool<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** Demo products and producers (by slug) that have no picture yet: not seeded yet, or without images. */
export async function demoSlugsWithoutPictures(db: Db): Promise<{ products: string[]; producers: string[] }> {
  const [products, producers] = await Promise.all([
    db.product.findMany({ where: { slug: { in: DEMO_PRODUCTS.map((p) => p.slug) }, images: { some: {} } }, select: { slug: true } }),
    db.producer.findMany({ where: { slug: { in: DEMO_PRODUCERS.map((p) => p.slug) }, images: { some: {} } }, select: { slug: true } }),
  ]);
  const hasProduct = new Set(products.map((p) => p.slug));
  const hasProducer = new Set(producers.map((p) => p.slug));
  return { products: DEMO_PRODUCTS.map((p) => p.slug).filter((s) => !hasProduct.has(s)), producers: DEMO_PRODUCERS.map((p) => p.slug).filter((s) => !hasProducer.has(s)) };
}

/** Draws and stores the pictures of these demo products and producers (files only, no rows). */
export async function encodeDemoIllustrations(slugs: { products: readonly string[]; producers: readonly string[] }, storage?: Storage): Promise<EncodedIllustrations> {
  const demoProducts = new Map(DEMO_PRODUCTS.map((p) => [p.slug, p]));
  // Each producer's first product gets a gallery of two; the others one picture (each costs seed time).
  const leading = new Set(DEMO_PRODUCERS.map((producer) => DEMO_PRODUCTS.find((p) => p.producerSlug === producer.slug)?.slug));
  const groupOf = new Map(DEMO_SUBGROUPS.map((s) => [s.code, s.group]));
  const jobs: { owner: "products" | "producers"; slug: string; svg: string }[] = [];
  for (const slug of slugs.products) {
    const demo = demoProducts.get(slug)!;
    for (const svg of productIllustrations({ seed: slug, group: groupOf.get(demo.subgroupCode) ?? demo.group, subgroupCode: demo.subgroupCode }, leading.has(slug) ? 2 : 1)) jobs.push({ owner: "products", slug, svg });
  }
  for (const slug of slugs.producers) jobs.push({ owner: "producers", slug, svg: producerIllustration(slug) });

  const target = storage ?? getStorage();
  const stored: (StoredImage | null)[] = [];
  try {
    const results = await inPool(
      jobs.map((job, index) => async () => (stored[index] = await storeDrawing(job.svg, target))),
      Math.max(1, Math.min(2, availableParallelism())),
    );
    const encoded: EncodedIllustrations = { products: new Map(), producers: new Map() };
    for (const [index, job] of jobs.entries()) {
      const list = encoded[job.owner].get(job.slug) ?? [];
      list.push(results[index]);
      encoded[job.owner].set(job.slug, list);
    }
    return encoded;
  } catch (error) {
    await discardIllustrations(stored.filter((s): s is StoredImage => !!s), storage);
    throw error;
  }
}

export async function discardIllustrations(images: readonly StoredImage[], storage?: Storage): Promise<void> {
  await Promise.all(images.map((image) => deleteImage(image.key, storage)));
}

/**
 * Writes the image rows (APPROVED, `illustration`) for products and producers that still have no
 * picture; files nobody needs any more (another instance or the producer got there first) are removed.
 * Returns how many pictures were attached.
 */
export async function attachDemoIllustrations(db: Db, encoded: EncodedIllustrations, storage?: Storage): Promise<number> {
  const unused: StoredImage[] = [];
  let written = 0;
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${ILLUSTRATION_LOCK_KEY})`);
    for (const [slug, images] of encoded.products) {
      const product = await tx.product.findUnique({ where: { slug }, select: { id: true, nameVi: true, nameEn: true, _count: { select: { images: true } } } });
      if (!product || product._count.images > 0) {
        unused.push(...images);
        continue;
      }
      await tx.productImage.createMany({
        data: images.map((image, position) => ({
          productId: product.id, key: image.key, width: image.width, height: image.height, altVi: product.nameVi, altEn: product.nameEn, position, review: "APPROVED" as const, illustration: true,
        })),
      });
      written += images.length;
    }
    for (const [slug, images] of encoded.producers) {
      const producer = await tx.producer.findUnique({ where: { slug }, select: { id: true, name: true, _count: { select: { images: true } } } });
      if (!producer || producer._count.images > 0) {
        unused.push(...images);
        continue;
      }
      await tx.producerImage.createMany({
        data: images.map((image, position) => ({
          producerId: producer.id, key: image.key, width: image.width, height: image.height, altVi: producer.name, position, review: "APPROVED" as const, illustration: true,
        })),
      });
      written += images.length;
    }
  });
  await discardIllustrations(unused, storage);
  return written;
}
