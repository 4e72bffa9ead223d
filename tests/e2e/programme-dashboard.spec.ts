import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { COMMUNE_OFFICER, OFFICER, PRODUCER, signIn } from "./support/auth";

const COMMUNE_PLAN = "/programme/ocop-xa-thanh-thuy-2026-2030";

/** The figure a target card shows for the programme's as-of day. */
const valueOf = (page: Page, metric: string) => page.getByTestId(`value-${metric}`);

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the district's ended programme shows its figures frozen on 31/12/2025, by subgroup against the resolution", async ({ page }) => {
  test.slow();
  await page.goto("/programme");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chương trình OCOP huyện Vị Xuyên 2021–2025");
  await expect(page.getByTestId("as-of")).toContainText("chốt tại ngày 31/12/2025");
  const target = page.locator('[data-metric="products_3star_plus"]');
  await expect(target.getByRole("heading")).toHaveText("Sản phẩm OCOP đạt 3 sao trở lên");
  await expect(target.locator("dd").nth(0)).toHaveText("19");
  await expect(target.locator("dt").nth(1)).toHaveText("Kết quả (31/12/2025)");
  await expect(valueOf(page, "products_3star_plus")).toHaveText("19");
  await expect(target.locator("dd").nth(2)).toHaveText("50");
  await expect(page.getByTestId("today-products_3star_plus")).toContainText(": 19");
  // Shares: 10 of the 12 communes had a team on 31/12/2025, 11 today.
  await expect(valueOf(page, "communes_with_team")).toHaveText("83%");
  await expect(page.getByTestId("today-communes_with_team")).toContainText(": 91%");

  // The resolution's own breakdown ("13 tea …") beside the count.
  const bySubgroup = page.getByRole("table", { name: /theo phân nhóm/ });
  const tea = bySubgroup.getByRole("row", { name: /^Chè và sản phẩm từ chè/ });
  await expect(tea.getByRole("cell").nth(0)).toHaveText("13");
  await expect(tea.getByRole("cell").nth(1)).toHaveText("13");

  // The chart is a data table: 17 at 3★, 2 at 4★ in the demo district, each number a link to its list.
  const byStars = page.getByRole("table", { name: /theo hạng sao/ });
  await expect(byStars.getByRole("row", { name: /^3 sao/ }).getByRole("cell").first()).toHaveText("17");
  await byStars.getByRole("row", { name: /^4 sao/ }).getByRole("link", { name: "2" }).click();
  await expect(page).toHaveURL(/\/programme\/list\?metric=products_3star_plus&stars=4/);
  await expect(page.getByTestId("list-total")).toHaveText("Tổng: 2");
  await expect(page.getByText("Số liệu chốt tại ngày 31/12/2025")).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Chè Shan tuyết cổ thụ Cao Bồ" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the programme page in English", async ({ page }) => {
  test.slow();
  await page.goto("/en/programme");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vi Xuyen District OCOP Programme 2021–2025");
  await expect(page.getByRole("heading", { name: "Progress toward the targets" })).toBeVisible();
  await expect(page.getByTestId("as-of")).toContainText("frozen as of 31 Dec 2025");
  await expect(page.getByRole("table", { name: "Products with a valid OCOP certificate of 3★ or more, by commune" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a commune's plan beside the district shows its own figures, counted as of today", async ({ page }) => {
  await page.goto("/programme");
  const link = page.getByRole("navigation", { name: "Các chương trình khác" }).getByRole("link", { name: /Đề án OCOP xã Thanh Thủy/ });
  await expect(link).toHaveAttribute("href", COMMUNE_PLAN);
  await page.goto(COMMUNE_PLAN);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đề án OCOP xã Thanh Thủy 2026–2030");
  await expect(page.getByText("Địa bàn: Thanh Thủy")).toBeVisible();
  await expect(page.getByTestId("as-of")).toContainText("Số liệu tính đến ngày");
  // Trà Pèng's three teas and HTX Chè Thanh Thủy's two.
  await expect(valueOf(page, "products_3star_plus")).toHaveText("5");
  await expect(page.getByTestId("today-products_3star_plus")).toHaveCount(0);
  await expect(valueOf(page, "products_3star_plus").getByRole("link")).toHaveAttribute("href", "/programme/list?metric=products_3star_plus&programme=ocop-xa-thanh-thuy-2026-2030");
  await page.goto("/programme/list?metric=products_3star_plus&programme=ocop-xa-thanh-thuy-2026-2030");
  await expect(page.getByTestId("list-total")).toHaveText("Tổng: 5");
  await expectNoAxeViolations(page);
});

test("the figures download as CSV and JSON, per programme", async ({ request }) => {
  const json = await request.get("/api/v1/programme");
  expect(json.status()).toBe(200);
  const body = await json.json();
  expect(body).toMatchObject({ asOf: "2025-12-31", frozen: true, programme: { slug: "ocop-vi-xuyen-2021-2025" } });
  expect(body.targets.find((t: { metric: string }) => t.metric === "products_3star_plus")).toMatchObject({ baseline: 19, goal: 50, value: 19 });
  const commune = await (await request.get("/api/v1/programme?programme=ocop-xa-thanh-thuy-2026-2030")).json();
  expect(commune).toMatchObject({ frozen: false, certified: { total: 5 } });
  expect((await request.get("/api/v1/programme?programme=no-such-programme")).status()).toBe(404);
  expect((await request.get("/api/v1/programme?programme=%3Cscript%3E")).status()).toBe(400);
  const list = await (await request.get("/api/v1/programmes")).json();
  expect(list.data.map((p: { slug: string }) => p.slug)).toEqual(["ocop-vi-xuyen-2021-2025", "ocop-xa-thanh-thuy-2026-2030"]);

  const csv = await request.get("/programme/figures.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).toContain("section,key,label_vi,label_en,baseline,value,today,goal,goal_max,unit,as_of");
  expect(text).toMatch(/target,products_3star_plus,Sản phẩm OCOP đạt 3 sao trở lên,OCOP products rated 3★ or more,19,19,\d+,50,,sản phẩm,2025-12-31/);
  expect(await (await request.get("/programme/figures.csv?programme=ocop-xa-thanh-thuy-2026-2030")).text()).toContain("figure,certified_total,,,,5,");
});

test("an officer finds a producer among the district's, records its last two commitments, and the commune plan's share follows", async ({ page }) => {
  test.slow();
  await signIn(page, OFFICER);
  await page.goto(COMMUNE_PLAN);
  await expect(valueOf(page, "producers_all_commitments")).toHaveText("50%");

  await page.goto("/admin/programme/commitments");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cam kết 5 nội dung của chủ thể");
  await page.getByLabel("Tìm theo tên").fill("che thanh thuy");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByTestId("list-total")).toHaveText("Tổng: 1");
  await page.getByRole("link", { name: "Cập nhật: Hợp tác xã Chè Thanh Thủy" }).click();
  for (const kind of ["Hệ thống quản lý chất lượng", "Truy xuất nguồn gốc"]) {
    const group = page.getByRole("group", { name: kind });
    await group.getByLabel("Đã cam kết").check();
    await group.getByLabel("Ngày cam kết").fill("2026-11-20");
  }
  await page.getByRole("button", { name: "Lưu danh sách cam kết" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Thông tin chưa hợp lệ" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Truy xuất nguồn gốc" }).getByLabel("Minh chứng")).toHaveAttribute("aria-invalid", "true");
  // Nothing typed is lost.
  await expect(page.getByRole("group", { name: "Truy xuất nguồn gốc" }).getByLabel("Ngày cam kết")).toHaveValue("2026-11-20");

  for (const kind of ["Hệ thống quản lý chất lượng", "Truy xuất nguồn gốc"]) {
    await page.getByRole("group", { name: kind }).getByLabel("Minh chứng").fill("Bản cam kết số 12/2026");
  }
  await page.getByRole("button", { name: "Lưu danh sách cam kết" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu danh sách cam kết.");
  // The checklist writes the day typed as 2026-11-20 the Vietnamese way.
  await page.goto("/admin/programme/commitments");
  await expect(page.getByRole("row").filter({ hasText: "Hợp tác xã Chè Thanh Thủy" })).toContainText("20/11/2026");

  await page.goto(COMMUNE_PLAN);
  await expect(valueOf(page, "producers_all_commitments")).toHaveText("100%");
  // Made in November 2026: the district's figure frozen on 31/12/2025 does not move.
  await page.goto("/programme");
  await expect(page.getByTestId("today-producers_all_commitments")).not.toContainText(": 23%");
  await expect(valueOf(page, "producers_all_commitments")).toHaveText("23%");
});

test("the commitments list pages, filters and exports what it shows", async ({ page }) => {
  await signIn(page, OFFICER);
  await page.goto("/admin/programme/commitments?status=complete");
  await expect(page.getByLabel("Tình trạng")).toHaveValue("complete");
  const rows = page.locator("tbody tr");
  const shown = await rows.count();
  expect(shown).toBeGreaterThan(0);
  const csv = await page.request.get(await page.getByRole("link", { name: "Tải CSV (theo bộ lọc)" }).getAttribute("href").then((href) => href!));
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toBe("Chủ thể,Xã,Trạng thái trên trang,An toàn thực phẩm,Bao bì,Nhãn mác,Hệ thống quản lý chất lượng,Truy xuất nguồn gốc,Đủ 5 cam kết");
  expect(lines).toHaveLength(shown + 1);
  expect(lines.slice(1).every((line) => line.endsWith(",Có"))).toBe(true);
  // Dates in the Vietnamese form.
  expect(lines[1]).toMatch(/\d{2}\/\d{2}\/\d{4}/);
});

test("the commitments list sorts by commitments recorded from its column header", async ({ page }) => {
  await signIn(page, OFFICER);
  await page.goto("/admin/programme/commitments");
  const header = (name: string) => page.getByRole("columnheader", { name, exact: true });
  // The bulk checkbox, the producer (the row's header), commune, the five commitments, "Đủ 5", then the
  // link: "Đủ 5" is the row's eighth data cell.
  const counts = async () =>
    Promise.all((await page.locator("tbody tr").all()).map(async (row) => {
      const text = (await row.getByRole("cell").nth(7).innerText()).trim();
      return text === "✓" ? 5 : Number(text.split("/")[0]);
    }));
  const producers = async () => page.locator("tbody tr th").allInnerTexts();
  await expect(header("Chủ thể")).toHaveAttribute("aria-sort", "ascending");
  const byName = await producers();
  const before = await counts();
  expect(new Set(before).size).toBeGreaterThan(1);

  await header("Đủ 5").getByRole("link").click();
  await expect(page).toHaveURL(/[?&]sort=commitments&dir=asc/);
  await expect(header("Đủ 5")).toHaveAttribute("aria-sort", "ascending");
  await expect(header("Chủ thể")).not.toHaveAttribute("aria-sort", /.*/);
  const ascending = await counts();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  expect(await producers()).not.toEqual(byName);

  await header("Đủ 5").getByRole("link").click();
  await expect(page).toHaveURL(/[?&]sort=commitments&dir=desc/);
  await expect(header("Đủ 5")).toHaveAttribute("aria-sort", "descending");
  const descending = await counts();
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  await expect(page.locator("tbody tr").first().getByRole("cell").nth(7)).toHaveText(descending[0] === 5 ? "✓" : `${descending[0]}/5`);
});

test("an officer's change to a target shows on the public page at once", async ({ page }) => {
  await signIn(page, OFFICER);
  await page.goto("/programme");
  const card = page.locator('[data-metric="upgrades_4_to_5"]');
  await expect(card.locator("dd").nth(2)).toHaveText("1");

  await page.goto("/admin/programme");
  const form = page.getByRole("group", { name: "Sản phẩm nâng hạng 4 sao lên 5 sao" });
  await form.getByRole("spinbutton", { name: "Mục tiêu", exact: true }).fill("");
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(form.getByRole("spinbutton", { name: "Mục tiêu", exact: true })).toHaveAttribute("aria-invalid", "true");
  await form.getByRole("spinbutton", { name: "Mục tiêu", exact: true }).fill("1");
  await form.getByLabel("Mục tiêu tối đa (nếu là khoảng)").fill("2");
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(form.getByRole("status")).toHaveText("Đã lưu.");

  await page.goto("/programme");
  await expect(card.locator("dd").nth(2)).toHaveText("1–2");
});

test("officers record stall support, a commune team, a trained officer and a new cooperative, and the figures follow", async ({ page }) => {
  test.slow();
  await signIn(page, OFFICER);
  await page.goto(COMMUNE_PLAN);
  await expect(valueOf(page, "stalls_supported")).toHaveText("1");
  await expect(valueOf(page, "new_economic_organisations")).toHaveText("1");

  // Stall support: pick the producer by name (accents optional), a future day is refused, nothing lost.
  await page.goto("/admin/programme/stalls");
  await page.getByRole("searchbox", { name: "Chủ thể" }).fill("tra peng");
  await page.getByRole("region", { name: "Chọn chủ thể" }).getByRole("button", { name: "Tìm" }).click();
  await page.getByRole("link", { name: "Chọn: Hợp tác xã Trà Pèng" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ghi nhận hỗ trợ cho Hợp tác xã Trà Pèng");
  await page.getByLabel("Ngày hỗ trợ").fill("2099-01-01");
  await page.getByLabel("Gian hàng (địa điểm)").fill("Gian trưng bày tại nhà văn hóa thôn Xà Phìn");
  await page.getByLabel("Kinh phí hỗ trợ (đồng)").fill("18.000.000");
  await page.getByRole("button", { name: "Lưu hỗ trợ" }).click();
  await expect(page.getByLabel("Ngày hỗ trợ")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Gian hàng (địa điểm)")).toHaveValue("Gian trưng bày tại nhà văn hóa thôn Xà Phìn");
  await page.getByLabel("Ngày hỗ trợ").fill("2026-11-02");
  await page.getByRole("button", { name: "Lưu hỗ trợ" }).click();
  // The list's pager also speaks as a status ("Hiển thị 1–2 trong 2"): the notice is the one that says it saved.
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu" })).toHaveText("Đã lưu.");
  await expect(page.getByRole("row", { name: /Hợp tác xã Trà Pèng.*02\/11\/2026/ })).toContainText("18.000.000");

  // A commune team for Lao Chải, the one commune without.
  await page.goto("/admin/programme/teams");
  await page.getByRole("link", { name: "Ghi nhận: Lao Chải" }).click();
  await page.getByLabel("Ngày thành lập").fill("2026-11-15");
  await page.getByLabel("Quyết định thành lập").fill("95/QĐ-UBND");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("row", { name: /^Lao Chải/ })).toContainText("Từ 15/11/2026");

  // A commune officer, trained.
  await page.goto("/admin/programme/staff");
  await page.getByRole("link", { name: "Thêm cán bộ" }).click();
  await page.getByLabel("Họ và tên").fill("Hoàng Thị Thử");
  await page.getByLabel("Nơi công tác").selectOption({ label: "Lao Chải, Vị Xuyên, Hà Giang, Tuyên Quang" });
  await page.getByLabel("Công tác từ ngày").fill("2026-08-01");
  await page.getByLabel("Ngày hoàn thành tập huấn").fill("2026-10-10");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByLabel("Khóa tập huấn")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Khóa tập huấn").fill("Tập huấn OCOP cấp xã 2026");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("row", { name: /^Hoàng Thị Thử/ })).toContainText("10/10/2026");

  // A cooperative founded in Thanh Thủy this year.
  await page.goto("/admin/programme/organisations");
  await page.getByRole("link", { name: "Ghi nhận tổ chức" }).click();
  await page.getByLabel("Tên tổ chức").fill("Hợp tác xã Chè cổ thụ Xà Phìn");
  await page.getByLabel("Ngày cấp đăng ký hoặc ngày tổ chức lại").fill("2026-09-09");
  await page.getByLabel("Xã").selectOption({ label: "Thanh Thủy, Vị Xuyên, Hà Giang, Tuyên Quang" });
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("row", { name: /^Hợp tác xã Chè cổ thụ Xà Phìn/ })).toBeVisible();

  await page.goto(COMMUNE_PLAN);
  await expect(valueOf(page, "stalls_supported")).toHaveText("2");
  await expect(valueOf(page, "new_economic_organisations")).toHaveText("2");
  await page.goto("/programme");
  // All twelve communes have a team today; 31/12/2025 stays at ten.
  await expect(page.getByTestId("today-communes_with_team")).toContainText(": 100%");
  await expect(valueOf(page, "communes_with_team")).toHaveText("83%");
  await expect(page.getByTestId("today-staff_trained")).toContainText(": 93%");
  await expectNoAxeViolations(page);
});

test("a commune officer works on their commune's programme only; producers have no programme screens", async ({ page, browser }) => {
  await signIn(page, COMMUNE_OFFICER);
  // The district's programme is out of reach: the screen shows the commune's own.
  await page.goto("/admin/programme?programme=ocop-vi-xuyen-2021-2025");
  await expect(page.getByTestId("programme-scope")).toContainText("Đề án OCOP xã Thanh Thủy 2026–2030");
  await page.goto("/admin/programme/commitments");
  await expect(page.getByTestId("list-total")).toHaveText("Tổng: 2");
  // Another commune's producer, by its address (as the district's officer sees it): not found.
  const district = await (await browser.newContext()).newPage();
  await signIn(district, OFFICER);
  await district.goto("/admin/programme/commitments?q=cao%20bo");
  const href = await district.getByRole("link", { name: "Cập nhật: Hợp tác xã Chè Shan tuyết Cao Bồ" }).getAttribute("href");
  expect((await district.request.get(href!)).status()).toBe(200);
  expect((await page.request.get(href!)).status()).toBe(404);

  const producer = await (await browser.newContext()).newPage();
  await signIn(producer, PRODUCER);
  for (const path of ["/admin/programme", "/admin/programme/stalls", "/admin/programme/commitments/export"]) {
    expect((await producer.request.get(path)).status(), path).toBe(404);
  }
});
