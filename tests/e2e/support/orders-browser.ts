/**
 * What the buyer-side order specs share in the browser: the axe check every new page passes, and an
 * order placed over plain HTTP (tests/e2e/support/shop.ts) from a loopback address of the spec's own,
 * handed to the browser with its order cookie as if the browser had placed it. The site counts checkout
 * attempts per address (ten an hour, server/orders/throttles.ts) and a plain browser context comes from
 * 127.0.0.1, shared by every spec of a run; a spec that checks out in the browser itself takes an address
 * of its own with `contextFrom` (./source-address.ts).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { addToCart, checkOut } from "./shop";

export async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
}

/**
 * axe runs as a script in the page, which a context without JavaScript cannot do (its evaluation never
 * settles). So the page `from` shows is loaded again, with the same cookies and screen, in a context
 * with JavaScript where every script of the app is refused: nothing hydrates and nothing is added, so
 * axe reads the page exactly as the browser without JavaScript shows it (the same text, checked first),
 * on the phone screen the order specs use.
 */
export async function axeCleanWithoutScripts(browser: Browser, from: Page) {
  // Spelt out: in a spec, browser.newContext() takes the options of test.use(), javaScriptEnabled: false included.
  const context = await browser.newContext({ javaScriptEnabled: true, viewport: from.viewportSize(), isMobile: true, hasTouch: true });
  try {
    await context.addCookies(await from.context().cookies());
    await context.route(/\/_next\/static\/.*\.js(\?.*)?$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(from.url());
    await expect(page.locator("main")).toHaveText((await from.locator("main").textContent()) ?? "");
    await axeClean(page);
  } finally {
    await context.close();
  }
}

/** A cash order of `quantity` of `slug` placed from `from` (127.0.0.0/8); its code, the buyer's order cookie and phone. */
export async function placeCashOrder(site: string, slug: string, quantity: number, from: string): Promise<{ code: string; access: string; phone: string }> {
  const placed = await checkOut(site, await addToCart(site, slug, quantity, { from }), { paymentMethod: "COD" }, from);
  expect(placed.answer.status, "the checkout goes on to the order page").toBe(303);
  expect(placed.code).toBeTruthy();
  expect(placed.access).not.toBe("");
  return { code: placed.code!, access: placed.access, phone: placed.phone };
}

/** Gives `context` the order cookie (`ocop_order_access=…`) the buyer got when placing the order. */
export async function holdOrderCookie(context: BrowserContext, site: string, access: string) {
  const [name, value] = [access.slice(0, access.indexOf("=")), access.slice(access.indexOf("=") + 1)];
  await context.addCookies([{ name, value, url: site }]);
}
