import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { gtinCheckDigit } from "../../lib/gtin";

// A Vietnamese shopper's phone (its browser asks for Vietnamese: the /01/… resolver follows
// Accept-Language, and Playwright's default is en-US).
test.use({ viewport: { width: 390, height: 844 }, locale: "vi-VN" });

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(" ")}`)).toEqual([]);
}

// The demo's Cao Bồ ancient tea (prisma/seed/demo-data.ts): GTIN 893604510001 + its check digit.
const TEA_DATA = "893604510001";
const TEA_GTIN = TEA_DATA + gtinCheckDigit(TEA_DATA);
const WRONG_GTIN = TEA_DATA + ((gtinCheckDigit(TEA_DATA) + 1) % 10);

test("products without a valid certificate say which: expired, revoked; neither is featured", async ({ page }) => {
  await page.goto("/products/ruou-ngo-men-la-thuan-hoa");
  await expect(page.getByText("Chứng nhận OCOP đã hết hạn", { exact: true })).toBeVisible();
  await expect(page.locator('[data-certification="EXPIRED"]')).toContainText("không phải sản phẩm OCOP được chứng nhận");
  // The preview text is plain: the description's **…** is not in it.
  const description = await page.locator('meta[property="og:description"]').getAttribute("content");
  expect(description).toContain("Chỉ bán cho người từ 18 tuổi.");
  expect(description).not.toContain("**");

  await page.goto("/en/products/tinh-dau-gung-thuan-hoa");
  await expect(page.getByText("OCOP certificate revoked", { exact: true })).toBeVisible();
  await expectAxeClean(page);

  await page.goto("/");
  const featured = page.locator("section[aria-labelledby=featured-heading] li");
  await expect(featured.first()).toBeVisible();
  await expect(featured.filter({ hasText: "Rượu ngô men lá" })).toHaveCount(0);
  await expect(featured.filter({ hasText: "Tinh dầu gừng" })).toHaveCount(0);
  await expect(featured.filter({ hasText: "Hết hàng" })).toHaveCount(0);
});

test("a QR scan that finds nothing explains itself in the visitor's language, with the product", async ({ page }) => {
  await page.goto(`/01/${TEA_GTIN}/10/KHONGCO`);
  await expect(page).toHaveURL(/\/trace\?gtin=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy lô hàng của mã QR này");
  await expect(page.getByTestId("scan-miss")).toContainText("lô “KHONGCO”");
  await expect(page.getByTestId("scan-miss").getByRole("link", { name: "Chè Shan tuyết cổ thụ Cao Bồ" })).toBeVisible();
  await expectAxeClean(page);

  // A wrong check digit, scanned by an English-speaking visitor: the product it most likely meant.
  await page.goto(`/01/${WRONG_GTIN}/10/CB2501?lang=en`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find the batch for this QR code");
  await expect(page.getByTestId("scan-miss")).toContainText("wrong check digit");
  await page.getByTestId("scan-miss").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/en\/products\/che-shan-tuyet-co-thu-cao-bo$/);

  // A trace code typed in small letters finds its batch.
  await page.goto("/trace");
  await page.getByLabel("Mã truy xuất").fill("vx-cb-2025-01");
  await page.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page).toHaveURL(/\/trace\/VX-CB-2025-01$/);
  await page.goto("/trace/vx-cb-2025-01");
  await expect(page).toHaveURL(/\/trace\/VX-CB-2025-01$/);
});

test("the share control: Zalo and Facebook links carry the page's address; copy link once JavaScript runs", async ({ page }) => {
  await page.goto("/products/che-shan-tuyet-co-thu-cao-bo");
  const share = page.getByTestId("share");
  const zalo = await share.getByRole("link", { name: /Zalo/ }).getAttribute("href");
  const facebook = await share.getByRole("link", { name: /Facebook/ }).getAttribute("href");
  expect(new URL(zalo!).searchParams.get("url")).toMatch(/\/products\/che-shan-tuyet-co-thu-cao-bo$/);
  expect(new URL(facebook!).searchParams.get("u")).toMatch(/\/products\/che-shan-tuyet-co-thu-cao-bo$/);
  await expect(share.getByRole("button", { name: "Sao chép liên kết của trang này" })).toBeVisible();
});

test("without JavaScript: the share links are there, no dead button", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale: "vi-VN" });
  const page = await context.newPage();
  await page.goto("/products/che-shan-tuyet-co-thu-cao-bo");
  await expect(page.getByTestId("share").getByRole("link", { name: /Zalo/ })).toBeVisible();
  await expect(page.getByTestId("share").getByRole("link", { name: /Facebook/ })).toBeVisible();
  await expect(page.getByTestId("share").getByRole("button")).toHaveCount(0);
  await context.close();
});

test("switching language keeps the search and its filters", async ({ page }) => {
  await page.goto("/products?q=ch%C3%A8&group=FOOD");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/products\?(?=.*q=ch%C3%A8)(?=.*group=FOOD)/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
