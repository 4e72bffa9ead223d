import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { addDays, today } from "@/lib/clock";
import { PAGE_SIZES } from "@/lib/list-query";
import { foldText } from "@/lib/text-fold";
import { NATIONAL_STATE_FILE } from "../../playwright.national.config";
import { NATIONAL_OFFICER, NATIONAL_PRODUCER, signIn } from "../e2e/support/auth";

/**
 * The back office with the national data (8,000 producers, 20,000 products; scripts/national-server.ts)
 * as the officer of the whole country sees it: every admin page stays under 300 kB of HTML, and an
 * officer finds one producer among 8,000 by name and suspends it, through a confirmation. Files run in
 * name order: this one after programme-pages, whose figures it must not move.
 */
const state = JSON.parse(readFileSync(NATIONAL_STATE_FILE, "utf8")) as { databaseUrl: string };
const MAX_HTML_BYTES = 300 * 1024;
/** The largest page a list offers. */
const LARGEST = Math.max(...PAGE_SIZES);
/** The most ids a confirmation page takes (parseIds). */
const CONFIRM_MAX = 100;

/** Every back-office page of the officers, at its heaviest useful size (the largest page of a list). */
const ADMIN_PAGES = [
  "/admin",
  "/admin/producers",
  `/admin/producers?pageSize=${LARGEST}`,
  `/admin/producers?sort=products&dir=desc&pageSize=${LARGEST}`,
  "/admin/producers/new",
  "/admin/products",
  `/admin/products?pageSize=${LARGEST}`,
  `/admin/products?stars=4&pageSize=${LARGEST}`,
  "/admin/accounts",
  `/admin/accounts?pageSize=${LARGEST}`,
  "/admin/accounts/new?q=hop%20tac%20xa",
  `/admin/audit?pageSize=${LARGEST}`,
  "/admin/review",
  "/admin/fairs",
  "/admin/ideas",
  `/en/admin/producers?pageSize=${LARGEST}`,
];

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: state.databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Fetches each page as the signed-in browser would, and its HTML's weight and server time (logged, for the report). */
async function weigh(page: import("@playwright/test").Page, paths: readonly string[]): Promise<Record<string, { bytes: number; ms: number; html: string }>> {
  const weights: Record<string, { bytes: number; ms: number; html: string }> = {};
  for (const path of paths) {
    const started = Date.now();
    const response = await page.request.get(path);
    const body = await response.body();
    expect(response.status(), path).toBe(200);
    weights[path] = { bytes: body.byteLength, ms: Date.now() - started, html: body.toString("utf8") };
  }
  // A confirmation's 100 ids are logged as their number.
  const shown = (path: string) => path.replace(/ids=[^&]+/, (ids) => `ids=<${ids.split(",").length} ids>`);
  console.log(Object.entries(weights).map(([path, w]) => `${(w.bytes / 1024).toFixed(0).padStart(5)} kB ${String(w.ms).padStart(6)} ms  ${shown(path)}`).join("\n"));
  return weights;
}

test.describe("the back office at national scale", () => {
  test("no admin page is over 300 kB of HTML", async ({ page }) => {
    await signIn(page, NATIONAL_OFFICER);
    const weights: Record<string, number> = {};
    for (const path of ADMIN_PAGES) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      weights[path] = (await response.body()).byteLength;
    }
    console.log(Object.entries(weights).map(([path, bytes]) => `${(bytes / 1024).toFixed(0).padStart(5)} kB  ${path}`).join("\n"));
    for (const [path, bytes] of Object.entries(weights)) expect(bytes, path).toBeLessThan(MAX_HTML_BYTES);
  });

  test("the order pages carry a year of national orders under 300 kB, whole and found by code", async ({ page }) => {
    // A generated order of several producers, and the busiest producer's numbers, from the data itself.
    const [order] = await query<{ code: string; parts: number }>(
      `SELECT o.code, count(*)::int AS parts FROM orders o JOIN sub_orders s ON s."orderId" = o.id WHERE o.id LIKE 'g%'
       GROUP BY o.id, o.code ORDER BY count(*) DESC, o."createdAt" DESC LIMIT 1`,
    );
    // Every part the list holds (the demo district's orders too).
    const [totals] = await query<{ orders: number; delivered: number }>(
      `SELECT count(*)::int AS orders, count(*) FILTER (WHERE status = 'DELIVERED')::int AS delivered FROM sub_orders`,
    );
    // A year of orders, most of them delivered.
    expect(totals.orders).toBeGreaterThan(25_000);
    expect(totals.delivered).toBeGreaterThan(totals.orders / 2);
    expect(order.parts).toBeGreaterThan(1);
    const from = addDays(today(), -30);

    await signIn(page, NATIONAL_OFFICER);
    const admin = await weigh(page, [
      "/admin/orders",
      `/admin/orders?pageSize=${LARGEST}`,
      `/admin/orders?status=DELIVERED&payment=PAID&sort=total&dir=desc&pageSize=${LARGEST}`,
      `/admin/orders?from=${from}&to=${today()}&sort=producer&dir=asc&pageSize=${LARGEST}&page=3`,
      `/admin/orders?q=${encodeURIComponent(order.code.toLowerCase())}&pageSize=${LARGEST}`,
      `/admin/orders/${order.code}`,
      `/en/admin/orders?status=SHIPPED&sort=status&pageSize=${LARGEST}`,
    ]);
    for (const [path, w] of Object.entries(admin)) expect(w.bytes, path).toBeLessThan(MAX_HTML_BYTES);
    // The list counts every part of the year, and the code search finds the order's parts.
    expect(admin[`/admin/orders?pageSize=${LARGEST}`].html).toContain(`${totals.orders.toLocaleString("vi-VN")} đơn hàng`);
    expect(admin[`/admin/orders?q=${encodeURIComponent(order.code.toLowerCase())}&pageSize=${LARGEST}`].html).toContain(`${order.parts} đơn hàng`);
    expect(admin[`/admin/orders/${order.code}`].html).toContain(order.code);
  });

  // Before the suspension below, which may pick this very producer.
  test("the busiest producer's order pages stay light and its CSV holds every line of the year", async ({ page }) => {
    const [producer] = await query<{ parts: number; lines: number; placed: number }>(
      `SELECT count(DISTINCT s.id)::int AS parts, count(i.id)::int AS lines, count(DISTINCT s.id) FILTER (WHERE s.status = 'PLACED')::int AS placed
       FROM users u JOIN sub_orders s ON s."producerId" = u."producerId" JOIN order_items i ON i."subOrderId" = s.id WHERE u.email = $1`,
      [NATIONAL_PRODUCER.email],
    );
    // The busiest of 8,000 sells far more than a page: hundreds of parts.
    expect(producer.parts).toBeGreaterThan(500);
    const lastPage = Math.ceil(producer.parts / 25);

    await signIn(page, NATIONAL_PRODUCER);
    // Every route under app/[locale]/studio but two: /studio/fairs/requests/<id> opens only on a request
    // still pending (this producer has none) and shows the form of /studio/fairs/<fair>/request; the
    // label sheet (/studio/batches/<id>/labels) prints nothing on this server's loopback address and is
    // weighed at 240 labels on a public address by e2e trace-batch.
    const studio = await weigh(page, ["/studio", "/studio/orders", `/studio/orders?page=${lastPage}`, "/studio/orders?status=PLACED", "/studio/orders?status=DELIVERED&page=2"]);
    for (const [path, w] of Object.entries(studio)) expect(w.bytes, path).toBeLessThan(MAX_HTML_BYTES);

    const started = Date.now();
    const csv = await page.request.get("/studio/orders/export");
    const text = (await csv.body()).toString("utf8");
    console.log(`${(text.length / 1024).toFixed(0).padStart(5)} kB ${String(Date.now() - started).padStart(6)} ms  /studio/orders/export`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    // A header, then one record per order line (no cell of the generated data holds a line break).
    expect(text.split("\r\n").length - 2).toBe(producer.lines);
  });

  // Before the suspension below, which may pick one of these producers.
  test("the detail, form and confirmation pages stay under 300 kB: the busiest producers, the most certified product, 100 rows ticked", async ({ page }) => {
    const [busiest] = await query<{ id: string; parts: number }>(
      `SELECT "producerId" AS id, count(*)::int AS parts FROM sub_orders GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    );
    const [mostProducts] = await query<{ id: string; products: number }>(
      `SELECT "producerId" AS id, count(*)::int AS products FROM products GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    );
    const [mostCertified] = await query<{ id: string; certificates: number }>(
      `SELECT "productId" AS id, count(*)::int AS certificates FROM ocop_certificates GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    );
    // A confirmation page takes at most 100 ids (parseIds): each list's first 100 rows, ticked at once.
    const ids = async (table: string) => (await query<{ id: string }>(`SELECT id FROM ${table} ORDER BY id LIMIT ${CONFIRM_MAX}`)).map((r) => r.id).join(",");
    const [producers, products, accounts, ideas, certificates, parts] = [
      await ids("producers"),
      await ids("products"),
      await ids("users"),
      await ids("product_ideas"),
      await ids("ocop_certificates"),
      await ids("sub_orders"),
    ];
    // The fair with the most requests, and its first 100.
    const [fair] = await query<{ id: string }>(`SELECT "fairId" AS id FROM booth_requests GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
    const requests = (await query<{ id: string }>(`SELECT id FROM booth_requests WHERE "fairId" = $1 ORDER BY id LIMIT ${CONFIRM_MAX}`, [fair.id])).map((r) => r.id).join(",");
    expect(producers.split(",")).toHaveLength(CONFIRM_MAX);
    expect(products.split(",")).toHaveLength(CONFIRM_MAX);
    for (const list of [certificates, parts, requests]) expect(list.split(",")).toHaveLength(CONFIRM_MAX);
    expect(busiest.parts).toBeGreaterThan(500);
    expect(mostCertified.certificates).toBeGreaterThan(1);

    await signIn(page, NATIONAL_OFFICER);
    const admin = await weigh(page, [
      `/admin/producers/${busiest.id}`,
      `/admin/producers/${mostProducts.id}`,
      `/admin/certificates/${mostCertified.id}`,
      `/admin/producers/confirm?action=suspend&ids=${producers}`,
      `/admin/producers/confirm?action=reactivate&ids=${producers}`,
      `/admin/products/confirm?action=approve&ids=${products}`,
      `/admin/products/confirm?action=reject&ids=${products}`,
      `/admin/accounts/confirm?action=disable&ids=${accounts}`,
      `/admin/ideas/confirm?action=ACCEPTED&ids=${ideas}`,
      `/admin/certificates/confirm?action=revoke&ids=${certificates}`,
      `/admin/orders/confirm?action=transfer&ids=${parts}`,
      `/admin/programme/commitments/confirm?action=commit&ids=${producers}`,
      `/admin/fairs/${fair.id}/requests/confirm?action=approve&ids=${requests}`,
      `/admin/fairs/${fair.id}/requests/confirm?action=reject&ids=${requests}`,
      "/admin/fairs/new",
      `/en/admin/producers/${busiest.id}`,
    ]);
    for (const [path, w] of Object.entries(admin)) expect(w.bytes, path).toBeLessThan(MAX_HTML_BYTES);
    // Every ticked producer is listed for the officer to check before suspending.
    expect(admin[`/admin/producers/confirm?action=suspend&ids=${producers}`].html.match(/<li/g)?.length ?? 0).toBeGreaterThanOrEqual(CONFIRM_MAX);
  });

  test("the busiest producer's studio pages stay under 300 kB", async ({ page }) => {
    const own = `(SELECT "producerId" FROM users WHERE email = $1)`;
    const [product] = await query<{ id: string }>(
      `SELECT p.id FROM products p LEFT JOIN stock_movements m ON m."productId" = p.id WHERE p."producerId" = ${own} GROUP BY p.id ORDER BY count(m.id) DESC, p.id LIMIT 1`,
      [NATIONAL_PRODUCER.email],
    );
    const [batch] = await query<{ id: string }>(
      `SELECT b.id FROM batches b JOIN products p ON p.id = b."productId" LEFT JOIN trace_events e ON e."batchId" = b.id
        WHERE p."producerId" = ${own} GROUP BY b.id ORDER BY count(e.id) DESC, b.id LIMIT 1`,
      [NATIONAL_PRODUCER.email],
    );
    const [part] = await query<{ id: string }>(
      `SELECT s.id FROM sub_orders s JOIN order_items i ON i."subOrderId" = s.id WHERE s."producerId" = ${own} GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 1`,
      [NATIONAL_PRODUCER.email],
    );
    const [fair] = await query<{ id: string }>(
      `SELECT f.id FROM fairs f JOIN booth_requests r ON r."fairId" = f.id GROUP BY f.id ORDER BY count(*) DESC, f.id LIMIT 1`,
    );

    await signIn(page, NATIONAL_PRODUCER);
    const studio = await weigh(page, [
      "/studio/products",
      "/studio/products/new",
      `/studio/products/${product.id}`,
      "/studio/batches",
      "/studio/batches/new",
      `/studio/batches/${batch.id}`,
      "/studio/certificates",
      "/studio/fairs",
      `/studio/fairs/${fair.id}/request`,
      `/studio/orders/${part.id}`,
      `/studio/orders/${part.id}/packing-slip`,
      "/studio/profile",
      "/en/studio/profile",
    ]);
    for (const [path, w] of Object.entries(studio)) expect(w.bytes, path).toBeLessThan(MAX_HTML_BYTES);
  });

  test("an officer finds one producer among 8,000 by name and suspends it with a confirmation", async ({ page }) => {
    // A household business whose name, typed without diacritics, matches it alone.
    const client = new pg.Client({ connectionString: state.databaseUrl });
    await client.connect();
    let target: { id: string; name: string; slug: string } | undefined;
    try {
      const { rows: total } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM producers`);
      expect(total[0].n).toBeGreaterThan(8000);
      const { rows } = await client.query<{ id: string; name: string; slug: string }>(
        `SELECT id, name, slug FROM producers WHERE name LIKE 'Hộ kinh doanh %' AND status = 'ACTIVE' ORDER BY id LIMIT 40`,
      );
      for (const row of rows) {
        const { rows: matches } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM producers WHERE "searchText" LIKE $1`, [`%${foldText(row.name)}%`]);
        if (matches[0].n === 1) {
          target = row;
          break;
        }
      }
    } finally {
      await client.end();
    }
    if (!target) throw new Error("no producer with a name of its own among the first candidates");

    await signIn(page, NATIONAL_OFFICER);
    await page.goto("/admin/producers");
    await expect(page.getByRole("status").filter({ hasText: /Hiển thị 1–50 trong 8\.\d{3}/ })).toBeVisible();
    await page.getByLabel("Tìm chủ thể").fill(foldText(target.name));
    await page.getByRole("button", { name: "Lọc" }).click();
    const rows = page.getByTestId("producer-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(target.name);

    await rows.first().getByRole("link", { name: "Tạm dừng…" }).click();
    await expect(page.getByRole("heading", { name: "Tạm dừng 1 chủ thể?" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: target.name })).toBeVisible();
    // Nothing has changed before the officer confirms.
    expect((await page.request.get(`/producers/${target.slug}`)).status()).toBe(200);

    // A confirmation without a reason is refused and changes nothing.
    await page.getByRole("button", { name: "Xác nhận tạm dừng" }).click();
    // The form's refusal (Next.js's route announcer is an empty role="alert" too, once a link was followed in the page).
    await expect(page.locator("main").getByRole("alert").filter({ hasText: "Thông tin chưa hợp lệ" })).toBeVisible();
    // Typed once the refused form is back in place (the reply remounts the form's fields).
    await expect(page.getByLabel("Lý do tạm dừng")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Lý do tạm dừng").fill("Kiểm tra an toàn thực phẩm theo phản ánh của người mua");
    await page.getByRole("button", { name: "Xác nhận tạm dừng" }).click();

    await expect(page.getByRole("status").filter({ hasText: "Đã tạm dừng 1 chủ thể." })).toBeVisible();
    await expect(page.getByTestId("producer-row").filter({ hasText: target.name })).toContainText("tạm dừng");
    expect((await page.request.get(`/producers/${target.slug}`)).status()).toBe(404);
  });
});
