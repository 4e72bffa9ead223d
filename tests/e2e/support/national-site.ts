import { test, type Page } from "@playwright/test";
import { NATIONAL_OFFICER, startNationalSite, type NationalSite } from "../../../scripts/lib/national-site";

/**
 * For a spec that needs the national data (8,000 producers, 20,000 products): starts its own site on
 * its own database before the spec's tests and stops it after them. Call it at the top of a
 * `test.describe` and use absolute URLs (`site.url("/admin/producers")`). Reusable by any list at
 * national scale; each spec that calls it pays the generation (a minute or two), so group such checks.
 */
export function useNationalSite(name: string) {
  let site: NationalSite | undefined;
  test.beforeAll(async () => {
    test.setTimeout(600_000);
    site = await startNationalSite(name);
  });
  test.afterAll(async () => {
    await site?.stop();
  });
  const started = () => {
    if (!site) throw new Error("the national site is not running");
    return site;
  };
  return {
    officer: NATIONAL_OFFICER,
    get databaseUrl() {
      return started().databaseUrl;
    },
    url: (path: string) => `${started().baseUrl}${path}`,
    /** Signs `page`'s browser context in as the officer of the whole country. */
    async signIn(page: Page, account: { email: string; password: string } = NATIONAL_OFFICER) {
      const base = started().baseUrl;
      const { csrfToken } = (await (await page.request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
      const response = await page.request.post(`${base}/api/auth/callback/credentials`, { form: { csrfToken, email: account.email, password: account.password, json: "true" } });
      if (!response.ok()) throw new Error(`sign-in failed with ${response.status()}`);
      const session = await (await page.request.get(`${base}/api/auth/session`)).json();
      if (!session?.user) throw new Error(`sign-in as ${account.email} did not create a session`);
    },
  };
}
