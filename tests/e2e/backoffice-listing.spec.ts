import { expect, test, type Page } from "@playwright/test";
import { today } from "../../lib/clock";
import sharp from "sharp";
import { OFFICER, PRODUCER } from "./support/auth";

async function login(page: Page, account: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByRole("textbox", { name: "Email" }).fill(account.email);
  await page.getByLabel(/^Mật khẩu/).fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

test("a producer lists a product with a photo, an officer approves it and certifies it 4 stars", async ({ browser }) => {
  // Two sign-ins, an upload, a review and a certificate: a long journey.
  test.slow();
  const name = `Chè Shan tuyết thử ${Date.now()}`;
  const producer = await browser.newPage();
  await login(producer, PRODUCER);
  await expect(producer).toHaveURL(/\/studio$/);

  await producer.goto("/studio/products/new");
  await producer.getByRole("textbox", { name: "Tên sản phẩm", exact: true }).fill(name);
  await producer.getByRole("textbox", { name: "Mô tả", exact: true }).fill("Búp chè **cổ thụ** hái tay.");
  await producer.getByRole("textbox", { name: "Đơn vị bán", exact: true }).fill("hộp 100 g");
  await producer.getByRole("textbox", { name: "Giá (đồng)" }).fill("95000");
  await producer.getByRole("combobox", { name: "Phân nhóm" }).selectOption({ label: "Chè và sản phẩm từ chè" });
  await producer.getByRole("spinbutton", { name: "Tồn kho" }).fill("20");
  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#2f7d32" } }).jpeg().toBuffer();
  await producer.getByLabel("Ảnh sản phẩm").setInputFiles({ name: "che.jpg", mimeType: "image/jpeg", buffer: photo });
  await producer.getByRole("button", { name: "Lưu và gửi duyệt" }).click();
  // The listing's status (its photos, pending review too, say the same).
  await expect(producer.getByText("Chờ duyệt", { exact: true }).first()).toBeVisible();
  await expect(producer.locator("main img")).toHaveCount(1);
  const productId = new URL(producer.url()).pathname.split("/").pop()!;

  // The filtered catalogue view is cached (lib/query-page.ts): before approval it is empty, and stored.
  const search = `/products?q=${encodeURIComponent(name)}`;
  const before = await producer.request.get(search);
  expect(await before.text()).toContain("Không có sản phẩm nào khớp.");
  expect((await producer.request.get(search)).headers()["x-nextjs-cache"]).toBe("HIT");

  const officer = await (await browser.newContext()).newPage();
  await login(officer, OFFICER);
  await expect(officer).toHaveURL(/\/admin$/);
  await officer.goto("/admin/review");
  const item = officer.locator("article", { hasText: name });
  await expect(item.getByText("hộp 100 g")).toBeVisible();
  // The officer reads what the producer chose, in words: no stored codes, ids or message keys.
  await expect(item.getByText(/· sản phẩm mới/)).toBeVisible();
  await expect(item.getByRole("row", { name: /^Nhóm sản phẩm OCOP/ })).toContainText("Thực phẩm");
  await expect(item.getByRole("row", { name: /^Phân nhóm/ })).toContainText("Chè và sản phẩm từ chè");
  await expect(item.getByRole("row", { name: /^Giá/ })).toContainText("95.000");
  await expect(item).not.toContainText(/FOOD|subgroup|admin\.review/);
  await item.getByRole("button", { name: "Duyệt và công bố" }).click();
  await expect(officer.locator("article", { hasText: name })).toHaveCount(0);

  // Approval expired the stored view: the next visitor finds the product.
  await officer.goto(search);
  // The result card's link (the search's own "remove this filter" chip names the product too).
  await officer.getByRole("link", { name, exact: true }).first().click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText(name);
  const productUrl = officer.url();

  await officer.goto(`/admin/certificates/${productId}`);
  await officer.getByRole("combobox", { name: "Số sao" }).selectOption("4");
  await officer.getByRole("combobox", { name: "Cấp công nhận" }).selectOption("PROVINCE");
  await officer.getByRole("spinbutton", { name: "Điểm" }).fill("78");
  await officer.getByRole("textbox", { name: "Số quyết định", exact: true }).fill("2468/QĐ-UBND");
  await officer.getByLabel(/^Ngày ký quyết định/).fill(today());
  await officer.getByRole("textbox", { name: "Cơ quan ban hành" }).fill("UBND tỉnh Tuyên Quang");
  await officer.getByRole("button", { name: "Ghi nhận" }).click();
  await expect(officer.getByText("Đã ghi nhận chứng nhận.")).toBeVisible();

  await officer.goto(productUrl);
  const badge = officer.locator("section[aria-labelledby='ocop-badge']");
  await expect(badge).toContainText("2468/QĐ-UBND");
  await expect(badge).toContainText("★★★★");
});

test("back-office pages send anonymous visitors to sign in and hide officer pages from producers", async ({ page }) => {
  await page.goto("/admin/review");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await login(page, PRODUCER);
  await expect(page).toHaveURL(/\/admin\/review|\/studio/);
  const response = await page.goto("/admin/review");
  expect(response?.status()).toBe(404);
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
});

test("a wrong password gets one message that does not reveal whether the email exists", async ({ page }) => {
  await login(page, { email: PRODUCER.email, password: "not the password" });
  await expect(page.getByText("Email hoặc mật khẩu không đúng.")).toBeVisible();
  await login(page, { email: "nobody-here@example.vn", password: "not the password" });
  await expect(page.getByText("Email hoặc mật khẩu không đúng.")).toBeVisible();
});

test("script payloads typed into a listing come out inert on the public product page", async ({ browser }) => {
  const marker = `${Date.now()}`;
  const name = `<script>window.__xss=1</script>Chè ${marker}`;
  const producer = await browser.newPage();
  await login(producer, PRODUCER);
  await expect(producer).toHaveURL(/\/studio$/);
  await producer.goto("/studio/products/new");
  await producer.getByRole("textbox", { name: "Tên sản phẩm", exact: true }).fill(name);
  await producer.getByRole("textbox", { name: "Mô tả", exact: true }).fill(`<img src=x onerror="window.__xss=2"> [link](javascript:window.__xss=3) **ok**`);
  await producer.getByRole("textbox", { name: "Đơn vị bán", exact: true }).fill(`<b onmouseover="window.__xss=4">hộp</b>`);
  await producer.getByRole("textbox", { name: "Giá (đồng)" }).fill("1000");
  await producer.getByRole("button", { name: "Lưu và gửi duyệt" }).click();
  // The listing's status (its photos, pending review too, say the same).
  await expect(producer.getByText("Chờ duyệt", { exact: true }).first()).toBeVisible();

  // The filtered catalogue view is cached (lib/query-page.ts): before approval it is empty, and stored.
  const search = `/products?q=${encodeURIComponent(name)}`;
  const before = await producer.request.get(search);
  expect(await before.text()).toContain("Không có sản phẩm nào khớp.");
  expect((await producer.request.get(search)).headers()["x-nextjs-cache"]).toBe("HIT");

  const officer = await (await browser.newContext()).newPage();
  await login(officer, OFFICER);
  await expect(officer).toHaveURL(/\/admin$/);
  await officer.goto("/admin/review");
  await officer.locator("article", { hasText: marker }).getByRole("button", { name: "Duyệt và công bố" }).click();
  await expect(officer.locator("article", { hasText: marker })).toHaveCount(0);

  await officer.goto(`/products?q=${marker}`);
  await officer.locator('main a[href^="/products/"]', { hasText: marker }).first().click();
  await expect(officer.getByRole("heading", { level: 1 })).toContainText("<script>window.__xss=1</script>");
  await officer.locator("main").hover();
  expect(await officer.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await officer.locator("main img[onerror], main a[href^='javascript:'], main [onmouseover]").count()).toBe(0);
});
