import { beforeAll, describe, expect, it } from "vitest";
import { GET as sitemapIndex } from "@/app/sitemap.xml/route";
import { GET as sitemapFileRoute } from "@/app/sitemaps/[file]/route";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { db } from "@/server/infra/db";
import { listProducers } from "@/server/producers/queries";
import { createProducer, createRegion } from "../factories";

beforeAll(async () => {
  await seedDemo(db);
});

const fileOf = (name: string) => sitemapFileRoute(new Request(`http://test/sitemaps/${name}`), { params: Promise.resolve({ file: name }) });
const count = (xml: string, tag: string) => xml.split(`<${tag}>`).length - 1;

describe("the sitemap at national scale", () => {
  it("is an index of files of at most 50,000 URLs that together list every public page once per language", async () => {
    // 25,000 more active producers on top of the demo district: past the 50,000-URL limit of one file.
    await db.$executeRaw`
      INSERT INTO producers SELECT (jsonb_populate_record(NULL::producers, to_jsonb(p) || jsonb_build_object(
        'id', 'national-' || g, 'slug', 'national-' || g, 'name', 'HTX quốc gia ' || g))).*
      FROM producers p, generate_series(1, 25000) g WHERE p.slug = 'htx-tra-peng'`;
    const index = await (await sitemapIndex()).text();
    const files = [...index.matchAll(/<loc>[^<]*\/sitemaps\/(\d+)\.xml<\/loc>/g)].map((match) => `${match[1]}.xml`);
    expect(files.length).toBeGreaterThanOrEqual(2);

    const expected =
      (await db.product.count({ where: { status: "PUBLISHED", producer: { status: "ACTIVE" } } })) + (await db.producer.count({ where: { status: "ACTIVE" } }));
    let urls = 0;
    const seen = new Set<string>();
    for (const file of files) {
      const response = await fileOf(file);
      expect(response.status).toBe(200);
      const xml = await response.text();
      expect(count(xml, "url")).toBeLessThanOrEqual(50_000);
      expect(Buffer.byteLength(xml)).toBeLessThan(50 * 1024 * 1024);
      urls += count(xml, "url");
      for (const match of xml.matchAll(/<loc>([^<]*)<\/loc>/g)) seen.add(match[1]);
    }
    // Every product and producer page in Vietnamese and English, plus the five listing pages.
    expect(urls).toBe((expected + 5) * 2);
    expect(seen.size).toBe(urls);
    expect([...seen].some((loc) => loc.endsWith("/en/producers/national-25000"))).toBe(true);
    expect((await fileOf(`${files.length}.xml`)).status).toBe(404);
    expect((await fileOf("x.xml")).status).toBe(404);
    // 25,000 rows written and 50,000+ URLs read back: the national data set, not a unit test.
  }, 240_000);
});

describe("Vietnamese alphabetical order", () => {
  it("lists producers as a Vietnamese reader expects: Bảo before Bình, Đ after D", async () => {
    const commune = await createRegion();
    // By character code "Bình" (i) sorts before "Bảo" (ả, U+1EA3) and "Đ" (U+0110) after every Latin letter.
    const names = ["HTX Bình Minh", "HTX Bảo An", "HTX Đồng Tâm", "HTX Dũng Tiến", "HTX Ánh Dương", "HTX An Phú", "HTX Xuân"];
    for (const name of names) await createProducer({ name, regionId: commune.id });
    const { items } = await listProducers({ commune: commune.slug, page: 1, pageSize: 50 });
    expect(items.map((item) => item.name)).toEqual(["HTX An Phú", "HTX Ánh Dương", "HTX Bảo An", "HTX Bình Minh", "HTX Dũng Tiến", "HTX Đồng Tâm", "HTX Xuân"]);
  });
});
