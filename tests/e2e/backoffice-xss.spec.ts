import { expect, test, type Page } from "@playwright/test";
import { OFFICER, PRODUCER } from "./support/auth";

const PAYLOAD = `<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>`;
// Units are at most 60 characters.
const SHORT_PAYLOAD = `<img src=x onerror=window.__xss=1>`;

async function login(page: Page, account: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByRole("textbox", { name: "Email" }).fill(account.email);
  await page.getByLabel(/^Mật khẩu/).fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

/** Fails the test if anything injected ran or became markup. */
async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator("main img[onerror], main [onclick], main a[href^='javascript:']")).toHaveCount(0);
  await expect(page.locator("main script:not([type='application/ld+json'])")).toHaveCount(0);
}

test("script payloads in every listing text field come out inert on the public pages", async ({ browser }) => {
  const marker = `xss${Date.now()}`;
  const producer = await browser.newPage();
  producer.on("dialog", () => {
    throw new Error("a dialog opened");
  });
  await login(producer, PRODUCER);
  await expect(producer).toHaveURL(/\/studio$/);
  await producer.goto("/studio/products/new");
  await producer.getByRole("textbox", { name: "Tên sản phẩm", exact: true }).fill(`Trà ${marker} ${PAYLOAD}`);
  await producer.getByRole("textbox", { name: "Mô tả", exact: true }).fill(`${PAYLOAD}\n\n[bấm](javascript:window.__xss=1)`);
  await producer.getByRole("textbox", { name: "Đơn vị bán", exact: true }).fill(`hộp ${SHORT_PAYLOAD}`);
  await producer.getByRole("textbox", { name: "Tên tiếng Anh" }).fill(`Tea ${marker} ${PAYLOAD}`);
  await producer.getByRole("textbox", { name: "Mô tả tiếng Anh" }).fill(`<svg onload="window.__xss=1"></svg>${PAYLOAD}`);
  await producer.getByRole("textbox", { name: "Đơn vị bán (tiếng Anh)" }).fill(`box ${SHORT_PAYLOAD}`);
  await producer.getByRole("textbox", { name: "Giá (đồng)" }).fill("50000");
  await producer.getByRole("spinbutton", { name: "Tồn kho" }).fill("5");
  await producer.getByRole("button", { name: "Lưu và gửi duyệt" }).click();
  // The listing's status (its photos, pending review too, say the same).
  await expect(producer.getByText("Chờ duyệt", { exact: true }).first()).toBeVisible();
  await expectInert(producer);

  const officer = await (await browser.newContext()).newPage();
  officer.on("dialog", () => {
    throw new Error("a dialog opened");
  });
  await login(officer, OFFICER);
  await expect(officer).toHaveURL(/\/admin$/);
  await officer.goto("/admin/review");
  const item = officer.locator("article", { hasText: marker });
  await expect(item).toBeVisible();
  await expectInert(officer);
  await item.getByRole("button", { name: "Duyệt và công bố" }).click();
  await expect(officer.locator("article", { hasText: marker })).toHaveCount(0);

  await officer.goto(`/products?q=${marker}`);
  await expectInert(officer);
  // The result card's link (the search's own "remove this filter" chip names the marker too).
  await officer.locator('main a[href^="/products/"]', { hasText: marker }).first().click();
  await expect(officer.getByRole("heading", { level: 1 })).toContainText("<img src=x");
  await expectInert(officer);
  const path = new URL(officer.url()).pathname;
  await officer.goto(`/en${path}`);
  await expect(officer.getByRole("heading", { level: 1 })).toContainText(`Tea ${marker}`);
  await expect(officer.locator("main svg[onload]")).toHaveCount(0);
  await expectInert(officer);
});
