import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { NATIONAL_STATE_FILE } from "../../playwright.national.config";
import { OFFICER, signIn } from "../e2e/support/auth";

/*
 * The programme's public pages and officers' lists with the national-scale data loaded beside the
 * demo district (scripts/national-server.ts). Bars: /programme ≤ 200 kB of HTML, every other page
 * ≤ 300 kB (docs/programme.md, DESIGN.md §6); figures count only their programme's region.
 */

const state = JSON.parse(readFileSync(NATIONAL_STATE_FILE, "utf8")) as { databaseUrl: string };

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: state.databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The HTML of a page, checked to be a 200 and at most `maxBytes` long. */
async function pageOf(request: APIRequestContext, url: string, maxBytes: number): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const body = await response.body();
  console.log(`${url}: ${(body.length / 1000).toFixed(1)} kB`);
  expect(body.length, `${url} is ${body.length} bytes`).toBeLessThanOrEqual(maxBytes);
  return body.toString("utf8");
}

/** The text of the element with `data-testid` (tags stripped). */
function testId(html: string, id: string): string | null {
  const match = new RegExp(`data-testid="${id}"[^>]*>(.*?)</(dd|p|span)>`, "s").exec(html);
  return match ? match[1].replace(/<[^>]+>/g, "").trim() : null;
}

const PROVINCE_PROGRAMME = "national-check-province";
const NATIONWIDE_PROGRAMME = "national-check-nationwide";
let province: { id: string; name: string };

test.beforeAll(async ({ request }) => {
  serverToday = (await (await request.get("/api/v1/programme")).json()).today;
  // The demo officer works for the district; here they act nationwide (a nationwide programme is a
  // national officer's), signing in after the change.
  await sql(`UPDATE users SET "regionId" = NULL WHERE email = $1`, [OFFICER.email]);
  // A generated province's programme and a nationwide one, beside the demo's two.
  [province] = await sql<{ id: string; name: string }>(`SELECT id, name FROM regions WHERE level = 'PROVINCE' AND code LIKE 'G%' ORDER BY code LIMIT 1`);
  await sql(
    `INSERT INTO programmes (id, slug, "nameVi", "regionId", "startYear", "endYear", "updatedAt")
     VALUES ('nc-p', $1, $2, $3, 2026, 2030, now()), ('nc-n', $4, 'Chương trình OCOP toàn quốc (kiểm tra)', NULL, 2026, 2030, now())
     ON CONFLICT (slug) DO NOTHING`,
    [PROVINCE_PROGRAMME, `Chương trình OCOP tỉnh ${province.name} (kiểm tra)`, province.id, NATIONWIDE_PROGRAMME],
  );
  await sql(
    `INSERT INTO programme_targets (id, "programmeId", metric, "labelVi", "labelEn", baseline, goal) VALUES
       ('nc-p-t', 'nc-p', 'products_3star_plus', 'Sản phẩm 3 sao trở lên', 'Products 3★+', 0, 500),
       ('nc-n-t', 'nc-n', 'products_3star_plus', 'Sản phẩm 3 sao trở lên', 'Products 3★+', 0, 20000)
     ON CONFLICT DO NOTHING`,
  );
});

/** The regions at or below `regionId` in the tree (written here, not taken from the app). */
const SUBTREE = `WITH RECURSIVE sub AS (SELECT id FROM regions WHERE id = $1 UNION SELECT r.id FROM regions r JOIN sub ON r."parentId" = sub.id)`;

/** "Today" as the server counts it (Vietnam's day, from its clock). */
let serverToday: string;

/** Products with a 3★+ certificate in force on the server's today, optionally in one province. */
async function certifiedCount(provinceId: string | null): Promise<number> {
  const [row] = await sql<{ n: number }>(
    `${SUBTREE}
     SELECT count(DISTINCT p.id)::int AS n FROM products p JOIN producers pr ON pr.id = p."producerId" JOIN ocop_certificates c ON c."productId" = p.id
     WHERE c.status = 'VALID' AND c.stars >= 3 AND c."decisionDate" <= $2::date AND c."validUntil" >= $2::date
       AND ($1::text IS NULL OR pr."regionId" IN (SELECT id FROM sub))`,
    [provinceId, serverToday],
  );
  return row.n;
}

test("with 20,000 products loaded, /programme and its API still show the district's 19 against 50, under 200 kB", async ({ request }) => {
  const [{ n: products }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM products`);
  expect(products).toBeGreaterThan(20_000);
  for (const url of ["/programme", "/en/programme"]) {
    const html = await pageOf(request, url, 200_000);
    expect(testId(html, "value-products_3star_plus")).toBe("19");
    expect(html).toContain(">50<");
  }
  const api = await (await request.get("/api/v1/programme")).json();
  expect(api.targets.find((t: { metric: string }) => t.metric === "products_3star_plus")).toMatchObject({ baseline: 19, value: 19, goal: 50 });
  expect(api.certified.total).toBe(19);
  const list = await pageOf(request, "/programme/list?metric=products_3star_plus", 300_000);
  expect(testId(list, "list-total")).toBe("Tổng: 19");
});

test("the demo commune's plan, a generated province's and a nationwide programme each show their own figures", async ({ request }) => {
  const commune = await (await request.get("/api/v1/programme?programme=ocop-xa-thanh-thuy-2026-2030")).json();
  expect(commune.certified.total).toBe(5);

  const expectedProvince = await certifiedCount(province.id);
  expect(expectedProvince).toBeGreaterThan(0);
  const provinceApi = await (await request.get(`/api/v1/programme?programme=${PROVINCE_PROGRAMME}`)).json();
  expect(provinceApi.certified.total).toBe(expectedProvince);
  const provinceHtml = await pageOf(request, `/programme/${PROVINCE_PROGRAMME}`, 200_000);
  expect(testId(provinceHtml, "value-products_3star_plus")).toBe(new Intl.NumberFormat("vi").format(expectedProvince));

  // The whole country: the generated data and the demo district's 19.
  const expectedNation = await certifiedCount(null);
  const nationApi = await (await request.get(`/api/v1/programme?programme=${NATIONWIDE_PROGRAMME}`)).json();
  expect(nationApi.certified.total).toBe(expectedNation);
  expect(nationApi.certified.byCommune.length).toBeGreaterThan(1_000);
  const nationHtml = await pageOf(request, `/programme/${NATIONWIDE_PROGRAMME}`, 200_000);
  expect(testId(nationHtml, "value-products_3star_plus")).toBe(new Intl.NumberFormat("vi").format(expectedNation));
});

test("the lists behind the figures page through thousands of rows, 50 at a time", async ({ request }) => {
  const first = await pageOf(request, `/programme/list?metric=products_3star_plus&programme=${NATIONWIDE_PROGRAMME}`, 300_000);
  const total = Number(testId(first, "list-total")?.replace(/\D/g, ""));
  expect(total).toBe(await certifiedCount(null));
  expect(first.match(/<tr class="border-b border-slate-100"/g)).toHaveLength(50);
  const last = Math.ceil(total / 50);
  const lastPage = await pageOf(request, `/programme/list?metric=products_3star_plus&programme=${NATIONWIDE_PROGRAMME}&page=${last}`, 300_000);
  expect(lastPage.match(/<tr class="border-b border-slate-100"/g)).toHaveLength(total - (last - 1) * 50);
  for (const metric of ["certificates_expiring", "upgrades_3_to_4", "tourism_products", "producers_all_commitments", "communes_with_team"]) {
    await pageOf(request, `/programme/list?metric=${metric}&programme=${NATIONWIDE_PROGRAMME}`, 300_000);
  }
});

test("the officers' programme screens stay under 300 kB: the commitments of 8,000 producers page, search and export", async ({ page }) => {
  await signIn(page, OFFICER);
  const request = page.request;
  const list = await pageOf(request, `/admin/programme/commitments?programme=${NATIONWIDE_PROGRAMME}`, 300_000);
  const total = Number(testId(list, "list-total")?.replace(/\D/g, ""));
  expect(total).toBeGreaterThan(8_000);
  expect(list.match(/aria-label="Cập nhật: /g)).toHaveLength(50);

  // One producer among 8,000, by its name typed without accents.
  const [one] = await sql<{ name: string; searchText: string }>(`SELECT name, "searchText" FROM producers WHERE "legalForm" = 'ENTERPRISE' AND id LIKE 'g%' ORDER BY id LIMIT 1`);
  const [{ n: sameName }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM producers WHERE name = $1`, [one.name]);
  const folded = one.name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  const found = await pageOf(request, `/admin/programme/commitments?programme=${NATIONWIDE_PROGRAMME}&q=${encodeURIComponent(folded)}`, 300_000);
  expect(Number(testId(found, "list-total")?.replace(/\D/g, ""))).toBeGreaterThanOrEqual(sameName);
  expect(found).toContain(`Cập nhật: ${one.name}`);

  const csv = await request.get(`/admin/programme/commitments/export?programme=${PROVINCE_PROGRAMME}`);
  expect(csv.status()).toBe(200);
  const [{ n: provinceProducers }] = await sql<{ n: number }>(`${SUBTREE} SELECT count(*)::int AS n FROM producers WHERE "regionId" IN (SELECT id FROM sub)`, [province.id]);
  expect((await csv.text()).trim().split("\r\n")).toHaveLength(provinceProducers + 1);

  for (const path of ["/admin/programme", "/admin/programme/stalls", "/admin/programme/organisations", "/admin/programme/teams", "/admin/programme/staff"]) {
    await pageOf(request, `${path}?programme=${PROVINCE_PROGRAMME}`, 300_000);
    await pageOf(request, `${path}?programme=${NATIONWIDE_PROGRAMME}`, 300_000);
  }
});
