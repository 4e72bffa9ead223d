/**
 * `npm run bench:engine`: the in-memory search engine alone (lib/catalogue-search.ts), on the national
 * data, without HTTP: what one search and one suggestion cost in CPU on this machine. The HTTP bench
 * (`npm run bench`) shares the machine with its own load generator; this one isolates the part the
 * search code decides, so a change to it can be judged on a busy machine (compare runs of one session).
 *
 * The terms are `npm run bench`'s, each made unique with a `minPrice` as there; suggestions are every
 * prefix of them from two characters. Rounds are repeated; the first ones (JIT warm-up) are dropped, and
 * the median and the 10th percentile of a round's mean are printed with the load average.
 *
 * Runs on a throw-away embedded PostgreSQL with the demo district and the national generator's data, or
 * on BENCH_DATABASE_URL when given (a database with that data already).
 */
import os from "node:os";
import pg from "pg";
import { generateNational } from "../prisma/seed/generate-national";
import { startDemoDatabase } from "../scripts/lib/throwaway-site";
import { SEARCH_TERMS } from "./terms";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 150);
const WARM_UP = 30;

let stop: (() => Promise<void>) | undefined;
let url = process.env.BENCH_DATABASE_URL;
if (!url) {
  const database = await startDemoDatabase("engine");
  stop = database.stop;
  url = database.url;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  console.log("Generating national-scale data…");
  await generateNational(client, { log: (message) => console.log(message) });
  await client.end();
}
// Server modules read DATABASE_URL when first imported.
process.env.DATABASE_URL = url;
delete process.env.DATABASE_REPLICA_URLS;

try {
  const [{ db }, { CatalogueIndex }, { ZProductListQuery }, { today }] = await Promise.all([
    import("../server/infra/db"),
    import("../server/search/catalogue-index"),
    import("../server/products/query-schemas"),
    import("../lib/clock"),
  ]);
  const index = new CatalogueIndex(db, null, { info: () => undefined, error: console.error });
  const started = performance.now();
  await index.start();
  console.log(`Index of ${index.search.size} products built in ${Math.round(performance.now() - started)} ms.`);
  const day = today();
  const prefixes = SEARCH_TERMS.flatMap((term) => Array.from({ length: term.length - 1 }, (_, i) => term.slice(0, i + 2)));

  const summary = (means: number[]) => {
    const sorted = means.slice(WARM_UP).sort((a, b) => a - b);
    return `median ${sorted[sorted.length >> 1].toFixed(2)} ms, p10 ${sorted[Math.floor(sorted.length / 10)].toFixed(2)} ms`;
  };
  let unique = 0;
  const searchMeans: number[] = [];
  const suggestMeans: number[] = [];
  for (let round = 0; round < ROUNDS + WARM_UP; round++) {
    let t0 = performance.now();
    for (const term of SEARCH_TERMS) {
      const { page, pageSize, ...query } = ZProductListQuery.parse({ q: term, minPrice: String(++unique) });
      index.search.search(query, day, (page - 1) * pageSize, pageSize);
    }
    searchMeans.push((performance.now() - t0) / SEARCH_TERMS.length);
    t0 = performance.now();
    for (const prefix of prefixes) index.search.suggest(prefix, day);
    suggestMeans.push((performance.now() - t0) / prefixes.length);
  }
  console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, load average ${os.loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  console.log(`search (${SEARCH_TERMS.length} terms, new minPrice each): ${summary(searchMeans)} per search`);
  console.log(`suggest (${prefixes.length} prefixes): ${summary(suggestMeans)} per suggestion`);
  index.close();
  await db.$disconnect();
} finally {
  await stop?.();
}
