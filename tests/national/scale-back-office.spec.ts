import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { PAGE_SIZES } from "@/lib/list-query";
import { foldText } from "@/lib/text-fold";
import { NATIONAL_STATE_FILE } from "../../playwright.national.config";
import { NATIONAL_OFFICER, signIn } from "../e2e/support/auth";

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
