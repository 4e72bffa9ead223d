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
function sortedMatch(search: SearchEngine, q: string, typing: boolean, order: Int32Array, limit: number): string[] {
  const position = new Map(Array.from(order, (slot, i) => [slot, i]));
  const match = search.match(q, { prefixLast: typing });
  return Array.from(match.slots, (slot, i) => ({ slot, key: (match.tiers[i] * 8 + match.apart[i]) * 1e6 + position.get(slot)! }))
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
            expect(search.best(q, { prefixLast: typing }, limit, order).map(({ slot }) => search.key(slot)), `${q} ${typing} ${limit}`).toEqual(sortedMatch(search, q, typing, order, limit));
          }
        }
      }
    });
  }

  it("put a name that starts with the typed words before one that only holds them, whatever the order says", () => {
    const reversed = orders.reversed;
    const keys = search.best("chè sh", { prefixLast: true }, 3, reversed).map(({ slot }) => search.key(slot));
    // "Chè Shan" and "Chè shan tuyết Cao Bồ" start with it; "Hồng trà chè shan…" holds it inside.
    expect(keys.slice(0, 2).sort()).toEqual(["shan", "tea-cao-bo"]);
    expect(keys[2]).toBe("old-tea");
  });

  it("find nothing for nothing typed, and nothing for a limit of zero", () => {
    expect(search.best("  ", { prefixLast: true }, 5, orders["slot order"])).toEqual([]);
    expect(search.best("chè", {}, 0, orders["slot order"])).toEqual([]);
  });
});
