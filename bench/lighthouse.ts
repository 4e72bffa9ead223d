/**
 * `npm run lighthouse`: Lighthouse (mobile preset, default throttling) with Debian's Chromium on `/`,
 * `/products`, a product page and a trace page of a fresh demo database and a production build. Prints
 * the median of three runs per page for each category, the first-load JavaScript (the transferred,
 * gzip, bytes of every script the page loads, from Lighthouse's own network record) and the
 * transferred bytes of the HTML document itself.
 * Targets (DESIGN §6): performance ≥ 95, accessibility 100, best practices ≥ 95, SEO 100, JS ≤ 120 kB.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../scripts/db/embedded-postgres";
import { buildIfNeeded, spawnNext } from "../scripts/lib/build";
import { startDemoDatabase, throwawaySiteEnv, waitFor } from "../scripts/lib/throwaway-site";

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
// A product and one of its public batches from the demo seed (prisma/seed/demo-data.ts).
const PAGES = ["/", "/products", "/products/che-shan-tuyet-co-thu-cao-bo", "/trace/VX-CB-2025-01"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

interface Report {
  categories: Record<(typeof CATEGORIES)[number], { score: number; auditRefs: { id: string }[] }>;
  audits: Record<string, { score: number | null }> & { "network-requests": { details: { items: { resourceType: string; transferSize: number }[] } } };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function runLighthouse(url: string, dir: string, run: number): Report {
  const output = path.join(dir, `report-${encodeURIComponent(url)}-${run}.json`);
  const result = spawnSync(
    path.resolve("node_modules/.bin/lighthouse"),
    [url, "--output=json", `--output-path=${output}`, "--quiet", `--only-categories=${CATEGORIES.join(",")}`, "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, stdio: ["ignore", "ignore", "inherit"] },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url}`);
  return JSON.parse(readFileSync(output, "utf8")) as Report;
}

const database = await startDemoDatabase("lh");
let next: ReturnType<typeof spawnNext> | undefined;
try {
  const port = String(await findFreePort());
  const base = `http://127.0.0.1:${port}`;
  const env = throwawaySiteEnv("lighthouse", database.url, base);
  buildIfNeeded(env, { force: true });
  next = spawnNext(["start", "-p", port], env, { stdio: ["ignore", "ignore", "inherit"] });
  await waitFor(`${base}/api/health`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "ocop-lh-"));
  const rows = [];
  for (const page of PAGES) {
    await waitFor(base + page); // the first visit renders and caches; Lighthouse measures what visitors get after it
    const reports = Array.from({ length: RUNS }, (_, run) => runLighthouse(base + page, dir, run));
    const row: Record<string, string | number> = { page };
    for (const category of CATEGORIES) row[category] = median(reports.map((report) => Math.round(report.categories[category].score * 100)));
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
  console.log(`Median of ${RUNS} Lighthouse runs (mobile preset), ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}`);
  console.table(rows);
} finally {
  next?.kill("SIGTERM");
  await database.stop();
}
