import AxeBuilder from "@axe-core/playwright";
import { expect, test, type ConsoleMessage, type Page } from "@playwright/test";
import { OFFICER, PRODUCER, signIn } from "./support/auth";

/**
 * Pages that do not exist say so, readable without JavaScript (issue 16: crawlers and weak phones
 * got an empty `<html id="__next_error__">`): status 404, the site's header and footer, a human
 * message in the language of the URL, and the ways on (search, home). Two kinds of miss:
 * - a path no route matches, rendered on the server by app/global-not-found.tsx;
 * - a page that called notFound() (unknown product, producer, fair, trace code), which Next.js 16
 *   answers with its empty error document; the front door sends the 404 document without scripts
 *   instead (scripts/lib/not-found-front.mjs, docs/storefront.md).
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const UNKNOWN_PATHS = [
  { path: "/khong-co-trang-nay", locale: "vi" },
  { path: "/en/no-such-page", locale: "en" },
] as const;

// Well-formed names that match nothing in the demo data.
const NOT_FOUND_CALLS = [
  { path: "/products/khong-co-san-pham-nay", locale: "vi" },
  { path: "/en/products/no-such-product", locale: "en" },
  { path: "/producers/khong-co-co-so-nay", locale: "vi" },
  { path: "/en/producers/no-such-producer", locale: "en" },
  { path: "/fairs/khong-co-hoi-cho-nay", locale: "vi" },
  { path: "/en/fairs/no-such-fair", locale: "en" },
  { path: "/trace/ZZ00000000", locale: "vi" },
  { path: "/en/trace/ZZ00000001", locale: "en" },
] as const;

const TEXT = {
  vi: { title: "Không tìm thấy trang", search: "Tìm sản phẩm OCOP", searchHref: "/products", home: "Về trang chủ", homeHref: "/" },
  en: { title: "Page not found", search: "Search OCOP products", searchHref: "/en/products", home: "Back to the home page", homeHref: "/en" },
};

/** `document`: a page load, whose head is the 404 document's (a client navigation keeps the site's). */
async function expectReadable404(page: Page, locale: "vi" | "en", { document = true } = {}) {
  const text = TEXT[locale];
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.locator("html")).not.toHaveAttribute("id", "__next_error__");
  await expect(page.getByRole("heading", { level: 1, name: text.title })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: text.search })).toHaveAttribute("href", text.searchHref);
  await expect(main.getByRole("link", { name: text.home })).toHaveAttribute("href", text.homeHref);
  // The site's own header (its search form) and footer are there too.
  await expect(page.getByRole("search")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  if (!document) return;
  await expect(page).toHaveTitle(new RegExp(`^${text.title}`));
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);
}

/**
 * Errors on the console, but for the browser's own line about the 404 status of the missing page
 * (its document, or the client router's request for it).
 */
function consoleErrors(page: Page, missing: string) {
  const errors: string[] = [];
  const isTheMissingPage404 = (message: ConsoleMessage) => /status of 404/.test(message.text()) && new URL(message.location().url || page.url()).pathname === missing;
  page.on("console", (message) => {
    if (message.type() === "error" && !isTheMissingPage404(message)) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, locale } of [...UNKNOWN_PATHS, ...NOT_FOUND_CALLS]) {
    test(`${path} answers 404 with a page a person can read`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expectReadable404(page, locale);
    });
  }

  test("the header's search works from a 404 page, as a plain form", async ({ page }) => {
    await page.goto("/en/products/no-such-product");
    await page.getByRole("search").getByRole("searchbox").fill("tea");
    await page.getByRole("search").getByRole("button").click();
    await expect(page).toHaveURL(/\/en\/products\?q=tea/);
  });
});

test.describe("with JavaScript", () => {
  for (const { path, locale } of NOT_FOUND_CALLS) {
    test(`${path} reads the same and settles without errors`, async ({ page }) => {
      const errors = consoleErrors(page, path);
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expectReadable404(page, locale);
      await page.waitForLoadState("load");
      expect(errors).toEqual([]);
    });
  }

  test("the 404 page passes axe, and its link home leads home", async ({ page }) => {
    const errors = consoleErrors(page, "/products/khong-co-san-pham-nay");
    const response = await page.goto("/products/khong-co-san-pham-nay");
    expect(response?.status()).toBe(404);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
    await page.getByRole("main").getByRole("link", { name: "Về trang chủ" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Không tìm thấy trang");
    expect(errors).toEqual([]);
  });

  test("a missing record in the officers' or producers' area leads back to that area, in the site's colours", async ({ page }) => {
    await signIn(page, OFFICER);
    const order = await page.goto("/admin/orders/VX-KHONG-CO-DON");
    expect(order?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("không thuộc phạm vi tài khoản của bạn");
    await expect(page.getByRole("main").getByRole("link", { name: "Về khu vực quản trị" })).toHaveAttribute("href", "/admin");
    // The phone's browser bar keeps the site's colour on the 404 document, as on every page.
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#1f7a35");
    await page.getByRole("main").getByRole("link", { name: "Về khu vực quản trị" }).click();
    await expect(page).toHaveURL(/\/admin$/);

    await page.context().clearCookies();
    await signIn(page, PRODUCER);
    const product = await page.goto("/en/studio/products/no-such-listing");
    expect(product?.status()).toBe(404);
    await expect(page.getByRole("main").getByRole("link", { name: "Back to your producer area" })).toHaveAttribute("href", "/en/studio");
    // A public page's 404 offers no work area, signed in or not.
    await page.goto("/en/products/no-such-product");
    await expect(page.getByRole("main").getByRole("link", { name: "Back to your producer area" })).toHaveCount(0);
  });

  test("a missing product reached by the client router ends on the same readable page", async ({ page }) => {
    const errors = consoleErrors(page, "/en/products/no-such-product");
    await page.goto("/en/products");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // What a Link to a product removed since the list was loaded does (the site has no link to a
    // missing product, so the router is driven the way a Link drives it): an RSC request, which
    // passes the front door untouched. Next.js 16 answers it 404 and its router then loads the URL as
    // a page (fetch-server-response.js: a response that is not ok is a page load), which gets the
    // 404 document.
    await page.waitForFunction(() => Boolean((window as unknown as { next?: { router?: unknown } }).next?.router));
    const rsc = page.waitForResponse((response) => response.url().includes("/en/products/no-such-product?_rsc="));
    const load = page.waitForResponse((response) => response.url().endsWith("/en/products/no-such-product") && response.request().isNavigationRequest());
    await page.evaluate(() => (window as unknown as { next: { router: { push: (href: string) => void } } }).next.router.push("/en/products/no-such-product"));
    expect((await rsc).headers()["content-type"]).toContain("text/x-component");
    expect((await load).status()).toBe(404);
    await page.waitForURL(/\/en\/products\/no-such-product$/);
    await expectReadable404(page, "en");
    expect(errors).toEqual([]);
  });
});
