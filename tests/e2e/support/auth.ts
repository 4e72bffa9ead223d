import type { Page } from "@playwright/test";

/** Demo accounts seeded by prisma/seed (README states them too). */
export const OFFICER = { email: "canbo@ocop.local", password: "ocop-demo-2025" };
export const PRODUCER = { email: "hoptacxa@ocop.local", password: "ocop-demo-2025" };
/** The officer of the whole country on the national-scale site only (created by scripts/national-server.ts). */
export const NATIONAL_OFFICER = { email: "quocgia@ocop.local", password: "ocop-national-2025", name: "Cán bộ OCOP Trung ương" };
/** The officer of Thanh Thủy commune: acts within that commune only. */
export const COMMUNE_OFFICER = { email: "canbo.thanhthuy@ocop.local", password: "ocop-demo-2025" };

/**
 * Signs in through next-auth's own credentials endpoint (the same one the /login form posts to), so
 * journeys that are not about the login page start signed in quickly. The session cookie lands in the
 * page's browser context.
 */
export async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: account.email, password: account.password, json: "true" },
  });
  if (!response.ok()) throw new Error(`sign-in failed with ${response.status()}`);
  const session = await (await page.request.get("/api/auth/session")).json();
  if (!session?.user) throw new Error(`sign-in as ${account.email} did not create a session`);
}
