import { describe, expect, it } from "vitest";
import { CatalogueSearch, type CatalogueQuery, type CommuneRef, type IndexedProduct } from "./catalogue-search";
import { OCOP_GROUP_LABELS, type OcopGroupCode } from "./ocop-groups";

const TODAY = "2026-11-30";
const province = (slug: string, name: string) => ({ slug, name, nameEn: null });
const BRVT = province("ba-ria-vung-tau", "Bà Rịa – Vũng Tàu");
const QUANG_NINH = province("quang-ninh", "Quảng Ninh");
const TUYEN_QUANG = province("tuyen-quang", "Tuyên Quang");
const commune = (slug: string, name: string, of = TUYEN_QUANG): CommuneRef => ({ slug, name, nameEn: null, province: of });
const CAO_BO = commune("cao-bo", "Cao Bồ");
const VIET_LAM = commune("viet-lam", "Việt Lâm");
const LONG_HAI_BRVT = commune("long-hai-brvt", "Long Hải", BRVT);
const LONG_HAI_QN = commune("long-hai-qn", "Long Hải", QUANG_NINH);

interface Spec {
  id: string;
  nameVi: string;
  nameEn?: string;
  subgroup?: string;
  group?: OcopGroupCode;
  producer?: string;
  commune?: CommuneRef;
  stars?: number;
  /** Last day of the certificate's validity (default: valid for years). */
  until?: string;
  price?: number;
  published?: string;
}

function product(spec: Spec): IndexedProduct<{ id: string }> {
  const group = spec.group ?? "FOOD";
  const place = spec.commune ?? CAO_BO;
  const producer = spec.producer ?? "Hộ kinh doanh Nguyễn Văn An";
  return {
    id: spec.id,
    slug: spec.id,
    group,
    priceVnd: spec.price ?? 100_000,
    publishedAtMs: Date.parse(spec.published ?? "2026-01-01"),
    commune: place,
    producer: { slug: producer.toLowerCase().replace(/\s+/g, "-"), name: producer },
    certificates: spec.stars ? [{ stars: spec.stars, validUntil: spec.until ?? "2029-01-01" }] : [],
    text: {
      name: [spec.nameVi, spec.nameEn],
      category: [spec.subgroup, OCOP_GROUP_LABELS[group].vi, OCOP_GROUP_LABELS[group].en],
      place: [place.name, place.province.name],
      producer: [producer],
    },
    card: { id: spec.id },
  };
}

function catalogue(specs: Spec[], options: { compactAfter?: number } = {}) {
  const search = new CatalogueSearch<{ id: string }>(options);
  for (const spec of specs) search.put(product(spec));
  return search;
}

const run = (search: CatalogueSearch<{ id: string }>, q: string, more: Partial<CatalogueQuery> = {}) =>
  search.search({ q, sort: "relevance", ...more }, TODAY, 0, 100);
const ids = (search: CatalogueSearch<{ id: string }>, q: string, more: Partial<CatalogueQuery> = {}) => run(search, q, more).ids;

describe("matching ignores case, marks and punctuation", () => {
  const search = catalogue([
    { id: "honey", nameVi: "Mật ong bạc hà Đồng Văn", subgroup: "Mật ong và sản phẩm từ mật ong" },
    { id: "tea", nameVi: "Chè Shan tuyết cổ thụ Cao Bồ", subgroup: "Chè và sản phẩm từ chè" },
  ]);
  it.each(["mật ong", "mat ong", "MẬT ONG", "mật ong,", "  mật   ong. ", "mật-ong"])("%j finds the honey", (q) => {
    expect(ids(search, q)).toEqual(["honey"]);
  });
  it.each(["chè%", "chè,", "chè.", "(chè)", "che"])("%j finds the tea", (q) => {
    expect(ids(search, q)).toEqual(["tea"]);
  });
  it("finds nothing for nonsense or punctuation alone", () => {
    expect(run(search, "xyzzyq").total).toBe(0);
    expect(run(search, "%").total).toBe(2); // no words: the whole catalogue, as with an empty box
  });
});

describe("ranking follows where the words are found", () => {
  const search = catalogue([
    // Listed worst first, each certified with more stars than the next, so text must beat stars.
    { id: "producer-only", nameVi: "Chổi chít Việt Lâm", group: "HANDICRAFT", producer: "HTX Mật ong Việt Lâm", stars: 5, commune: VIET_LAM },
    { id: "place", nameVi: "Gạo nếp", producer: "HTX Gạo", commune: commune("mat-ong-xa", "Mật Ong"), stars: 5 },
    { id: "category", nameVi: "Mật hoa nhãn", subgroup: "Mật ong và sản phẩm từ mật ong", stars: 5 },
    { id: "words", nameVi: "Ong rừng mật đặc", stars: 5 },
    { id: "phrase", nameVi: "Bánh mật ong", stars: 4 },
    { id: "starts", nameVi: "Mật ong rừng", stars: 3 },
  ]);

  it("puts the name starting with the query first, then the phrase, all words, group/subgroup, place, producer", () => {
    expect(ids(search, "mật ong")).toEqual(["starts", "phrase", "words", "category", "place", "producer-only"]);
  });

  it("counts only the products matched by their own words; producer-name matches are listed after, apart", () => {
    const found = run(search, "mật ong");
    expect(found.ownMatches).toBe(5);
    expect(found.producerMatches).toBe(1);
    expect(found.total).toBe(6);
    // The facets count honey, not the broom of a cooperative named "Mật ong".
    expect(found.facets.groups.HANDICRAFT).toBe(0);
    expect(found.facets.groups.FOOD).toBe(5);
  });

  it("lists producer-name matches when nothing else matches", () => {
    const found = run(search, "htx mat ong");
    expect(found.ids.sort()).toEqual(["place", "producer-only"]); // "htx" is in both producers' names only
    expect(found.ownMatches).toBe(0);
    expect(found.facets.groups).toMatchObject({ HANDICRAFT: 1, FOOD: 1 });
  });
});

describe("certificates and stars order equal text matches", () => {
  const search = catalogue([
    { id: "none", nameVi: "Chổi chít Lao Chải", published: "2026-11-01" },
    { id: "expired", nameVi: "Chổi chít Tùng Bá", stars: 5, until: "2026-11-29" },
    { id: "three", nameVi: "Chổi chít Việt Lâm", stars: 3 },
    { id: "four-old", nameVi: "Chổi chít Minh Tân", stars: 4, published: "2025-01-01" },
    { id: "four-new", nameVi: "Chổi chít Thanh Thủy", stars: 4, published: "2026-06-01" },
    { id: "name-only-words", nameVi: "Chít và chổi", stars: 5 },
  ]);

  it("puts certified products above uncertified ones, more stars first, then the newest", () => {
    expect(ids(search, "chổi chít")).toEqual(["four-new", "four-old", "three", "none", "expired", "name-only-words"]);
  });

  it("reads the badge on the day: an expired certificate counts for nothing", () => {
    expect(search.starsOf("expired", TODAY)).toBeNull();
    expect(search.starsOf("expired", "2026-11-29")).toBe(5);
    expect(run(search, "chổi chít", { stars: 4 }).ids).toEqual(["four-new", "four-old", "name-only-words"]);
  });
});

describe("English and everyday words for Vietnamese products, as data", () => {
  const search = catalogue([
    { id: "cardamom", nameVi: "Thảo quả khô Lao Chải" },
    { id: "broom", nameVi: "Chổi chít Việt Lâm", group: "HANDICRAFT" },
    { id: "tea", nameVi: "Chè Shan tuyết Cao Bồ", nameEn: "Cao Bo Shan tuyet tea" },
    { id: "tra", nameVi: "Trà Pèng hồng trà", commune: VIET_LAM },
    { id: "ginger", nameVi: "Gừng khô thái lát" },
    { id: "honey-tra-vinh", nameVi: "Mật ong rừng Trà Vinh", commune: commune("tra-vinh-x", "Hòa Thuận", province("tra-vinh", "Trà Vinh")) },
    { id: "mushrooms", nameVi: "Nấm hương khô", nameEn: "Dried shiitake mushrooms" },
  ]);

  it("finds products without an English name by their English words", () => {
    expect(ids(search, "cardamom")).toEqual(["cardamom"]);
    expect(ids(search, "broom")).toEqual(["broom"]);
    expect(ids(search, "ginger")).toEqual(["ginger"]);
    expect(ids(search, "honey")).toEqual(["honey-tra-vinh"]);
  });

  it("treats chè, trà and tea as one, but not a place called Trà Vinh", () => {
    expect(ids(search, "tea").sort()).toEqual(["tea", "tra"]);
    expect(ids(search, "trà").sort()).toEqual(["honey-tra-vinh", "tea", "tra"].sort());
    expect(ids(search, "tra")[2]).toBe("honey-tra-vinh"); // found by its place, after the teas
    expect(ids(search, "cao bo tea")).toEqual(["tea"]);
    expect(ids(search, "trà cao bồ")).toEqual(["tea"]);
  });

  it("matches plurals and broader words", () => {
    expect(ids(search, "mushroom")).toEqual(["mushrooms"]);
    expect(ids(search, "nấm")).toEqual(["mushrooms"]);
  });
});

describe("typos are corrected against the catalogue's own words", () => {
  const search = catalogue([
    { id: "shan", nameVi: "Chè Shan tuyết Lao Chải" },
    { id: "broom", nameVi: "Chổi chít Việt Lâm" },
    { id: "tuyen", nameVi: "Rượu ngô Tuyên" },
  ]);

  it("corrects a word the catalogue does not have and says so", () => {
    const found = run(search, "che shan tuyat");
    expect(found.ids).toEqual(["shan"]);
    expect(found.corrected).toBe("che shan tuyet");
    expect(run(search, "choi chitt").ids).toEqual(["broom"]);
  });

  it("never corrects a word the catalogue has, so a typo match never outranks an exact one", () => {
    const found = run(search, "tuyen");
    expect(found.ids[0]).toBe("tuyen"); // then the others, found by their province, Tuyên Quang
    expect(found.corrected).toBeNull();
  });

  it("does not correct short words into something else", () => {
    expect(run(search, "xq").total).toBe(0);
  });
});

describe("facets from the same search", () => {
  const search = catalogue([
    { id: "a", nameVi: "Nước mắm Long Hải", commune: LONG_HAI_BRVT, price: 45_000, stars: 3 },
    { id: "b", nameVi: "Nước mắm cá cơm", commune: LONG_HAI_QN, price: 120_000, stars: 4 },
    { id: "c", nameVi: "Nước mắm nhĩ", commune: LONG_HAI_QN, price: 650_000, stars: 5, group: "FOOD" },
    { id: "d", nameVi: "Nước cốt gừng", commune: CAO_BO, price: 60_000, group: "BEVERAGE" },
  ]);

  it("names each commune with its province, so two Long Hải are told apart", () => {
    const { facets } = run(search, "nước mắm");
    expect(facets.communes.map((c) => [c.name, c.province.name, c.count])).toEqual([
      ["Long Hải", "Bà Rịa – Vũng Tàu", 1],
      ["Long Hải", "Quảng Ninh", 2],
    ]);
    expect(facets.provinces.map((p) => [p.slug, p.count])).toEqual([
      ["ba-ria-vung-tau", 1],
      ["quang-ninh", 2],
    ]);
  });

  it("counts stars, price bands and groups under the other filters, not their own", () => {
    const found = run(search, "nước", { stars: 4, group: "FOOD" });
    expect(found.ids.sort()).toEqual(["b", "c"]);
    expect(found.facets.stars).toEqual({ 3: 3, 4: 2, 5: 1 });
    expect(found.facets.groups).toMatchObject({ FOOD: 2, BEVERAGE: 0 });
    expect(found.facets.prices.map((band) => band.count)).toEqual([0, 0, 1, 0, 1]);
  });

  it("filters by province and lists that province's communes", () => {
    const found = run(search, "", { province: "quang-ninh" });
    expect(found.ids.sort()).toEqual(["b", "c"]);
    expect(found.facets.provinces.map((p) => p.slug)).toEqual(["ba-ria-vung-tau", "quang-ninh", "tuyen-quang"]);
    expect(found.facets.communes.map((c) => c.slug)).toEqual(["long-hai-qn"]);
  });

  it("lists the 40 communes with most matches in Vietnamese alphabetical order, the first met first among equals", () => {
    // 45 communes "Xã 1" … "Xã 45": communes 1–10 hold five teas each, 11–45 one each, so the cut at
    // 40 falls inside the tie of the ones: the first 30 met (11–40, the catalogue's order) are listed.
    const communes = Array.from({ length: 45 }, (_, i) => commune(`xa-${i + 1}`, `Xã ${i + 1}`));
    const specs: Spec[] = [];
    communes.forEach((place, i) => {
      for (let k = 0; k < (i < 10 ? 5 : 1); k++) specs.push({ id: `t-${i + 1}-${k}`, nameVi: "Chè xanh", commune: place });
    });
    const listed = run(catalogue(specs), "chè").facets.communes;
    expect(listed).toHaveLength(40);
    expect(listed.map((c) => c.slug).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `xa-${i + 1}`).sort());
    expect(listed.find((c) => c.slug === "xa-1")?.count).toBe(5);
    expect(listed.find((c) => c.slug === "xa-40")?.count).toBe(1);
    // Alphabetical as Vietnamese collation reads the names: "Xã 1", "Xã 10", "Xã 11" … "Xã 2" …
    const names = listed.map((c) => c.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("vi").compare));
  });

  it("filters by price range", () => {
    expect(run(search, "", { minPrice: 50_000, maxPrice: 199_999 }).ids.sort()).toEqual(["b", "d"]);
  });
});

describe("changes", () => {
  it("finds a product by its new words after an update and forgets a removed one", () => {
    const search = catalogue([{ id: "x", nameVi: "Gạo tám thơm" }]);
    search.put(product({ id: "x", nameVi: "Gạo nếp cái hoa vàng" }));
    expect(ids(search, "tám thơm")).toEqual([]);
    expect(ids(search, "nếp")).toEqual(["x"]);
    search.remove("x");
    expect(ids(search, "gạo")).toEqual([]);
    expect(search.size).toBe(0);
  });

  it("stays correct after many updates compact the index", () => {
    // Compaction after 50 dead slots (1,000 in production): each round replaces all 120 products.
    const search = catalogue([], { compactAfter: 50 });
    const rounds = ["một", "hai", "ba"];
    for (const round of rounds) for (let i = 0; i < 120; i++) search.put(product({ id: `p${i}`, nameVi: `Gạo số ${i} vòng ${round}`, price: i }));
    expect(search.size).toBe(120);
    // Dead postings were dropped: without compaction there would be three rounds' worth.
    const fresh = catalogue([]);
    for (let i = 0; i < 120; i++) fresh.put(product({ id: `p${i}`, nameVi: `Gạo số ${i} vòng ba`, price: i }));
    expect(search.products.stats().postings).toBeLessThan(2 * fresh.products.stats().postings);
    expect(run(search, "gạo vòng ba").total).toBe(120);
    expect(run(search, "gạo vòng hai").total).toBe(0);
    expect(run(search, "gạo", { sort: "price-asc" }).ids.slice(0, 3)).toEqual(["p0", "p1", "p2"]);
  });
});

describe("suggestions", () => {
  const search = catalogue([
    { id: "broom", nameVi: "Chổi chít Việt Lâm", commune: VIET_LAM, producer: "Hợp tác xã Chổi chít Việt Lâm", stars: 3 },
    { id: "tea", nameVi: "Chè Shan tuyết Cao Bồ", producer: "HTX Chè Cao Bồ" },
  ]);
  search.putProducer({ slug: "hợp-tác-xã-chổi-chít-việt-lâm", name: "Hợp tác xã Chổi chít Việt Lâm", commune: VIET_LAM, text: { name: ["Hợp tác xã Chổi chít Việt Lâm"] } });

  it("completes the word being typed", () => {
    const found = search.suggest("chổi ch", TODAY);
    expect(found.products.map((p) => p.item.id)).toEqual(["broom"]);
    expect(found.producers.map((p) => [p.name, p.products])).toEqual([["Hợp tác xã Chổi chít Việt Lâm", 1]]);
  });

  it("suggests communes with their province", () => {
    const found = search.suggest("viet l", TODAY);
    expect(found.communes.map((c) => [c.name, c.province.name, c.products])).toEqual([["Việt Lâm", "Tuyên Quang", 1]]);
  });
});

describe("producer suggestions", () => {
  const producer = (name: string) => ({ slug: name.toLowerCase().replace(/\s+/g, "-"), name, commune: CAO_BO, text: { name: [name] } });
  // Two products from "HTX Chè Cao Bồ", one from "Chè Xanh Cao Bồ", none from "HTX Chè Lũng Phìn".
  const search = catalogue([
    { id: "t1", nameVi: "Chè Shan tuyết", producer: "HTX Chè Cao Bồ" },
    { id: "t2", nameVi: "Chè búp", producer: "HTX Chè Cao Bồ" },
    { id: "t3", nameVi: "Chè xanh", producer: "Chè Xanh Cao Bồ" },
  ]);
  for (const name of ["HTX Chè Cao Bồ", "Chè Xanh Cao Bồ", "HTX Chè Lũng Phìn"]) search.putProducer(producer(name));

  it("puts a name that starts with what is typed first, then more products, and leaves out producers with nothing on sale", () => {
    expect(search.suggest("chè", TODAY).producers.map((p) => [p.name, p.products])).toEqual([
      ["Chè Xanh Cao Bồ", 1],
      ["HTX Chè Cao Bồ", 2],
    ]);
    expect(search.suggest("htx ch", TODAY).producers.map((p) => p.name)).toEqual(["HTX Chè Cao Bồ"]);
  });

  it("still names the right producers after many profile edits compact the producers' index", () => {
    const edited = catalogue(
      [
        { id: "a", nameVi: "Gạo nếp", producer: "HTX Gạo Tả Ván" },
        { id: "b", nameVi: "Mật ong", producer: "HTX Mật ong Thượng Sơn" },
      ],
      { compactAfter: 5 },
    );
    // The honey cooperative never edits its profile; each save of the rice cooperative's replaces its
    // entry, leaving a dead slot behind, and a third producer comes and goes.
    const edits = () => {
      for (let round = 0; round < 10; round++) {
        edited.putProducer(producer("HTX Gạo Tả Ván"));
        edited.putProducer(producer("HTX Tạm"));
        edited.removeProducer("htx-tạm");
      }
    };
    edits();
    edited.putProducer(producer("HTX Mật ong Thượng Sơn"));
    edits();
    expect(edited.suggest("mật ong", TODAY).producers.map((p) => p.name)).toEqual(["HTX Mật ong Thượng Sơn"]);
    expect(edited.suggest("gạo", TODAY).producers.map((p) => p.name)).toEqual(["HTX Gạo Tả Ván"]);
  });
});
