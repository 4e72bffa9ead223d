import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("a visitor searches without diacritics, filters by stars, opens a product and sees its badge facts, then reads it in English", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("search").first().getByRole("searchbox").fill("che shan tuyet");
  await page.getByRole("search").first().getByRole("button").click();
  await expect(page).toHaveURL(/\/products\?q=che\+shan\+tuyet/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kết quả cho “che shan tuyet”");
  await expect(page.getByRole("link", { name: "Chè Shan tuyết cổ thụ Cao Bồ" })).toBeVisible();

  await page.getByLabel("Số sao tối thiểu").selectOption("4");
  await page.getByRole("button", { name: "Áp dụng" }).click();
  await expect(page).toHaveURL(/stars=4/);
  const cards = page.locator("main article");
  await expect(cards.first()).toBeVisible();
  for (const text of await cards.allInnerTexts()) expect(text).toMatch(/OCOP [45] sao/);

  await cards.first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/products\/[a-z0-9-]+$/);
  const badge = page.getByRole("region", { name: /OCOP [45] sao/ });
  await expect(badge).toBeVisible();
  await expect(badge.getByText("Quyết định", { exact: true })).toBeVisible();
  await expect(badge.getByText("Cơ quan ban hành")).toBeVisible();
  await expect(badge.getByText("Hiệu lực đến")).toBeVisible();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({ "@type": "Product", offers: { priceCurrency: "VND" } });
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);

  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/products\//);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("region", { name: /OCOP [45] stars/ }).getByText("Issued by")).toBeVisible();
});

test("an English product page without an English name shows the Vietnamese one, marked as Vietnamese", async ({ page }) => {
  await page.goto("/en/products/tra-peng-luc-tra");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText("Trà Pèng lục trà Shan tuyết");
  await expect(heading).toHaveAttribute("lang", "vi");
  await expect(page.getByText("No English text yet; shown in Vietnamese.").first()).toBeVisible();
});

test("an unknown or unpublished product is a real 404", async ({ page }) => {
  expect((await page.goto("/products/khong-co-san-pham-nay"))?.status()).toBe(404);
  expect((await page.goto("/products/mat-ong-rung-thuong-son"))?.status()).toBe(404);
});

test("a hand-edited filter is dropped and named as the page labels it, in the visitor's language", async ({ page }) => {
  await page.goto("/products?maxPrice=re&stars=9&group=FOOD");
  const notice = page.getByRole("status").filter({ hasText: "Đã bỏ qua" });
  await expect(notice).toContainText("Số sao tối thiểu");
  await expect(notice).toContainText("Giá đến");
  await expect(notice).not.toContainText("maxPrice");
  // What was valid still applies.
  await expect(page.locator('input[name="group"][value="FOOD"]')).toBeChecked();
  await page.goto("/en/products?maxPrice=re");
  await expect(page.getByRole("status").filter({ hasText: "Ignored" })).toContainText("Price up to");
});

test("filtered catalogue views are served from the cache, one entry for equivalent URLs", async ({ request }) => {
  const first = await request.get("/products?stars=4&q=che&group=");
  expect(first.status()).toBe(200);
  expect(await first.text()).toContain("Chè Shan tuyết cổ thụ Cao Bồ");
  const same = await request.get("/products?q=che&stars=4");
  expect(same.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await same.text()).toContain("Chè Shan tuyết cổ thụ Cao Bồ");
  const english = await request.get("/en/products?q=che&stars=4");
  expect(await english.text()).toContain('lang="en"');

  await request.get("/producers?q=peng");
  const producers = await request.get("/producers?q=peng&page=");
  expect(producers.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await producers.text()).toContain("/producers/htx-tra-peng");
});

test("sitemap, robots and the open-data API answer", async ({ request }) => {
  // A sitemap index (app/sitemap.xml); the demo district fits its first file.
  const index = await (await request.get("/sitemap.xml")).text();
  expect(index).toContain("<sitemapindex");
  const sitemap = await (await request.get("/sitemaps/0.xml")).text();
  expect(sitemap).toContain("/products/choi-chit-viet-lam");
  expect(sitemap).toContain("/en/producers/htx-tra-peng");
  expect(sitemap).not.toContain("mat-ong-rung-thuong-son");
  expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap:");
  const api = await request.get("/api/v1/products?q=choi%20chit");
  expect(api.status()).toBe(200);
  expect((await api.json()).items[0].slug).toBe("choi-chit-viet-lam");
  expect((await request.get("/api/v1/products?pageSize=500")).status()).toBe(400);
  const openapi = await (await request.get("/api/v1/openapi.json")).json();
  expect(Object.keys(openapi.paths)).toContain("/products/{slug}");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the catalogue filters, sorts and paginates through plain links and forms", async ({ page }) => {
    await page.goto("/products");
    await page.getByRole("radio", { name: /Thủ công mỹ nghệ/ }).check();
    await page.getByLabel("Sắp xếp").selectOption("price-asc");
    await page.getByRole("button", { name: "Áp dụng" }).click();
    await expect(page).toHaveURL(/group=HANDICRAFT/);
    await expect(page.getByRole("link", { name: "Chổi chít Việt Lâm" })).toBeVisible();
    await page.goto("/products?q=xyzzyq");
    await expect(page.getByText("Không có sản phẩm nào khớp.")).toBeVisible();
    await page.goto("/products?stars=9&group=FOOD");
    await expect(page.getByRole("status")).toContainText("Số sao tối thiểu");
  });
});

for (const path of ["/", "/products", "/products/che-shan-tuyet-co-thu-cao-bo", "/producers", "/producers/htx-tra-peng"]) {
  for (const prefix of ["", "/en"]) {
    const url = prefix + (path === "/" && prefix ? "" : path);
    test(`axe finds no violations on ${url}`, async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(" ")}`)).toEqual([]);
    });
  }
}
