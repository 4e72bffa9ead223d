/**
 * `npm run bench`: throughput and latency of the public catalogue on national-scale data (DESIGN §6).
 *
 * On a throw-away embedded PostgreSQL it seeds the demo district, adds the national-scale generator's
 * data (20,000 products, 8,000 producers, 100,000 batches), builds the app, starts `next start`, and
 * runs autocannon with 32 connections against:
 * - the cached catalogue JSON (`/api/v1/products?pageSize=20`, from the data cache): the yardstick of
 *   search (issue 17: a never-seen search at ≥ 80 % of its throughput, p95 ≤ 1.5× its p95);
 * - search, three ways: `/api/v1/products?q=…` as a new search on every request (the bench's terms,
 *   each made unique by a `minPrice` of a few VND that every product exceeds, so no cache applies: the
 *   search index answers, docs/search.md); the same terms with a varied page and page size; and one
 *   repeated query;
 * - search as you type: `/api/v1/suggest?q=…` with the bench terms' prefixes (2 characters to whole);
 *   the cached JSON, the new search and the suggestions are measured in BENCH_ROUNDS alternating rounds
 *   (default 3), and their ratios are the median round's;
 * - `/products`, a product page and the home page (full-route cache), against a file under
 *   `/_next/static` of the same server (issue 13: cached pages at ≥ 50 % of its throughput);
 * - a bare Node `http` server sending the product page's bytes (the machine's ceiling).
 * Prints one table. Not a test: numbers depend on the machine; compare the ratios.
 */
import autocannon from "autocannon";
import { readFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import pg from "pg";
import { generateNational } from "../prisma/seed/generate-national";
import { findFreePort } from "../scripts/db/embedded-postgres";
import { buildIfNeeded, spawnNext } from "../scripts/lib/build";
import { startDemoDatabase, throwawaySiteEnv, waitFor } from "../scripts/lib/throwaway-site";
import { SEARCH_TERMS } from "./terms";

const CONNECTIONS = 32;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
/**
 * The search targets are measured against the cached JSON in alternating rounds (JSON, search,
 * suggestions, JSON, …): on a shared machine the throughput of one 10-second window moves by a third
 * from one run to the next, and a ratio of two windows taken minutes apart moves with it.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

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

/** Resident memory of a process and its descendants, in MB (Linux /proc). */
function memoryOf(pid: number): number {
  let kb = 0;
  const visit = (id: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, "utf8"))?.[1] ?? 0);
      for (const child of readFileSync(`/proc/${id}/task/${id}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) visit(Number(child));
    } catch {
      // gone, or not Linux
    }
  };
  visit(pid);
  return Math.round(kb / 1024);
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
  const env = { ...throwawaySiteEnv("bench", database.url, base, database.uploadDir), NODE_ENV: "production" as const };
  buildIfNeeded(env, { force: true });
  // The way every script starts the server (scripts/lib/build.ts): with the front door that serves stored pages.
  next = spawnNext(["start", "-p", port], env, { stdio: ["ignore", "ignore", "inherit"] });
  await waitFor(`${base}/api/health`);
  // Measure the search index, not PostgreSQL's search while it warms.
  for (let tries = 0; ; tries++) {
    // A busy server may drop an idle keep-alive socket while the index builds: ask again.
    const health = (await fetch(`${base}/api/health`, { headers: { connection: "close" } })
      .then((response) => response.json())
      .catch(() => ({}))) as { search?: { usable?: boolean } };
    if (health.search?.usable || tries > 240) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  const productPath = "/products/che-shan-tuyet-co-thu-cao-bo";
  // Warm the caches once, as a visitor before the measured ones would.
  for (const warm of ["/", "/products", "/products?q=che&stars=4", productPath, "/api/v1/products?q=che%20shan%20tuyet"]) await fetch(base + warm);
  const bytes = Buffer.from(await (await fetch(base + productPath)).arrayBuffer());
  // A file under /_next/static that the home page loads: the same server's fastest answer (issue 13's yardstick).
  const staticFile = /\/_next\/static\/[^"']+\.js/.exec(await (await fetch(`${base}/`)).text())?.[0];
  if (!staticFile) throw new Error("The home page loads no /_next/static script to measure against.");
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

  let typed = 0;
  const suggestPrefix = () => {
    typed++;
    const term = SEARCH_TERMS[typed % SEARCH_TERMS.length];
    const length = 2 + (Math.floor(typed / SEARCH_TERMS.length) % (term.length - 1));
    return `/api/v1/suggest?q=${encodeURIComponent(term.slice(0, length))}`;
  };

  const rounds: [Row, Row, Row][] = [];
  for (let round = 0; round < ROUNDS; round++) {
    rounds.push([
      await measure("catalogue JSON /api/v1/products?pageSize=20 (data cache)", `${base}/api/v1/products?pageSize=20`),
      await measure("search API, a new search every request (no cache)", base, uniqueSearch),
      await measure("suggestions /api/v1/suggest, prefixes of the terms", base, suggestPrefix),
    ]);
  }
  const rows: Row[] = [...rounds[0]];
  rows.push(await measure("search API, 20 searches, varied page/pageSize", base, pagedSearch));
  rows.push(await measure("search API, one repeated query (data cache)", `${base}/api/v1/products?q=che%20shan%20tuyet`));
  rows.push(await measure("/products (full-route cache)", `${base}/products`));
  rows.push(await measure("/products?q=che&stars=4 (filtered view, full-route cache)", `${base}/products?q=che&stars=4`));
  rows.push(await measure(`product page ${productPath} (full-route cache)`, base + productPath));
  rows.push(await measure("home / (full-route cache)", `${base}/`));
  rows.push(await measure(`static file ${staticFile}`, base + staticFile));
  rows.push(await measure("bare node:http, product page bytes", bareUrl));
  console.log(`\n${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${CONNECTIONS} connections, ${DURATION} s each, load average ${os.loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  console.table(rows);
  const [, newSearch, suggest] = rows;
  const staticRps = rows[9]["req/s"];
  console.log(
    `Ratios to the /_next/static file (issue 13: cached pages ≥ 0.50): /products ${(rows[5]["req/s"] / staticRps).toFixed(2)}, ` +
      `filtered view ${(rows[6]["req/s"] / staticRps).toFixed(2)}, product page ${(rows[7]["req/s"] / staticRps).toFixed(2)}, ` +
      `home ${(rows[8]["req/s"] / staticRps).toFixed(2)}; bare http / static file ${(rows[10]["req/s"] / staticRps).toFixed(1)}×.`,
  );
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`\nSearch against the cached catalogue JSON, ${ROUNDS} alternating rounds (the table shows the first):`);
  console.table(rounds.map(([json, search, typing], round) => ({ round: round + 1, "JSON req/s": json["req/s"], "JSON p95": json["p95 ms"], "search req/s": search["req/s"], "search p95": search["p95 ms"], "suggest req/s": typing["req/s"], "suggest p95": typing["p95 ms"] })));
  for (const [index, row] of [newSearch, suggest].entries()) {
    const share = median(rounds.map((round) => round[index + 1]["req/s"] / round[0]["req/s"]));
    const p95 = median(rounds.map((round) => round[index + 1]["p95 ms"] / round[0]["p95 ms"]));
    console.log(
      `${row.target}: ${(100 * share).toFixed(0)} % of the cached catalogue JSON's throughput (median of ${ROUNDS} rounds; target ≥ 80 %), ` +
        `p95 ${p95.toFixed(2)}× its p95 (target ≤ 1.5×).`,
    );
  }
  const health = (await (await fetch(`${base}/api/health`)).json().catch(() => null)) as { search?: unknown } | null;
  console.log(`Memory of the instance (next-server and its children, RSS): ${memoryOf(next.pid!)} MB; search index: ${JSON.stringify(health?.search ?? null)}`);
} finally {
  bare?.close();
  next?.kill("SIGTERM");
  await database.stop();
}
