import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_OPERATOR } from "../../lib/operator";

/**
 * The site's information pages on a 390 px phone, in both languages: what OCOP is and what the site
 * is (facts of the programme), who runs it and how to reach them (from settings: the e2e server runs
 * with the demo's illustrative operator), reached from every page's footer.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
}

test("the footer leads to About and Contact; About says what OCOP and the site are", async ({ page }) => {
  await page.goto("/products");
  await page.getByRole("contentinfo").getByRole("link", { name: "Giới thiệu" }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole("heading", { level: 1, name: "Giới thiệu" })).toBeVisible();
  await expect(page).toHaveTitle(/^Giới thiệu · /);
  await expect(page.getByRole("region", { name: "Chương trình OCOP là gì" })).toContainText("919/QĐ-TTg ngày 01/08/2022");
  // Stars as 148/QĐ-TTg sets them: only 3★ and more are certified OCOP products, for 36 months.
  const stars = page.getByRole("region", { name: "Sao OCOP nghĩa là gì" });
  await expect(stars).toContainText("148/QĐ-TTg");
  await expect(stars).toContainText("Chỉ sản phẩm từ 3 sao trở lên");
  await expect(stars).toContainText("36 tháng");
  await expect(page.getByRole("region", { name: "Dữ liệu trên bản trình diễn" })).toContainText("minh họa");
  await axeClean(page);

  await page.getByRole("main").getByRole("link", { name: "Liên hệ" }).click();
  await expect(page).toHaveURL(/\/contact$/);
  await expect(page.getByRole("heading", { level: 1, name: "Liên hệ" })).toBeVisible();
});

test("Contact names the operator from the settings with a mail link, and says where each question goes", async ({ page }) => {
  await page.goto("/contact");
  const operator = page.getByTestId("operator");
  await expect(operator).toContainText(DEMO_OPERATOR.name);
  await expect(operator).toContainText(DEMO_OPERATOR.address);
  await expect(operator.getByRole("link", { name: DEMO_OPERATOR.email })).toHaveAttribute("href", `mailto:${DEMO_OPERATOR.email}`);
  await expect(operator.getByRole("link", { name: "Tra cứu đơn hàng" })).toHaveAttribute("href", "/orders");
  await expect(page.getByRole("region", { name: "Về dữ liệu cá nhân" })).toContainText("kèm mã đơn hàng");
  await axeClean(page);
});

test("both pages in English, also without JavaScript", async ({ page, browser }) => {
  await page.goto("/en/about");
  await expect(page.getByRole("heading", { level: 1, name: "About" })).toBeVisible();
  await expect(page.getByRole("region", { name: "What the stars mean" })).toContainText("Only products of 3 stars or more are OCOP products with a certificate.");
  await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute("href", /\/about$/);
  await axeClean(page);
  await page.getByRole("contentinfo").getByRole("link", { name: "Contact" }).click();
  await expect(page).toHaveURL(/\/en\/contact$/);
  const operator = page.getByTestId("operator");
  await expect(operator.getByRole("heading", { name: "Site operator" })).toBeVisible();
  await expect(operator).toContainText(DEMO_OPERATOR.nameEn);
  // The address is as configured (Vietnamese), marked so for screen readers.
  await expect(operator.locator('dd[lang="vi"]')).toHaveText(DEMO_OPERATOR.address);
  await expect(page.getByRole("region", { name: "Producers who want to sell here" })).toBeVisible();
  await axeClean(page);

  // Server-rendered: the same pages with JavaScript off.
  const plain = await (await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })).newPage();
  await plain.goto("/en/contact");
  await expect(plain.getByTestId("operator").getByRole("link", { name: DEMO_OPERATOR.email })).toBeVisible();
  await plain.goto("/about");
  await expect(plain.getByRole("region", { name: "Sáu nhóm sản phẩm" })).toContainText("thủ công mỹ nghệ");
});
