import { expect, test, type Page } from "@playwright/test";

/*
 * Search as shoppers use it (docs/search.md): suggestions under the header box with the keyboard, and
 * the results page on a phone — results first, the "Lọc" panel collapsed, active filters as chips —
 * with JavaScript and without.
 */

test("suggestions load when the box is first used and are chosen with the keyboard", async ({ page }) => {
  const suggestCalls: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/v1/suggest")) suggestCalls.push(request.url());
  });
  await page.goto("/");
  const box = page.locator("#site-search");
  // Nothing is wired until the box is used: a plain search input of a GET form.
  await expect(box).not.toHaveAttribute("role", "combobox");

  await box.click();
  await expect(box).toHaveAttribute("role", "combobox");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await box.pressSequentially("c");
  await page.waitForTimeout(300);
  expect(suggestCalls).toEqual([]); // one character is not enough
  await box.pressSequentially("hổi ch");

  const combobox = page.getByRole("combobox", { name: "Tìm sản phẩm OCOP" });
  await expect(combobox).toHaveAttribute("aria-expanded", "true");
  const listbox = page.getByRole("listbox", { name: "Gợi ý tìm kiếm" });
  await expect(listbox.getByRole("group", { name: "Sản phẩm" }).getByRole("option").first()).toContainText("Chổi chít Việt Lâm");
  await expect(page.getByRole("status").filter({ hasText: "gợi ý" })).toContainText(/\d+ gợi ý/);

  await combobox.press("ArrowDown");
  const first = listbox.getByRole("option").first();
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(combobox).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
  await combobox.press("ArrowUp"); // wraps to the last suggestion
  await expect(listbox.getByRole("option").last()).toHaveAttribute("aria-selected", "true");
  await combobox.press("Escape");
  await expect(combobox).toHaveAttribute("aria-expanded", "false");
  await expect(listbox).toBeHidden();

  await combobox.press("ArrowDown");
  await expect(combobox).toHaveAttribute("aria-expanded", "true");
  await combobox.press("Enter");
  await expect(page).toHaveURL(/\/products\/choi-chit-viet-lam$/);
});

test("Enter with no suggestion chosen searches, as the plain form does", async ({ page }) => {
  await page.goto("/");
  const box = page.locator("#site-search");
  await box.click();
  await box.pressSequentially("cao bồ");
  const communes = page.getByRole("listbox", { name: "Gợi ý tìm kiếm" }).getByRole("group", { name: "Xã, phường" });
  await expect(communes.getByRole("option").first()).toContainText("Cao Bồ, Tuyên Quang");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/products\?q=cao\+b%E1%BB%93/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kết quả cho “cao bồ”");
});

async function checkPhoneResults(page: Page) {
  await page.goto("/products?q=ch%C3%A8&group=FOOD");
  const cards = page.locator("main article");
  // Results start on the first screen, two to a row.
  const [a, b] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
  expect(a!.y).toBeLessThan(page.viewportSize()!.height - 200);
  expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
  expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);

  // The filters wait behind "Lọc"; the active ones are chips.
  const foodRadio = page.getByRole("radio", { name: /^Thực phẩm/ });
  await expect(foodRadio).toBeHidden();
  const chips = page.getByRole("list", { name: "Bộ lọc đang dùng" });
  await expect(chips.getByRole("link", { name: "Bỏ lọc: Thực phẩm" })).toBeVisible();
  await expect(chips.getByRole("link", { name: "Bỏ lọc: “chè”" })).toBeVisible();

  // The summary reads "Lọc" and the number of active filters.
  await page.getByTestId("filters").locator("summary").filter({ hasText: "Lọc" }).click();
  await expect(foodRadio).toBeVisible();
  await expect(foodRadio).toBeChecked();
  await page.getByLabel("Số sao tối thiểu").selectOption("4");
  await page.getByRole("button", { name: "Áp dụng" }).click();
  await expect(page).toHaveURL(/stars=4/);
  await expect(chips.getByRole("link", { name: "Bỏ lọc: 4 sao trở lên" })).toBeVisible();
  for (const text of await cards.allInnerTexts()) expect(text).toMatch(/OCOP [45] sao/);

  await chips.getByRole("link", { name: "Bỏ lọc: Thực phẩm" }).click();
  await expect(page).not.toHaveURL(/group=/);
  await expect(page).toHaveURL(/stars=4/);
  await expect(chips.getByRole("link", { name: "Bỏ lọc: Thực phẩm" })).toHaveCount(0);
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("results come first; the filters fold under Lọc and show as removable chips", async ({ page }) => {
    await checkPhoneResults(page);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the Lọc panel and the chips work the same", async ({ page }) => {
      await checkPhoneResults(page);
    });
  });
});

test("the health check reports the search index ready, with its size", async ({ request }) => {
  const body = await (await request.get("/api/health")).json();
  expect(body.search).toMatchObject({ state: "ready", usable: true });
  expect(body.search.documents).toBeGreaterThan(10);
});
