import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { OFFICER, signIn } from "./support/auth";

/** The number shown as "now" for a target on /programme. */
async function nowOf(page: import("@playwright/test").Page, metric: string): Promise<string> {
  return (await page.getByTestId(`now-${metric}`).innerText()).trim();
}

test("the programme page shows the district's targets against live figures, in both languages", async ({ page }) => {
  await page.goto("/programme");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chương trình OCOP huyện Vị Xuyên 2021–2025");
  const target = page.locator('[data-metric="products_3star_plus"]');
  await expect(target.getByRole("heading")).toHaveText("Sản phẩm OCOP đạt 3 sao trở lên");
  await expect(target.locator("dd").nth(0)).toHaveText("19");
  await expect(target.locator("dd").nth(2)).toHaveText("50");
  expect(await nowOf(page, "products_3star_plus")).toBe("19");

  // The chart is a data table: 17 at 3★, 2 at 4★ in the demo district, each number a link to its list.
  const byStars = page.getByRole("table", { name: /theo hạng sao/ });
  await expect(byStars.getByRole("row", { name: /^3 sao/ }).getByRole("cell").first()).toHaveText("17");
  await expect(byStars.getByRole("row", { name: /^4 sao/ }).getByRole("cell").first()).toHaveText("2");
  await byStars.getByRole("row", { name: /^4 sao/ }).getByRole("link", { name: "2" }).click();
  await expect(page).toHaveURL(/\/programme\/list\?metric=products_3star_plus&stars=4/);
  await expect(page.getByTestId("list-total")).toHaveText("Tổng: 2");
  await expect(page.getByRole("rowheader", { name: "Chè Shan tuyết cổ thụ Cao Bồ" })).toBeVisible();

  await page.goto("/en/programme");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vi Xuyen District OCOP Programme 2021–2025");
  await expect(page.getByRole("heading", { name: "Progress toward the targets" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Products with a valid OCOP certificate of 3★ or more, by commune" })).toBeVisible();

  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("the figures download as CSV and JSON", async ({ request }) => {
  const json = await request.get("/api/v1/programme");
  expect(json.status()).toBe(200);
  const body = await json.json();
  expect(body.targets.find((t: { metric: string }) => t.metric === "products_3star_plus")).toMatchObject({ baseline: 19, goal: 50 });
  expect(body.certified.total).toBeGreaterThanOrEqual(19);

  const csv = await request.get("/programme/figures.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).toContain("section,key,label_vi,label_en,baseline,value,goal,goal_max,unit");
  expect(text).toMatch(/target,products_3star_plus,Sản phẩm OCOP đạt 3 sao trở lên,OCOP products rated 3★ or more,19,\d+,50,,sản phẩm/);
});

test("an officer ticks a producer's five commitments and the public percentage follows", async ({ page }) => {
  await signIn(page, OFFICER);
  await page.goto("/programme");
  const completeBefore = await nowOf(page, "producers_all_commitments");

  await page.goto("/admin/programme/commitments");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cam kết 5 nội dung của chủ thể");
  // A producer with only some commitments in the demo data.
  await page.getByRole("link", { name: "Cập nhật: Hợp tác xã Chè Thanh Thủy" }).click();
  for (const kind of ["Hệ thống quản lý chất lượng", "Truy xuất nguồn gốc"]) {
    const group = page.getByRole("group", { name: kind });
    await group.getByLabel("Đã cam kết").check();
    await group.getByLabel("Ngày cam kết").fill("2026-11-20");
  }
  await page.getByRole("button", { name: "Lưu danh sách cam kết" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Thông tin chưa hợp lệ" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Truy xuất nguồn gốc" }).getByLabel("Minh chứng")).toHaveAttribute("aria-invalid", "true");

  for (const kind of ["Hệ thống quản lý chất lượng", "Truy xuất nguồn gốc"]) {
    await page.getByRole("group", { name: kind }).getByLabel("Minh chứng").fill("Bản cam kết số 12/2026");
  }
  await page.getByRole("button", { name: "Lưu danh sách cam kết" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu danh sách cam kết.");
  // The checklist writes the day typed as 2026-11-20 the Vietnamese way.
  await page.goto("/admin/programme/commitments");
  await expect(page.getByRole("row").filter({ hasText: "Hợp tác xã Chè Thanh Thủy" })).toContainText("20/11/2026");

  await page.goto("/programme");
  const completeAfter = await nowOf(page, "producers_all_commitments");
  expect(Number.parseInt(completeAfter, 10)).toBeGreaterThan(Number.parseInt(completeBefore, 10));
});

test("an officer's change to a target shows on the public page at once", async ({ page }) => {
  await signIn(page, OFFICER);
  await page.goto("/programme");
  const card = page.locator('[data-metric="upgrades_4_to_5"]');
  await expect(card.locator("dd").nth(2)).toHaveText("1");

  await page.goto("/admin/programme");
  const form = page.getByRole("group", { name: "Sản phẩm nâng hạng 4 sao lên 5 sao" });
  await form.getByLabel("Mục tiêu", { exact: true }).fill("");
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(form.getByLabel("Mục tiêu", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("Mục tiêu", { exact: true }).fill("1");
  await form.getByLabel("Mục tiêu tối đa (nếu là khoảng)").fill("2");
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(form.getByRole("status")).toHaveText("Đã lưu.");

  await page.goto("/programme");
  await expect(card.locator("dd").nth(2)).toHaveText("1–2");
});
