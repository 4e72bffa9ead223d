import { expect, test, type Page } from "@playwright/test";

const CACHED_PAGES = ["/", "/en/products/che-shan-tuyet-co-thu-cao-bo", "/producers/htx-tra-peng", "/programme"];

function nonceOf(policy: string | undefined): string {
  const nonce = /script-src 'self' 'nonce-([^']+)' 'strict-dynamic'/.exec(policy ?? "")?.[1];
  if (!nonce) throw new Error(`no nonce in ${policy}`);
  return nonce;
}

for (const path of CACHED_PAGES) {
  test(`${path} is served from the cache with a nonce of its own and no inline-script allowance`, async ({ request }) => {
    await request.get(path);
    const responses = [await request.get(path), await request.get(path)];
    const nonces = responses.map((response) => nonceOf(response.headers()["content-security-policy"]));
    expect(new Set(nonces).size).toBe(2);
    for (const [index, response] of responses.entries()) {
      expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
      expect(response.headers()["content-security-policy"]).not.toContain("unsafe-inline' 'strict");
      expect(response.headers()["content-security-policy"]).not.toMatch(/script-src[^;]*unsafe-inline/);
      // Executable scripts only: JSON-LD is data, which no policy governs.
      const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !tag.includes('type="application/ld+json"'));
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((tag) => !tag.includes(`nonce="${nonces[index]}"`))).toEqual([]);
    }
  });
}

/** Records Content-Security-Policy violations the page reports. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

test("a cached public page runs its scripts under the policy and an injected script does not run", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/");
  await page.goto("/");
  // Next's inline payload ran (it fills __next_f) and its bundles booted the app (window.next).
  await page.waitForFunction(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f) && (window as unknown as { next?: { version?: string } }).next?.version);
  expect(violations).toEqual([]);

  // Markup injected into the page, the classic XSS shape, cannot run its inline handler.
  await page.evaluate(() => {
    const box = document.createElement("div");
    box.innerHTML = '<img src="/no-such-image.png" onerror="window.__injected = true" alt="">';
    document.body.append(box);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test("what the proxy does not see (an unknown file's 404 page) gets a policy that runs no script at all", async ({ request }) => {
  const response = await request.get("/wp-login.php");
  expect(response.status()).toBe(404);
  expect(response.headers()["content-security-policy"]).toContain("script-src 'none'");
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const page = await request.get("/");
  expect(page.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
});
