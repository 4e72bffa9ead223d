/**
 * `npm run bench:relevance`: how good catalogue search's ranking is, on the national-scale data, for
 * the judged query set in bench/relevance-queries.json (docs/search.md, "Relevance").
 *
 * Each query is searched twice on the same database: "before" is PostgreSQL's search (what answers
 * while the index warms, and the only search before the index existed), "after" the in-memory index
 * (server/search/catalogue-index.ts). Every product of the catalogue is graded for each query from the
 * set's judgements (3: expected best; 2: relevant and certified; 1: relevant; 0: not), and each ranking
 * is scored by:
 * - MRR: the mean over queries of 1 / rank of the first expected-best result (0 if not in the first 100);
 * - nDCG@10: the first ten results' discounted gain against the best ten the catalogue could give.
 *
 * Runs on a throw-away embedded PostgreSQL with the demo district and the national generator's data,
 * or on RELEVANCE_DATABASE_URL when given (a database with that data already). Not a test: it prints
 * a table per query and the means; docs/search.md records a run.
 */
import { readFileSync } from "node:fs";
import { today as clockToday } from "../lib/clock";
import { foldText } from "../lib/text-fold";
import { starsOn } from "../lib/catalogue-search";
import { nationalDatabase } from "./national-database";

interface Judged {
  q: string;
  best?: string[];
  /** Every group needs one of its phrases in the product's name ("" matches any name). */
  name: string[][];
  /** One of these phrases in the product's commune or province. */
  place?: string[];
  note?: string;
}

const DEPTH = 100;
const { queries } = JSON.parse(readFileSync(new URL("./relevance-queries.json", import.meta.url), "utf8")) as { queries: Judged[] };

const hasPhrase = (words: string, phrase: string) => phrase === "" || ` ${words} `.includes(` ${phrase} `);
const wordsOf = (...texts: (string | null | undefined)[]) => foldText(texts.filter(Boolean).join(" ")).replace(/[^a-z0-9]+/g, " ").trim();

interface Graded {
  slug: string;
  name: string;
  place: string;
  certified: boolean;
}

function grade(query: Judged, product: Graded): number {
  if (query.best?.includes(product.slug)) return 3;
  const named = query.name.every((group) => group.some((phrase) => hasPhrase(product.name, phrase)));
  const placed = !query.place || query.place.some((phrase) => hasPhrase(product.place, phrase));
  if (!named || !placed) return 0;
  return product.certified ? 2 : 1;
}

function dcg(grades: number[]): number {
  return grades.slice(0, 10).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

/** The rank (1-based) of the first expected-best result: a `best` product when named, else any grade ≥ 2. */
function firstBest(query: Judged, grades: number[]): number | null {
  const threshold = query.best ? 3 : 2;
  const index = grades.findIndex((g) => g >= threshold);
  return index < 0 ? null : index + 1;
}

const { stop } = await nationalDatabase("relevance", process.env.RELEVANCE_DATABASE_URL);

try {
  const [{ db }, { CatalogueIndex, setCatalogueIndex }, { listProducts }] = await Promise.all([
    import("../server/infra/db"),
    import("../server/search/catalogue-index"),
    import("../server/products/queries"),
  ]);
  const started = performance.now();
  const index = new CatalogueIndex(db, null, { info: () => undefined, error: console.error });
  await index.start();
  console.log(`Index of ${index.search.size} products built in ${Math.round(performance.now() - started)} ms.`);

  const today = clockToday();
  const catalogue = new Map<string, Graded>();
  for (const item of index.search.all()) {
    const card = item.card;
    catalogue.set(item.slug, {
      slug: item.slug,
      name: wordsOf(card.nameVi, card.nameEn),
      place: wordsOf(item.commune.name, item.commune.nameEn, item.commune.province.name, item.commune.province.nameEn),
      certified: starsOn(item.certificates, today) != null,
    });
  }

  const run = async (q: string, useIndex: boolean) => {
    setCatalogueIndex(useIndex ? index : null);
    const t0 = performance.now();
    const page = await listProducts({ q, sort: "relevance", page: 1, pageSize: DEPTH } as Parameters<typeof listProducts>[0]);
    return { slugs: page.items.map((item) => item.slug), total: page.total, ms: performance.now() - t0 };
  };

  const rows: Record<string, string | number>[] = [];
  const sums = { before: { rr: 0, ndcg: 0 }, after: { rr: 0, ndcg: 0 } };
  for (const query of queries) {
    const allGrades = [...catalogue.values()].map((product) => grade(query, product)).sort((a, b) => b - a);
    const ideal = dcg(allGrades);
    const row: Record<string, string | number> = { q: query.q };
    for (const [label, useIndex] of [["before", false], ["after", true]] as const) {
      const found = await run(query.q, useIndex);
      const grades = found.slugs.map((slug) => (catalogue.has(slug) ? grade(query, catalogue.get(slug)!) : 0));
      const rank = firstBest(query, grades);
      const ndcg = ideal > 0 ? dcg(grades) / ideal : 0;
      sums[label].rr += rank ? 1 / rank : 0;
      sums[label].ndcg += ndcg;
      row[`${label} first best`] = rank ?? `>${DEPTH}`;
      row[`${label} nDCG@10`] = Math.round(ndcg * 100) / 100;
      row[`${label} total`] = found.total;
    }
    rows.push(row);
  }
  setCatalogueIndex(null);
  console.table(rows);
  const n = queries.length;
  const f = (x: number) => (x / n).toFixed(3);
  console.log(`${n} queries. before (PostgreSQL search): MRR ${f(sums.before.rr)}, nDCG@10 ${f(sums.before.ndcg)}`);
  console.log(`${n} queries. after (search index):       MRR ${f(sums.after.rr)}, nDCG@10 ${f(sums.after.ndcg)}`);
  index.close();
  await db.$disconnect();
} finally {
  await stop();
}
