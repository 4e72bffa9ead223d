/**
 * `npm run lighthouse`: Lighthouse (mobile preset, default throttling) with Debian's Chromium on `/`,
 * `/products`, a product page and a trace page of a fresh demo database and a production build, and
 * first on the baseline: a bare Next.js page (a heading and forty paragraphs in a root layout, nothing
 * else) built with the same Next.js, which is the framework's floor on this machine. Prints the median
 * of five runs per page for each category, total blocking time, the first-load JavaScript (the
 * transferred, gzip, bytes of every script the page loads, from Lighthouse's own network record), the
 * transferred bytes of the HTML document and Lighthouse's CPU benchmark index; then each page's
 * performance and blocking time against the bare page's of the same run (issue 16: within 3 points and
 * 1.2×). Compare rows of one run only: the machine is shared.
 * Last, below the floor: the product page with every script taken out (as the front door serves the 404
 * document, `withoutScripts`), its other requests passed to the same server — what a public page that
 * ships no client runtime would score (docs/performance.md, "Below the floor").
 * Targets (DESIGN §6): performance ≥ 95, accessibility 100, best practices ≥ 95, SEO 100, JS ≤ 120 kB.
 */
import { spawn, spawnSync } from "node:child_process";
import http from "node:http";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../scripts/db/embedded-postgres";
import { buildIfNeeded, spawnNext } from "../scripts/lib/build";
import { startDemoDatabase, throwawaySiteEnv, waitFor } from "../scripts/lib/throwaway-site";
import { withoutScripts } from "../lib/not-found-document.mjs";

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
// A product and one of its public batches from the demo seed (prisma/seed/demo-data.ts).
const PAGES = ["/", "/products", "/products/che-shan-tuyet-co-thu-cao-bo", "/trace/VX-CB-2025-01"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

interface Report {
  categories: Record<(typeof CATEGORIES)[number], { score: number; auditRefs: { id: string }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number }> & { "network-requests": { details: { items: { resourceType: string; transferSize: number }[] } } };
  environment: { benchmarkIndex: number };
}

/**
 * The baseline app, written into a scratch directory: a root layout and one page. Its node_modules is
 * this repository's (so the same Next.js and React), reached through a symlink, which Turbopack compiles
 * only inside its root: hence the root at "/".
 */
function buildBarePage(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ocop-bare-page-"));
  mkdirSync(path.join(dir, "app"));
  symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bare-page", private: true }));
  writeFileSync(path.join(dir, "next.config.mjs"), 'export default { turbopack: { root: "/" } };\n');
  writeFileSync(
    path.join(dir, "app", "layout.jsx"),
    'export const metadata = { title: "Trang trống" };\nexport default function RootLayout({ children }) {\n  return (<html lang="vi"><body>{children}</body></html>);\n}\n',
  );
  writeFileSync(
    path.join(dir, "app", "page.jsx"),
    "export default function Page() {\n  return (<main><h1>Trang Next.js trống</h1>{Array.from({ length: 40 }, (_, i) => <p key={i}>Đoạn {i + 1}: sản phẩm OCOP của xã, chè, mật ong, chổi chít, thảo quả và gừng, làm theo cách truyền thống.</p>)}</main>);\n}\n",
  );
  const result = spawnSync(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`next build of the bare page failed (exit ${result.status})`);
  return dir;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One Lighthouse run, awaited without blocking this process: the scriptless page is served from here. */
async function runLighthouse(url: string, dir: string, run: number): Promise<Report> {
  const output = path.join(dir, `report-${encodeURIComponent(url)}-${run}.json`);
  const child = spawn(
    path.resolve("node_modules/.bin/lighthouse"),
    [url, "--output=json", `--output-path=${output}`, "--quiet", `--only-categories=${CATEGORIES.join(",")}`, "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, stdio: ["ignore", "ignore", "inherit"] },
  );
  const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (status !== 0) throw new Error(`lighthouse failed on ${url}`);
  return JSON.parse(readFileSync(output, "utf8")) as Report;
}

const database = await startDemoDatabase("lh");
let next: ReturnType<typeof spawnNext> | undefined;
let bare: ReturnType<typeof spawn> | undefined;
let scriptless: http.Server | undefined;
try {
  const port = String(await findFreePort());
  const base = `http://127.0.0.1:${port}`;
  // The seed's pictures are in the database's upload folder: without it every picture would be a 404.
  const env = throwawaySiteEnv("lighthouse", database.url, base, database.uploadDir);
  buildIfNeeded(env, { force: true });
  const bareDir = buildBarePage();
  const barePort = String(await findFreePort());
  bare = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", barePort], { cwd: bareDir, stdio: ["ignore", "ignore", "inherit"] });
  next = spawnNext(["start", "-p", port], env, { stdio: ["ignore", "ignore", "inherit"] });
  await waitFor(`${base}/api/health`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "ocop-lh-"));
  const rows: Record<string, string | number>[] = [];
  // The product page without scripts at "/" of a server of its own; everything else it asks for
  // (stylesheets, fonts, pictures) comes from the app's server, as it would.
  await waitFor(base + PAGES[2]);
  const scriptlessHtml = withoutScripts(await (await fetch(base + PAGES[2])).text());
  scriptless = http.createServer((request, response) => {
    if (request.url === "/") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(scriptlessHtml);
      return;
    }
    fetch(base + request.url)
      .then(async (upstream) => {
        const headers: Record<string, string> = {};
        for (const name of ["content-type", "cache-control"]) if (upstream.headers.get(name)) headers[name] = upstream.headers.get(name)!;
        response.writeHead(upstream.status, headers);
        response.end(Buffer.from(await upstream.arrayBuffer()));
      })
      .catch(() => response.writeHead(502).end());
  });
  await new Promise<void>((resolve) => scriptless!.listen(0, "127.0.0.1", resolve));
  const scriptlessUrl = `http://127.0.0.1:${(scriptless.address() as { port: number }).port}/`;
  const targets = [
    { page: "bare Next.js page", url: `http://127.0.0.1:${barePort}/` },
    ...PAGES.map((page) => ({ page, url: base + page })),
    { page: `${PAGES[2]} without scripts`, url: scriptlessUrl },
  ];
  for (const { page, url } of targets) {
    await waitFor(url); // the first visit renders and caches; Lighthouse measures what visitors get after it
    const reports: Report[] = [];
    for (let run = 0; run < RUNS; run++) reports.push(await runLighthouse(url, dir, run));
    const row: Record<string, string | number> = { page };
    for (const category of CATEGORIES) row[category] = median(reports.map((report) => Math.round(report.categories[category].score * 100)));
    row["TBT ms"] = median(reports.map((report) => Math.round(report.audits["total-blocking-time"].numericValue ?? NaN)));
    row["CPU index"] = median(reports.map((report) => Math.round(report.environment.benchmarkIndex)));
    const transferred = (report: Report, type: string) =>
      Math.round(
        report.audits["network-requests"].details.items
          .filter((item) => item.resourceType === type)
          .reduce((sum, item) => sum + item.transferSize, 0) / 102.4,
      ) / 10;
    row["JS kB (gzip)"] = median(reports.map((report) => transferred(report, "Script")));
    row["HTML kB (gzip)"] = median(reports.map((report) => transferred(report, "Document")));
    rows.push(row);
    const failing = new Set(
      reports.flatMap((report) =>
        CATEGORIES.filter((category) => category !== "performance").flatMap((category) =>
          report.categories[category].auditRefs.map((ref) => ref.id).filter((id) => report.audits[id]?.score === 0),
        ),
      ),
    );
    if (failing.size > 0) console.log(`${page}: failing audits ${[...failing].join(", ")}`);
  }
  console.log(`Median of ${RUNS} Lighthouse runs (mobile preset), ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, load average ${os.loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  console.table(rows);
  const [floor, ...pages] = rows;
  for (const row of pages) {
    const points = Number(row.performance) - Number(floor.performance);
    const blocking = Number(floor["TBT ms"]) > 0 ? (Number(row["TBT ms"]) / Number(floor["TBT ms"])).toFixed(2) : "n/a";
    console.log(`${row.page}: performance ${points >= 0 ? "+" : ""}${points} points against the bare page (issue 16: ≥ -3), blocking time ${blocking}× (≤ 1.2)`);
  }
} finally {
  scriptless?.close();
  next?.kill("SIGTERM");
  bare?.kill("SIGTERM");
  await database.stop();
}
