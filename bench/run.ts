/**
 * `npm run bench`: throughput and latency of the public catalogue on national-scale data (DESIGN §6).
 *
 * On a throw-away embedded PostgreSQL it seeds the demo district, adds the national-scale generator's
 * data (20,000 products, 8,000 producers, 100,000 batches), builds the app, starts `next start`, and
 * runs autocannon with 32 connections against:
 * - search, three ways: `/api/v1/products?q=…` as a new search on every request (the bench's terms,
 *   each made unique by a `minPrice` of a few VND that every product exceeds, so no cache applies and
 *   PostgreSQL's search is what is measured); the same terms with a varied page and page size (a
 *   search's matches are cached apart from its page, so most requests read only the page's rows); and
 *   one repeated query (the whole answer from the data cache);
 * - `/products`, a product page and the home page (full-route cache), against a file under
 *   `/_next/static` of the same server (the static baseline: issue 13 wants cached pages at ≥ 50 % of it);
 * - a bare Node `http` server sending the product page's bytes (the machine's ceiling).
 * Prints one table. Not a test: numbers depend on the machine; compare the ratios.
 */
import autocannon from "autocannon";
import http from "node:http";
import os from "node:os";
import pg from "pg";
import { generateNational } from "../prisma/seed/generate-national";
import { findFreePort } from "../scripts/db/embedded-postgres";
import { buildIfNeeded, spawnNext } from "../scripts/lib/build";
import { startDemoDatabase, throwawaySiteEnv, waitFor } from "../scripts/lib/throwaway-site";

const CONNECTIONS = 32;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const SEARCH_TERMS = ["che shan tuyet", "chè shan tuyết", "CHE SHAN", "choi chit", "mat ong", "dong van", "tra peng", "gung", "ruou ngo", "cam sanh", "thao qua", "bo kho", "hong tra", "che shan tuyat", "mien dong", "nuoc mam", "gao", "tinh dau", "ca phe", "thu cong"];

interface Row {
  target: string;
  "req/s": number;
  "p50 ms": number;
  "p95 ms": number;
  "p99 ms": number;
  non2xx: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(target: string, url: string, setupPath?: () => string): Promise<Row> {
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: setupPath ? [{ setupRequest: (request) => ({ ...request, path: setupPath() }) }] : undefined,
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    target,
    "req/s": Math.round(result.requests.average),
    "p50 ms": round(percentile(latencies, 50)),
    "p95 ms": round(percentile(latencies, 95)),
    "p99 ms": round(percentile(latencies, 99)),
    non2xx: result.non2xx,
  };
}

const database = await startDemoDatabase("bench");
let next: ReturnType<typeof spawnNext> | undefined;
let bare: http.Server | undefined;
try {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  console.log("Generating national-scale data…");
  const generated = await generateNational(client, { log: (message) => console.log(message) });
  await client.query("ANALYZE");
  await client.end();
  console.table([generated]);

  const port = String(await findFreePort());
  const base = `http://127.0.0.1:${port}`;
  const env = { ...throwawaySiteEnv("bench", database.url, base), NODE_ENV: "production" as const };
  buildIfNeeded(env, { force: true });
  next = spawnNext(["start", "-p", port], env, { stdio: ["ignore", "ignore", "inherit"] });
  await waitFor(`${base}/api/health`);

  const productPath = "/products/che-shan-tuyet-co-thu-cao-bo";
  // Warm the caches once, as a visitor before the measured ones would.
  for (const warm of ["/", "/products", "/products?q=che&stars=4", productPath, "/api/v1/products?q=che%20shan%20tuyet"]) await fetch(base + warm);
  const bytes = Buffer.from(await (await fetch(base + productPath)).arrayBuffer());
  // A script file of the page, served by the same server from .next/static.
  const staticFile = /src="(\/_next\/static\/[^"]+\.js)"/.exec(bytes.toString("utf8"))?.[1];
  if (!staticFile) throw new Error("no /_next/static script on the product page");
  bare = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": bytes.length });
    response.end(bytes);
  });
  await new Promise<void>((resolve) => bare!.listen(0, "127.0.0.1", resolve));
  const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}/`;

  let unique = 0;
  const uniqueSearch = () => {
    unique++;
    const term = SEARCH_TERMS[unique % SEARCH_TERMS.length];
    // Every product costs more than `unique` VND: the answer is the term's, but no cache has seen it.
    return `/api/v1/products?q=${encodeURIComponent(term)}&minPrice=${unique}`;
  };
  let counter = 0;
  const pagedSearch = () => {
    counter++;
    const term = SEARCH_TERMS[counter % SEARCH_TERMS.length];
    return `/api/v1/products?q=${encodeURIComponent(term)}&pageSize=${10 + (Math.floor(counter / SEARCH_TERMS.length) % 90)}&page=${1 + (Math.floor(counter / 1800) % 5)}`;
  };

  const rows: Row[] = [];
  rows.push(await measure("search API, a new search every request (no cache)", base, uniqueSearch));
  rows.push(await measure("search API, 20 searches, varied page/pageSize", base, pagedSearch));
  rows.push(await measure("search API, one repeated query (data cache)", `${base}/api/v1/products?q=che%20shan%20tuyet`));
  rows.push(await measure("/products (full-route cache)", `${base}/products`));
  rows.push(await measure("/products?q=che&stars=4 (filtered view, full-route cache)", `${base}/products?q=che&stars=4`));
  rows.push(await measure(`product page ${productPath} (full-route cache)`, base + productPath));
  rows.push(await measure("home / (full-route cache)", `${base}/`));
  rows.push(await measure(`a file under /_next/static (the static baseline)`, base + staticFile));
  rows.push(await measure("bare node:http, product page bytes", bareUrl));
  console.log(`\n${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${CONNECTIONS} connections, ${DURATION} s each`);
  console.table(rows);
  const staticRps = rows[7]["req/s"];
  console.log(
    `Ratios to the static file (target ≥ 0.50): /products ${(rows[3]["req/s"] / staticRps).toFixed(2)}, filtered view ${(rows[4]["req/s"] / staticRps).toFixed(2)}, ` +
      `product page ${(rows[5]["req/s"] / staticRps).toFixed(2)}, home ${(rows[6]["req/s"] / staticRps).toFixed(2)}; bare http / static file ${(rows[8]["req/s"] / staticRps).toFixed(1)}×.\n` +
      `Search p95 target ≤ 50 ms: new searches ${rows[0]["p95 ms"]} ms, paged searches ${rows[1]["p95 ms"]} ms, a repeated search ${rows[2]["p95 ms"]} ms.`,
  );
} finally {
  bare?.close();
  next?.kill("SIGTERM");
  await database.stop();
}
