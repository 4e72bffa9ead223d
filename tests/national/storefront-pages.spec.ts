import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { NATIONAL_STATE_FILE } from "../../playwright.national.config";

/**
 * What a shopper or a tourist opens, with the national data loaded (20,000 products, 8,000 producers,
 * 100,000 batches beside the demo district): every public page stays under 300 kB of HTML, whatever the
 * search, the page or the language, and the sitemap's files hold at most 50,000 URLs each. The largest
 * producer, the product with the most certificates and the batch with the most events are chosen from
 * the data, so the heaviest of each kind is weighed. Read-only.
 */
const state = JSON.parse(readFileSync(NATIONAL_STATE_FILE, "utf8")) as { databaseUrl: string };
const MAX_HTML_BYTES = 300 * 1024;

async function heaviest(): Promise<{ producer: string; product: string; batch: string }> {
  const client = new pg.Client({ connectionString: state.databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string) => (await client.query<{ value: string }>(sql)).rows[0].value;
    return {
      producer: await one(`SELECT pr.slug AS value FROM producers pr JOIN products p ON p."producerId" = pr.id
                            WHERE pr.status = 'ACTIVE' AND p.status = 'PUBLISHED' GROUP BY pr.slug ORDER BY count(*) DESC, pr.slug LIMIT 1`),
      product: await one(`SELECT p.slug AS value FROM products p JOIN producers pr ON pr.id = p."producerId" LEFT JOIN ocop_certificates c ON c."productId" = p.id
                           WHERE p.status = 'PUBLISHED' AND pr.status = 'ACTIVE' GROUP BY p.slug ORDER BY count(c.id) DESC, p.slug LIMIT 1`),
      batch: await one(`SELECT b.code AS value FROM batches b LEFT JOIN trace_events e ON e."batchId" = b.id
                         WHERE b."isPublic" GROUP BY b.code ORDER BY count(e.id) DESC, b.code LIMIT 1`),
    };
  } finally {
    await client.end();
  }
}

test("every public page a shopper opens stays under 300 kB of HTML with the national data, and each sitemap file holds at most 50,000 URLs", async ({ request }) => {
  const { producer, product, batch } = await heaviest();
  const weights: Record<string, number> = {};
  const paths = [
    "/",
    "/en",
    "/products",
    "/products?page=500",
    "/products?q=ch%C3%A8",
    "/products?q=mat%20ong&stars=4&sort=price-asc",
    "/products?q=gao&province=ha-noi",
    "/en/products?q=tea",
    "/producers",
    "/producers?page=200",
    `/producers/${producer}`,
    `/en/producers/${producer}`,
    `/products/${product}`,
    `/en/products/${product}`,
    `/trace/${batch}`,
    "/fairs",
    "/programme",
  ];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    weights[path] = (await response.body()).byteLength;
  }
  console.log(Object.entries(weights).map(([path, bytes]) => `${(bytes / 1024).toFixed(0).padStart(5)} kB  ${path}`).join("\n"));
  for (const [path, bytes] of Object.entries(weights)) expect(bytes, path).toBeLessThan(MAX_HTML_BYTES);

  const index = await (await request.get("/sitemap.xml")).text();
  const files = [...index.matchAll(/<loc>[^<]*(\/sitemaps\/[^<]+)<\/loc>/g)].map((match) => match[1]);
  expect(files.length).toBeGreaterThan(0);
  let urls = 0;
  for (const file of files) {
    const xml = await (await request.get(file)).text();
    const count = xml.split("<url>").length - 1;
    expect(count, file).toBeLessThanOrEqual(50_000);
    urls += count;
  }
  // 20,000 products and 8,000 producers, each in two languages: far more than one file may hold.
  console.log(`sitemap: ${files.length} files, ${urls} URLs`);
  expect(urls).toBeGreaterThan(50_000);
});
