import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getSuggestRoute } from "@/app/api/v1/suggest/route";
import { ZSuggestions } from "@/server/products/api-schemas";
import { today } from "@/lib/clock";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { CACHE_STATE } from "@/server/infra/cache-handler/state-key.mjs";
import { expireTagsEverywhere } from "@/server/infra/cache-sharing";
import { SharedTagCache } from "@/server/infra/cache-handler/shared-tags.mjs";
import { db } from "@/server/infra/db";
import { approveProduct, archiveProduct, updateProduct } from "@/server/products/mutations";
import { getProduct, listProducts, suggestCatalogue } from "@/server/products/queries";
import { parseStrict, ZProductListQuery } from "@/server/products/query-schemas";
import { CatalogueIndex, setCatalogueIndex } from "@/server/search/catalogue-index";
import { refreshProductSearchText } from "@/server/search/refresh-search-text";
import { createCertificate, createOfficerViewer, createProducer, createProduct, createRegion, createUser, viewerOf } from "../factories";

/*
 * The search index (server/search/catalogue-index.ts) on real PostgreSQL: the ranking rules of
 * docs/search.md through listProducts, two instances kept current by the page cache's NOTIFY channel
 * after real back-office writes, and PostgreSQL answering while an index is not usable.
 */

const quiet = { warn: () => undefined, error: () => undefined, info: () => undefined };
const holder = globalThis as { [CACHE_STATE]?: SharedTagCache };
const channels: SharedTagCache[] = [];
const indexes: CatalogueIndex[] = [];

async function startInstance(): Promise<CatalogueIndex> {
  const channel = new SharedTagCache({ connectionString: process.env.DATABASE_URL, maxBytes: 10_000_000, log: quiet, retryMs: 100 });
  channels.push(channel);
  const index = new CatalogueIndex(db, channel, quiet);
  indexes.push(index);
  await index.start();
  return index;
}

const search = (q: string, extra: Record<string, string> = {}) => listProducts(parseStrict(ZProductListQuery, { q, ...extra }));
const slugs = async (q: string, extra: Record<string, string> = {}) => (await search(q, extra)).items.map((item) => item.slug);

/** Slugs an instance's index finds for `q` (what that instance would list). */
function foundOn(index: CatalogueIndex, q: string): string[] {
  if (!index.usable) return [];
  const found = index.search.search({ q, sort: "relevance" }, today(), 0, 50);
  return found.ids.map((id) => index.search.card(id)!.slug);
}

async function within(ms: number, check: () => boolean): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

let a: CatalogueIndex;
let b: CatalogueIndex;
let honeyBroom: { slug: string };
let pendingHoney: { id: string; slug: string };

beforeAll(async () => {
  await seedDemo(db);
  // A cooperative named after honey that sells a broom: "mật ong" must not count the broom as honey.
  const honeyCoop = await createProducer({ name: "HTX Mật ong Hoa Ban" });
  honeyBroom = await createProduct({ producerId: honeyCoop.id, nameVi: "Chổi đót Hoa Ban", nameEn: null, group: "HANDICRAFT" });
  await createProduct({ slug: "mat-ong-hoa-ca-phe", nameVi: "Mật ong hoa cà phê", nameEn: null });
  // Same words, one certified with 4 stars, one with 3, one uncertified (and newest).
  const commune = await createRegion({ name: "Xã Bình Liêu" });
  const dongProducer = await createProducer({ regionId: commune.id, name: "HTX Nông sản Bình Liêu" });
  const four = await createProduct({ producerId: dongProducer.id, slug: "mien-dong-bon-sao", nameVi: "Miến dong Bình Liêu loại đặc biệt", nameEn: null, publishedAt: new Date("2025-01-01") });
  const three = await createProduct({ producerId: dongProducer.id, slug: "mien-dong-ba-sao", nameVi: "Miến dong Bình Liêu loại một", nameEn: null, publishedAt: new Date("2025-06-01") });
  await createProduct({ producerId: dongProducer.id, slug: "mien-dong-chua-sao", nameVi: "Miến dong Bình Liêu sợi nhỏ", nameEn: null, publishedAt: new Date("2026-06-01") });
  await createCertificate(four, { stars: 4 });
  await createCertificate(three, { stars: 3 });
  // A product whose name is a better text match than any certified one: it must not be hidden.
  await createProduct({ producerId: dongProducer.id, slug: "dong-rieng-binh-lieu", nameVi: "Dong riềng Bình Liêu", nameEn: null });
  // A published honey waiting for its first approval (PENDING_REVIEW), for the freshness tests.
  const producerUser = await createUser("PRODUCER");
  pendingHoney = await createProduct({
    producerId: producerUser.producerId!,
    slug: "mat-ong-bac-ha-cho-duyet",
    nameVi: "Mật ong bạc hà chờ duyệt",
    nameEn: null,
    status: "PENDING_REVIEW",
    publishedAt: null,
  });
  const all = await db.product.findMany({ select: { id: true } });
  await db.$transaction((tx) => refreshProductSearchText(tx, all.map((p) => p.id)), { timeout: 60_000 });
  producerViewer = viewerOf(producerUser);

  a = await startInstance();
  b = await startInstance();
  // Writes in this process tell instance A's channel (as a server's cache handler would); B hears them
  // through PostgreSQL like another server.
  holder[CACHE_STATE] = channels[0];
  setCatalogueIndex(a);
});

let producerViewer: ReturnType<typeof viewerOf>;

afterAll(async () => {
  setCatalogueIndex(null);
  delete holder[CACHE_STATE];
  for (const index of indexes) index.close();
  await Promise.all(channels.map((channel) => channel.close()));
});

describe("ranking rules (docs/search.md, Relevance)", () => {
  it("puts the Cao Bồ teas first for 'chè cao bồ', without marks, and in English", async () => {
    for (const q of ["chè cao bồ", "che cao bo", "trà cao bồ", "cao bo tea"]) {
      const found = await slugs(q);
      expect(found.slice(0, 2).sort(), q).toEqual(["che-shan-tuyet-co-thu-cao-bo", "hong-tra-shan-tuyet-cao-bo"]);
    }
  });

  it("puts the certified Việt Lâm broom first for 'chổi chít'", async () => {
    expect((await slugs("chổi chít"))[0]).toBe("choi-chit-viet-lam");
    expect((await slugs("choi chit"))[0]).toBe("choi-chit-viet-lam");
  });

  it("ignores punctuation: a trailing comma, a full stop and a % sign change nothing", async () => {
    const plain = await slugs("mật ong");
    expect(plain.length).toBeGreaterThan(0);
    expect(await slugs("mật ong,")).toEqual(plain);
    expect(await slugs("chè,")).toEqual(await slugs("chè"));
    expect(await slugs("chè.")).toEqual(await slugs("chè"));
    expect(await slugs("chè%")).toEqual(await slugs("chè"));
  });

  it("counts products by their own words and lists producer-name-only matches after them", async () => {
    const result = await search("mật ong");
    const found = result.items.map((item) => item.slug);
    // The broom of "HTX Mật ong Hoa Ban" is listed, after every honey, and not counted as honey.
    expect(found).toContain(honeyBroom.slug);
    expect(found.indexOf(honeyBroom.slug)).toBe(found.length - result.producerMatches);
    expect(result.producerMatches).toBeGreaterThanOrEqual(1);
    expect(result.ownMatches + result.producerMatches).toBe(result.total);
    expect(result.items.slice(0, result.ownMatches).every((item) => /mật ong/i.test(item.nameVi))).toBe(true);
    expect(result.facets!.groups.HANDICRAFT).toBe(0);
  });

  it("puts certified products above uncertified ones, more stars first, never above a better text match", async () => {
    const found = await slugs("miến dong");
    expect(found.slice(0, 3)).toEqual(["mien-dong-bon-sao", "mien-dong-ba-sao", "mien-dong-chua-sao"]);
    // "dong": an uncertified name that starts with it beats certified names that hold it further in.
    const found2 = await slugs("dong");
    expect(found2.indexOf("dong-rieng-binh-lieu")).toBeLessThan(found2.indexOf("mien-dong-bon-sao"));
  });

  it("finds Vietnamese products by English words given as data", async () => {
    const honey = await search("honey");
    // No English name, no "honey" in Vietnamese: found through the data's honey/mật ong entry.
    expect(honey.items.map((item) => item.slug)).toContain("mat-ong-hoa-ca-phe");
    expect(honey.items.every((item) => /mật ong/i.test(item.nameVi))).toBe(true);
    expect(await slugs("broom")).toContain("choi-chit-viet-lam");
    expect(await slugs("ginger")).toEqual(expect.arrayContaining(["gung-kho-thuan-hoa", "tinh-dau-gung-thuan-hoa"]));
    expect(await slugs("cardamom")).toContain("thao-qua-kho-lao-chai");
  });

  it("corrects a typo only when a word is unknown, and says so", async () => {
    const typo = await search("che shan tuyat");
    expect(typo.corrected).toBe("che shan tuyet");
    expect(typo.items.map((item) => item.slug)).toContain("che-shan-tuyet-lao-chai");
    const exact = await search("che shan tuyet");
    expect(exact.corrected).toBeNull();
    expect(typo.items.map((item) => item.slug)).toEqual(exact.items.map((item) => item.slug));
  });

  it("answers facets with communes named with their province", async () => {
    const result = await search("chè");
    const caoBo = result.facets!.communes.find((commune) => commune.slug === "cao-bo");
    expect(caoBo?.province.name).toBe("Tuyên Quang");
    expect(caoBo?.count).toBe((await search("chè", { commune: "cao-bo" })).total);
  });

  it("suggests products, producers and communes for the first letters", async () => {
    const found = await suggestCatalogue("cao b");
    expect(found.products.map((product) => product.slug)).toContain("che-shan-tuyet-co-thu-cao-bo");
    expect(found.producers.map((producer) => producer.slug)).toContain("htx-che-shan-tuyet-cao-bo");
    expect(found.communes.map((commune) => commune.slug)).toContain("cao-bo");
  });
});

describe("certification on the index's cards", () => {
  it("says which of expired, revoked or never certified, as the product page does", async () => {
    const page = await listProducts(parseStrict(ZProductListQuery, { pageSize: "100" }));
    expect(a.usable).toBe(true);
    const bySlug = new Map(page.items.map((item) => [item.slug, item.certification]));
    // The demo's corn liquor's certificate ran out, the ginger oil's was revoked (prisma/seed/demo-data.ts).
    expect(bySlug.get("ruou-ngo-men-la-thuan-hoa")).toBe("EXPIRED");
    expect(bySlug.get("tinh-dau-gung-thuan-hoa")).toBe("REVOKED");
    expect(bySlug.get("mien-dong-chua-sao")).toBe("NONE");
    expect(bySlug.get("mien-dong-bon-sao")).toBe("CERTIFIED");
    for (const item of page.items) expect(item.certification, item.slug).toBe((await getProduct(item.slug))!.certification);
  });
});

describe("suggestions endpoint", () => {
  it("answers JSON a browser and a CDN may keep, and refuses fewer than two characters", async () => {
    const response = await getSuggestRoute(new Request("http://test/api/v1/suggest?q=ch%E1%BB%95i%20ch"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    const body = ZSuggestions.parse(await response.json());
    expect(body.products[0].slug).toBe("choi-chit-viet-lam");
    expect((await getSuggestRoute(new Request("http://test/api/v1/suggest?q=c"))).status).toBe(400);
  });
});

describe("freshness on two instances", () => {
  it("finds a product on both instances within a second of its approval", async () => {
    expect(foundOn(a, "mật ong bạc hà chờ duyệt")).not.toContain(pendingHoney.slug);
    const { viewer: officer } = await createOfficerViewer();
    await approveProduct(officer, pendingHoney.id);
    expect(await within(1000, () => foundOn(a, "bạc hà chờ duyệt").includes(pendingHoney.slug))).toBeLessThan(1000);
    expect(await within(1000, () => foundOn(b, "bạc hà chờ duyệt").includes(pendingHoney.slug))).toBeLessThan(1000);
  });

  it("shows a changed price on both instances within a second of its approval", async () => {
    const product = await db.product.findUniqueOrThrow({ where: { id: pendingHoney.id } });
    await updateProduct(producerViewer, product.id, {
      nameVi: product.nameVi,
      descriptionVi: product.descriptionVi,
      group: product.group,
      priceVnd: 245000,
      unit: product.unit,
      stock: product.stock,
      // The version the producer's form was opened at (a listing edited elsewhere meanwhile is refused).
      editVersion: product.editVersion,
    });
    const { viewer: officer } = await createOfficerViewer();
    await approveProduct(officer, product.id);
    const priceOn = (index: CatalogueIndex) => {
      const id = index.search.idsWithSlugs(new Set([pendingHoney.slug]))[0];
      return index.usable && id ? index.search.card(id)?.priceVnd : undefined;
    };
    await within(1000, () => priceOn(a) === 245000);
    await within(1000, () => priceOn(b) === 245000);
    expect((await search("bạc hà chờ duyệt", { minPrice: "245000", maxPrice: "245000" })).items.map((item) => item.slug)).toEqual([pendingHoney.slug]);
  });

  it("forgets an unpublished product on both instances within a second", async () => {
    await archiveProduct(producerViewer, pendingHoney.id);
    await within(1000, () => a.usable && !foundOn(a, "bạc hà chờ duyệt").includes(pendingHoney.slug));
    await within(1000, () => b.usable && !foundOn(b, "bạc hà chờ duyệt").includes(pendingHoney.slug));
    expect(await slugs("bạc hà chờ duyệt")).not.toContain(pendingHoney.slug);
  });
});

describe("the day turning", () => {
  it("keeps both instances answering from their index: no rebuild, no minute of searches on PostgreSQL", async () => {
    await Promise.all([a.settled(), b.settled()]);
    const builds = [a.lastBuild, b.lastBuild];
    // The day-turn job's expiry (server/infra/jobs/day-turn.ts), told to every instance through PostgreSQL.
    await expireTagsEverywhere(db, ["catalogue", "producers", "programme", "fairs"]);
    const started = Date.now();
    let unusable = 0;
    while (Date.now() - started < 500) {
      if (!a.usable || !b.usable) unusable++;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(unusable).toBe(0);
    expect(a.lastBuild).toBe(builds[0]);
    expect(b.lastBuild).toBe(builds[1]);
  });

  it("still applies a write that names a product beside the bare catalogue tag", async () => {
    const before = a.lastBuild;
    a.heard({ tags: ["catalogue", "product:choi-chit-viet-lam"] });
    expect(a.usable).toBe(false);
    await a.settled();
    expect(a.usable).toBe(true);
    // Applied as a refresh of that product, not a full build.
    expect(a.lastBuild).toBe(before);
  });
});

describe("PostgreSQL answers while the index is not usable", () => {
  it("searches PostgreSQL before the index is built, and the index once it is", async () => {
    const cold = new CatalogueIndex(db, null, quiet);
    indexes.push(cold);
    setCatalogueIndex(cold);
    try {
      const fallback = await search("choi chit");
      expect(fallback.items[0].slug).toBe("choi-chit-viet-lam");
      // PostgreSQL's answer has no facets beyond groups and communes: that is how the page tells.
      expect(fallback.facets).toBeNull();
      await cold.start();
      const warm = await search("choi chit");
      expect(warm.facets).not.toBeNull();
      expect(warm.items[0].slug).toBe("choi-chit-viet-lam");
    } finally {
      setCatalogueIndex(a);
    }
  });

  it("searches PostgreSQL while a change it heard of is being applied, or when its channel is down", async () => {
    const down = { state: "disconnected", start: async () => undefined, onChange: () => () => undefined };
    const deaf = new CatalogueIndex(db, down, quiet);
    indexes.push(deaf);
    await deaf.start();
    expect(deaf.state).toBe("ready");
    expect(deaf.usable).toBe(false);

    a.heard({ tags: ["product:some-product"] });
    expect(a.usable).toBe(false);
    expect((await search("choi chit")).facets).toBeNull();
    await a.settled();
    expect(a.usable).toBe(true);
  });
});
