import { describe, expect, it } from "vitest";
import { SearchEngine } from "./search-engine";

// A small catalogue where the tiers differ: names starting with the query, holding it inside, holding
// its words apart, only in the category or place, and only in the producer's name.
const DOCS: [string, Parameters<SearchEngine["add"]>[1]][] = [
  ["tea-cao-bo", { name: ["Chè shan tuyết Cao Bồ"], category: ["Chè"], place: ["Cao Bồ"], producer: ["HTX Chè Cao Bồ"] }],
  ["tea-green", { name: ["Trà xanh"], category: ["Chè"], place: ["Việt Lâm"], producer: ["Hộ Nguyễn Văn An"] }],
  ["old-tea", { name: ["Hồng trà chè shan cổ thụ"], category: ["Chè"], place: ["Phú Linh"], producer: ["HTX Thanh Thủy"] }],
  ["shan-then-tea", { name: ["Shan tuyết chè búp"], category: ["Chè"], place: ["Lao Chải"], producer: ["HTX Lao Chải"] }],
  ["broom", { name: ["Chổi chít Việt Lâm"], category: ["Thủ công"], place: ["Việt Lâm"], producer: ["HTX Chổi chít Việt Lâm"] }],
  ["honey", { name: ["Mật ong bạc hà"], category: ["Mật ong"], place: ["Đồng Văn"], producer: ["HTX Chè Đồng Văn"] }],
  ["rice", { name: ["Gạo Séng Cù"], category: ["Gạo"], place: ["Thanh Thủy"], producer: ["HTX Chè và Gạo"] }],
  ["tea-bag", { name: ["Chè túi lọc"], category: ["Chè"], place: ["Cao Bồ"], producer: ["Công ty Chè"] }],
  ["shan", { name: ["Chè Shan"], category: ["Chè"], place: ["Tùng Bá"], producer: ["HTX Tùng Bá"] }],
];

function engine(): SearchEngine {
  const search = new SearchEngine();
  for (const [key, text] of DOCS) search.add(key, text);
  // An update leaves a dead slot behind: `best` must never return it.
  search.add("tea-green", DOCS[1][1]);
  return search;
}

/** What `best` promises: `match` sorted by tier, then words apart, then the position in `order`. */
function sortedMatch(search: SearchEngine, q: string, typing: boolean, order: Int32Array, limit: number, keep: (slot: number) => boolean = () => true): string[] {
  const position = new Map(Array.from(order, (slot, i) => [slot, i]));
  const match = search.match(q, { prefixLast: typing });
  return Array.from(match.slots, (slot, i) => ({ slot, key: (match.tiers[i] * 8 + match.apart[i]) * 1e6 + position.get(slot)! }))
    .filter(({ slot }) => keep(slot))
    .sort((a, b) => a.key - b.key)
    .slice(0, limit)
    .map(({ slot }) => search.key(slot));
}

describe("the best few matches of a query", () => {
  const search = engine();
  const live = Array.from({ length: DOCS.length + 1 }, (_, slot) => slot).filter((slot) => search.alive(slot));
  const orders = { "slot order": Int32Array.from(live), "reversed": Int32Array.from([...live].reverse()) };

  for (const [name, order] of Object.entries(orders)) {
    it(`are the first ones of every match sorted by tier, words apart and then the given order (${name})`, () => {
      for (const q of ["chè", "che", "che shan", "chè shan tuyết", "shan che", "cao bo", "ch", "c", "tr", "mat o", "htx", "viet lam", "xyz"]) {
        for (const typing of [false, true]) {
          for (const limit of [1, 3, 5, 20]) {
            expect(search.best(search.find(q, { prefixLast: typing }), limit, order).map(({ slot }) => search.key(slot)), `${q} ${typing} ${limit}`).toEqual(sortedMatch(search, q, typing, order, limit));
          }
        }
      }
    });
  }

  it("put a name that starts with the typed words before one that only holds them, whatever the order says", () => {
    const reversed = orders.reversed;
    const keys = search.best(search.find("chè sh", { prefixLast: true }), 3, reversed).map(({ slot }) => search.key(slot));
    // "Chè Shan" and "Chè shan tuyết Cao Bồ" start with it; "Hồng trà chè shan…" holds it inside.
    expect(keys.slice(0, 2).sort()).toEqual(["shan", "tea-cao-bo"]);
    expect(keys[2]).toBe("old-tea");
  });

  it("find nothing for nothing typed, and nothing for a limit of zero", () => {
    expect(search.best(search.find("  ", { prefixLast: true }), 5, orders["slot order"])).toEqual([]);
    expect(search.best(search.find("chè"), 0, orders["slot order"])).toEqual([]);
  });
});

describe("the best page of a broad query in a large catalogue", () => {
  // Hundreds of names sharing first words, so a page is decided among many candidates of every tier:
  // names that are the query, start with it, hold it inside, hold its words apart, or only in the
  // category, the place or the producer. Deterministic (a fixed linear congruential sequence).
  const WORDS = ["chè", "shan", "tuyết", "mật", "ong", "gạo", "nếp", "trà", "xanh", "búp", "cao", "bồ", "rừng", "túi", "lọc"];
  const PLACES = ["Cao Bồ", "Việt Lâm", "Thanh Thủy", "Phú Linh"];
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const phrase = (length: number) => Array.from({ length }, () => WORDS[next(WORDS.length)]).join(" ");
  const search = new SearchEngine(50);
  let compactions = 0;
  search.onCompact = () => compactions++;
  for (let i = 0; i < 600; i++) {
    search.add(`p${i}`, { name: [phrase(1 + next(4))], category: [phrase(1 + next(2))], place: [PLACES[next(PLACES.length)]], producer: [`HTX ${phrase(2)}`] });
  }
  // Updates and removals leave dead slots, and past the threshold a compaction renumbers every slot.
  for (let i = 0; i < 400; i += 2) search.add(`p${i}`, { name: [phrase(1 + next(3))], category: [phrase(1)], place: [PLACES[next(PLACES.length)]] });
  for (let i = 1; i < 300; i += 7) search.remove(`p${i}`);
  for (let i = 401; i < 440; i += 2) search.add(`p${i}`, { name: [phrase(2)], place: [PLACES[0]] });
  const live = Array.from({ length: 1200 }, (_, slot) => slot).filter((slot) => slot < 1200 && search.alive(slot));
  const shuffled = [...live];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = next(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const order = Int32Array.from(shuffled);
  const queries = ["chè", "che shan", "chè shan tuyết", "shan che", "mật ong", "mat ong rung", "ong", "tra xanh", "xanh tra", "cao bo", "cao", "htx", "gao nep", "che viet lam", "bup", "ch", "c", "che s", "mat o", "tra x"];

  it("is the same as ranking every match and sorting, for every query, page size and filter", () => {
    expect(compactions).toBeGreaterThan(0);
    expect(live.length).toBeLessThan(600);
    for (const q of queries) {
      for (const typing of [false, true]) {
        const found = search.find(q, { prefixLast: typing });
        for (const limit of [1, 5, 12, 48, 1000]) {
          const all = search.best(found, limit, order).map(({ slot }) => search.key(slot));
          expect(all, `${q} ${typing} ${limit}`).toEqual(sortedMatch(search, q, typing, order, limit));
          // A filter (every third candidate by slot), as the catalogue's group or price filters are.
          const kept = (slot: number) => slot % 3 !== 1;
          const skip = Uint8Array.from(found.candidates, (slot) => (kept(slot) ? 0 : 1));
          const filtered = search.best(found, limit, order, skip).map(({ slot }) => search.key(slot));
          expect(filtered, `${q} ${typing} ${limit} filtered`).toEqual(sortedMatch(search, q, typing, order, limit, kept));
        }
      }
    }
  });

  it("gives the tier of each result, and nothing when the filter keeps nothing", () => {
    const found = search.find("chè shan");
    const best = search.best(found, 5, order);
    const match = search.match("chè shan");
    for (const { slot, tier } of best) expect(tier).toBe(match.tiers[Array.from(match.slots).indexOf(slot)]);
    expect(search.best(found, 5, order, new Uint8Array(found.candidates.length).fill(1))).toEqual([]);
  });
});
