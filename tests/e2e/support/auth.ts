import { expect, type Page } from "@playwright/test";

/** Demo accounts seeded by prisma/seed (README states them too). */
export const OFFICER = { email: "canbo@ocop.local", password: "ocop-demo-2025" };
export const PRODUCER = { email: "hoptacxa@ocop.local", password: "ocop-demo-2025" };
/** The officer of the whole country on the national-scale site only (created by scripts/national-server.ts). */
export const NATIONAL_OFFICER = { email: "quocgia@ocop.local", password: "ocop-national-2025", name: "Cán bộ OCOP Trung ương" };
/** The account of the generated producer with the most orders, on the national-scale site only (scripts/national-server.ts). */
export const NATIONAL_PRODUCER = { email: "nhieudon@ocop.local", password: "ocop-national-2025", name: "Người bán nhiều đơn nhất" };
/** The officer of Thanh Thủy commune: acts within that commune only. */
export const COMMUNE_OFFICER = { email: "canbo.thanhthuy@ocop.local", password: "ocop-demo-2025" };

/**
 * Signs in through the sign-in page, the one way in (server/accounts/actions.ts), so journeys that are
 * not about signing in start signed in. The session cookie lands in the page's browser context.
 */
export async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto("/login");
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('form:has(input[name="password"]) button[type="submit"]').click();
  await expect(page).not.toHaveURL(/\/login(\?|$)/, { timeout: 30_000 });
}
