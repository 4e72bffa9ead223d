import { expect, test, type Browser, type Page } from "@playwright/test";
import { OFFICER, PRODUCER, signIn } from "./support/auth";

/*
 * Issue 14, item 6: there was no "Đăng xuất" in the officer area, the producer could sign out only
 * from the studio overview, and a signed-in user on the public site had no way back to their work.
 * An officer at a desk and a producer on a phone find sign-out on every page of their area's menu,
 * sign out from a page deep in it, and, signed in, find "back to work" in the public header.
 */

const DESK = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Every page the area's menu leads to (the menu is the back-office shell's navigation). */
async function menuPages(page: Page, area: "/admin" | "/studio", title: string): Promise<string[]> {
  await page.goto(area);
  const links = page.getByRole("navigation", { name: title, exact: true }).getByRole("link");
  const hrefs = await links.evaluateAll((nodes) => nodes.map((n) => new URL((n as HTMLAnchorElement).href).pathname));
  return [...new Set(hrefs)];
}

async function signOutEverywhereInTheMenu(browser: Browser, options: object, account: { email: string; password: string }, area: "/admin" | "/studio", title: string, deep: string) {
  const page = await (await browser.newContext(options)).newPage();
  await signIn(page, account);
  const pages = await menuPages(page, area, title);
  // More than the overview: the whole menu of the area.
  expect(pages.length).toBeGreaterThan(4);
  expect(pages).toContain(deep);
  for (const path of pages) {
    await page.goto(path);
    // The back-office bar on the area's own pages; the password page (shared by both areas, in the
    // public layout) has it in the site header.
    const where = path === "/account/password" ? page.locator("body > header") : page.getByTestId("backoffice-bar");
    await expect(where.getByRole("button", { name: "Đăng xuất", exact: true }), path).toBeVisible();
  }

  // Signing out from a page deep in the area ends the session: the area asks for a sign-in again.
  await page.goto(deep);
  await page.getByTestId("backoffice-bar").getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(page).not.toHaveURL(new RegExp(`${area}(/|$)`));
  await expect(page.getByTestId("back-to-work")).toHaveCount(0);
  await page.goto(deep);
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await page.context().close();
}

test("an officer finds sign-out on every page of the officer area and signs out from the audit log", async ({ browser }) => {
  test.setTimeout(240_000);
  await signOutEverywhereInTheMenu(browser, DESK, OFFICER, "/admin", "Quản trị OCOP", "/admin/audit");
});

test("a producer on a phone finds sign-out on every studio page and signs out from the batches", async ({ browser }) => {
  test.setTimeout(180_000);
  await signOutEverywhereInTheMenu(browser, PHONE, PRODUCER, "/studio", "Quản lý của chủ thể", "/studio/batches");
});

test("signed in, the public header leads back to the work area: the studio for a producer, the officers' area for an officer", async ({ browser }) => {
  test.setTimeout(180_000);
  const cases = [
    { account: PRODUCER, options: PHONE, label: "Quản lý của chủ thể", area: "/studio" },
    { account: OFFICER, options: DESK, label: "Quản trị OCOP", area: "/admin" },
  ];
  for (const { account, options, label, area } of cases) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    // A visitor is offered no way into a work area.
    await page.goto("/products");
    await expect(page.getByTestId("back-to-work")).toHaveCount(0);
    await signIn(page, account);
    for (const path of ["/", "/products", "/fairs"]) {
      await page.goto(path);
      const back = page.locator("body > header").getByTestId("back-to-work");
      await expect(back, path).toHaveText(label);
    }
    await page.locator("body > header").getByTestId("back-to-work").click();
    await expect(page).toHaveURL(new RegExp(`${area}$`));
    await expect(page.getByTestId("backoffice-bar")).toBeVisible();
    // The English site leads to the English area.
    await page.goto("/en/products");
    await page.locator("body > header").getByTestId("back-to-work").click();
    await expect(page).toHaveURL(new RegExp(`/en${area}$`));
    await context.close();
  }
});
