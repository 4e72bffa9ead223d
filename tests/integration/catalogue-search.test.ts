import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { listProducts } from "@/server/products/queries";
import { parseLenient, parseStrict, ZProductListQuery } from "@/server/products/query-schemas";
import { db } from "@/server/infra/db";
import { refreshProductSearchText } from "@/server/search/refresh-search-text";
import { createProducer, createProduct } from "../factories";

const search = (q: string, extra: Record<string, string> = {}) => listProducts(parseStrict(ZProductListQuery, { q, ...extra }));
const slugs = async (q: string) => (await search(q)).items.map((item) => item.slug);

beforeAll(async () => {
  await seedDemo(db);
  // A public honey product: the demo's only honey is still in review, so it must stay invisible.
  const honey = await createProduct({ slug: "mat-ong-bac-ha-thu", nameVi: "Mật ong bạc hà Đồng Văn", nameEn: "Dong Van Mint Honey" });
  await db.$transaction((tx) => refreshProductSearchText(tx, [honey.id]));
});

describe("catalogue search", () => {
  it.each(["che shan tuyet", "chè shan tuyết", "CHE SHAN", "Chè Shan Tuyêt", "chè shan tuyêt"])("finds Shan tuyết tea for %j", async (q) => {
    const found = await slugs(q);
    expect(found.length).toBeGreaterThanOrEqual(10);
    expect(found).toContain("che-shan-tuyet-co-thu-cao-bo");
  });

  it("finds the broom for 'choi chit' and puts it first", async () => {
    expect((await slugs("choi chit"))[0]).toBe("choi-chit-viet-lam");
  });

  it("finds honey for 'mat ong' and places by commune ('dong van')", async () => {
    expect(await slugs("mat ong")).toContain("mat-ong-bac-ha-thu");
    expect(await slugs("dong van")).toContain("mat-ong-bac-ha-thu");
  });

  it("never shows a product that is not published", async () => {
    expect(await slugs("mat ong rung thuong son")).not.toContain("mat-ong-rung-thuong-son");
    expect(await slugs("choi chit mini")).not.toContain("choi-chit-mini-de-ban");
  });

  it("tolerates a small typo", async () => {
    expect(await slugs("che shan tuyat")).toContain("che-shan-tuyet-lao-chai");
    expect(await slugs("choi chitt")).toContain("choi-chit-viet-lam");
  });

  it("searches producer, commune and group names too", async () => {
    expect(await slugs("tra peng")).toEqual(expect.arrayContaining(["tra-peng-bach-tra", "tra-peng-hong-tra", "tra-peng-luc-tra"]));
    expect(await slugs("thuan hoa")).toEqual(expect.arrayContaining(["gung-kho-thuan-hoa", "tinh-dau-gung-thuan-hoa"]));
    const drinks = await search("do uong");
    expect(drinks.items.some((item) => item.group === "BEVERAGE")).toBe(true);
  });

  it("ranks a name that starts with the query before one that only contains it", async () => {
    const found = await slugs("hong tra");
    expect(found[0]).toBe("hong-tra-shan-tuyet-cao-bo");
  });

  it("finds nothing for nonsense and treats LIKE wildcards literally", async () => {
    expect((await search("xyzzyq")).total).toBe(0);
    expect((await search("%")).total).toBe(0);
    expect((await search("_")).total).toBe(0);
  });
});

describe("catalogue filters, sort and pagination", () => {
  it("filters by group and counts matches per group", async () => {
    const all = await listProducts(parseStrict(ZProductListQuery, {}));
    const handicraft = await listProducts(parseStrict(ZProductListQuery, { group: "HANDICRAFT" }));
    expect(handicraft.items.every((item) => item.group === "HANDICRAFT")).toBe(true);
    expect(handicraft.total).toBe(all.groupCounts.HANDICRAFT);
    expect(handicraft.groupCounts).toEqual(all.groupCounts);
    expect(Object.values(all.groupCounts).reduce((a, b) => a + b, 0)).toBe(all.total);
  });

  it("filters by minimum stars", async () => {
    const four = await listProducts(parseStrict(ZProductListQuery, { stars: "4" }));
    expect(four.total).toBeGreaterThan(0);
    expect(four.items.every((item) => (item.stars ?? 0) >= 4)).toBe(true);
    const three = await listProducts(parseStrict(ZProductListQuery, { stars: "3" }));
    expect(three.total).toBeGreaterThan(four.total);
  });

  it("filters by producer, commune and price range", async () => {
    const peng = await listProducts(parseStrict(ZProductListQuery, { producer: "htx-tra-peng" }));
    expect(peng.items.map((item) => item.producer.slug)).toEqual(["htx-tra-peng", "htx-tra-peng", "htx-tra-peng"]);
    const commune = peng.items[0].commune.slug;
    const inCommune = await listProducts(parseStrict(ZProductListQuery, { commune }));
    expect(inCommune.items.every((item) => item.commune.slug === commune)).toBe(true);
    const priced = await listProducts(parseStrict(ZProductListQuery, { minPrice: "100000", maxPrice: "200000" }));
    expect(priced.total).toBeGreaterThan(0);
    expect(priced.items.every((item) => item.priceVnd >= 100000 && item.priceVnd <= 200000)).toBe(true);
  });

  it("sorts by price both ways, by stars and by newest", async () => {
    const prices = async (sort: string) => (await listProducts(parseStrict(ZProductListQuery, { sort, pageSize: "100" }))).items.map((item) => item.priceVnd);
    const asc = await prices("price-asc");
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const desc = await prices("price-desc");
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    const stars = (await listProducts(parseStrict(ZProductListQuery, { sort: "stars", pageSize: "100" }))).items.map((item) => item.stars ?? 0);
    expect(stars).toEqual([...stars].sort((a, b) => b - a));
    const newest = (await listProducts(parseStrict(ZProductListQuery, { sort: "newest", pageSize: "100" }))).items.map((item) => item.publishedAt ?? "");
    expect(newest).toEqual([...newest].sort().reverse());
  });

  it("paginates without overlap and returns an empty page past the end", async () => {
    const first = await listProducts(parseStrict(ZProductListQuery, { pageSize: "5", sort: "newest" }));
    const second = await listProducts(parseStrict(ZProductListQuery, { pageSize: "5", sort: "newest", page: "2" }));
    expect(first.items).toHaveLength(5);
    expect(second.items.map((i) => i.slug)).not.toEqual(expect.arrayContaining([first.items[0].slug]));
    expect(first.pageCount).toBe(Math.ceil(first.total / 5));
    const past = await listProducts(parseStrict(ZProductListQuery, { pageSize: "5", page: String(first.pageCount + 1) }));
    expect(past.items).toEqual([]);
    expect(past.total).toBe(first.total);
  });

  it("rejects bad values strictly (API) and ignores them leniently (pages)", () => {
    for (const bad of [{ page: "0" }, { page: "abc" }, { pageSize: "101" }, { stars: "6" }, { group: "CARS" }, { sort: "random" }, { minPrice: "-1" }, { minPrice: "5", maxPrice: "1" }]) {
      expect(() => parseStrict(ZProductListQuery, bad)).toThrow();
    }
    const { query, ignored } = parseLenient(ZProductListQuery, { stars: "9", group: "FOOD", page: "x" });
    expect(ignored.sort()).toEqual(["page", "stars"]);
    expect(query).toMatchObject({ group: "FOOD", page: 1, sort: "relevance" });
    expect(query.stars).toBeUndefined();
  });
});

describe("commune counts", () => {
  it("counts matches per commune under the other filters, ignoring the commune filter itself", async () => {
    const all = await listProducts(parseStrict(ZProductListQuery, { q: "che shan tuyet" }));
    const first = all.communes[0];
    expect(first.count).toBeGreaterThan(0);
    const inCommune = await listProducts(parseStrict(ZProductListQuery, { q: "che shan tuyet", commune: first.slug }));
    expect(inCommune.total).toBe(first.count);
    expect(inCommune.communes).toEqual(all.communes);
  });
});

describe("paging deep into a broad search", () => {
  it("pages past the cached first 1,000 matches without gaps, repeats or a changed order", async () => {
    const producer = await createProducer();
    // 1,050 matches: the first 1,000 ids of a search are cached together, deeper pages are read apart.
    await db.$executeRaw`
      INSERT INTO products (id, slug, "producerId", status, "nameVi", "group", "priceVnd", unit, "publishedAt", "searchText", "updatedAt")
      SELECT 'deep-' || n, 'sau-thu-' || n, ${producer.id}, 'PUBLISHED', 'Sâm thử ' || n, 'HERBAL', 1000 * n, 'hộp', now(), 'sam thu ' || n, now()
      FROM generate_series(1, 1050) AS n`;
    const pageOf = (page: number) => listProducts(parseStrict(ZProductListQuery, { q: "sâm thử", sort: "price-asc", pageSize: "100", page: String(page) }));
    const pages = [];
    for (let page = 1; page <= 11; page++) pages.push(await pageOf(page));
    expect(pages.map((page) => page.total)).toEqual(Array(11).fill(1050));
    expect(pages.map((page) => page.items.length)).toEqual([...Array(10).fill(100), 50]);
    const prices = pages.flatMap((page) => page.items.map((item) => item.priceVnd));
    expect(prices).toEqual(Array.from({ length: 1050 }, (_, i) => 1000 * (i + 1)));
    expect((await pageOf(12)).items).toEqual([]);
    // A page that straddles the cached list's end (positions 985–1,008).
    const straddling = await listProducts(parseStrict(ZProductListQuery, { q: "sam thu", sort: "price-asc", pageSize: "24", page: "42" }));
    expect(straddling.items.map((item) => item.priceVnd)).toEqual(Array.from({ length: 24 }, (_, i) => 1000 * (985 + i)));
  });
});
