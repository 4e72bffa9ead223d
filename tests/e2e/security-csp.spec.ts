import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { cookieFrom, postPageForm, rawRequest, type RawResponse } from "../support/http-client";
import { OFFICER, PRODUCER } from "./support/auth";

/*
 * The Content-Security-Policy in its two forms (docs/security.md, V14.4.3): public pages of the cache
 * carry one policy for everyone, listing their inline scripts by hash; pages rendered per request carry
 * a fresh nonce. Either way no injected script runs.
 */

const CACHED_PAGES = ["/", "/en", "/products", "/en/products/che-shan-tuyet-co-thu-cao-bo", "/producers/htx-tra-peng", "/programme", "/ideas/new"];
const PER_REQUEST_PAGES = ["/login", "/cart", "/fairs", "/trace/VX-CB-2025-01", "/programme/list?metric=products_3star_plus"];

const scriptSrc = (policy: string | string[] | undefined) => String(policy).split("; ").find((directive) => directive.startsWith("script-src")) ?? "";

/** The executable inline scripts of a page (JSON-LD is data, which no policy governs), and the others. */
function scriptsOf(html: string) {
  const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attributes]) => !attributes.includes('type="application/ld+json"'));
  return {
    inline: tags.filter(([, attributes]) => !/\bsrc=/.test(attributes)).map(([, attributes, body]) => ({ attributes, body })),
    external: tags.filter(([, attributes]) => /\bsrc=/.test(attributes)).map(([, attributes]) => attributes),
  };
}

for (const path of CACHED_PAGES) {
  test(`${path} is served from the cache with the same policy for everyone: its own scripts by hash, no nonce`, async ({ baseURL }) => {
    await rawRequest(baseURL!, path);
    const [first, second] = [await rawRequest(baseURL!, path), await rawRequest(baseURL!, path)];
    for (const response of [first, second]) {
      expect(response.status).toBe(200);
      expect(response.headers["x-nextjs-cache"]).toBe("HIT");
      // Nothing per request: no cookie, the same policy, nothing a shared cache could not give to all.
      expect(response.setCookies).toEqual([]);
      expect(response.headers["content-security-policy"]).toBe(first.headers["content-security-policy"]);
    }
    const policy = scriptSrc(first.headers["content-security-policy"]);
    expect(policy).not.toContain("nonce-");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    const { inline, external } = scriptsOf(first.body);
    expect(inline.length).toBeGreaterThan(0);
    for (const { body } of inline) {
      // Worked out here, apart from the server: the hash a browser computes of the script's text.
      expect(policy).toContain(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
    }
    for (const attributes of external) expect(attributes).toMatch(/src="\/_next\/static\//);
  });
}

for (const path of PER_REQUEST_PAGES) {
  test(`${path} is rendered per request with a nonce of its own and no inline-script allowance`, async ({ baseURL }) => {
    const responses = [await rawRequest(baseURL!, path), await rawRequest(baseURL!, path)];
    const nonces = responses.map((response) => /'nonce-([^']+)' 'strict-dynamic'/.exec(scriptSrc(response.headers["content-security-policy"]))?.[1]);
    expect(nonces[0]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
    for (const [index, response] of responses.entries()) {
      expect(response.status).toBe(200); // a 404 is the front door's script-free page, which proves nothing here
      expect(scriptSrc(response.headers["content-security-policy"])).not.toContain("unsafe-inline");
      const { inline, external } = scriptsOf(response.body);
      expect(inline.length + external.length).toBeGreaterThan(0);
      for (const attributes of [...inline.map((script) => script.attributes), ...external]) expect(attributes).toContain(`nonce="${nonces[index]}"`);
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

for (const path of ["/", "/products/che-shan-tuyet-co-thu-cao-bo", "/login"]) {
  test(`${path} runs its own scripts under its policy, and an injected script does not run`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(path);
    await page.goto(path);
    // Next's inline payload ran (it fills __next_f) and its bundles booted the app (window.next).
    await page.waitForFunction(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f) && (window as unknown as { next?: { version?: string } }).next?.version);
    expect(violations).toEqual([]);

    // Markup injected into the page, the classic XSS shapes: an inline handler and an inline script.
    await page.evaluate(() => {
      const box = document.createElement("div");
      box.innerHTML = '<img src="/no-such-image.png" onerror="window.__injected = true" alt="">';
      document.body.append(box);
      const script = document.createElement("script");
      script.textContent = "window.__injectedScript = true";
      document.body.append(script);
    });
    // The policy reports what it blocked (Chromium may fold the two under a per-request nonce policy into
    // one report); what matters is asserted next: neither the handler nor the script ran.
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    // A script element created by running script is trusted under 'strict-dynamic' (the nonce policy of
    // per-request pages, by design of CSP 3); only the hash policy of cached pages refuses it as well.
    if (path !== "/login") expect(await page.evaluate(() => (window as unknown as { __injectedScript?: boolean }).__injectedScript)).toBeUndefined();
  });
}

test("what the proxy does not see (an unknown file's 404 page) gets a policy that runs no script at all", async ({ request }) => {
  const response = await request.get("/wp-login.php");
  expect(response.status()).toBe(404);
  expect(response.headers()["content-security-policy"]).toContain("script-src 'none'");
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
});

/*
 * What a CDN or any shared cache in front would do with these answers (RFC 9111). A public cached page
 * may be stored by a shared cache (s-maxage), no longer than the page's own revalidation time on this
 * server (an hour, `revalidate` of the pages), and never by a browser as fresh (no max-age): a write
 * expires the page here at once, and a shared cache in front lags by at most that hour
 * (docs/security.md, "Shared caches in front"). A page rendered for one person is `private` and
 * `no-store`: no cache in front may keep it or hand it to the next visitor.
 */
const PAGE_REVALIDATE_SECONDS = 3600;
const directives = (response: RawResponse) =>
  new Map(String(response.headers["cache-control"] ?? "").split(/\s*,\s*/).filter(Boolean).map((d) => [d.split("=")[0].toLowerCase(), d.split("=")[1]] as const));

test("public cached pages tell a shared cache it may keep them for at most their revalidation time, and a browser not at all", async ({ baseURL }) => {
  for (const path of ["/", "/en", "/products", "/en/products", "/products?q=che", "/products/che-shan-tuyet-co-thu-cao-bo", "/en/products/che-shan-tuyet-co-thu-cao-bo"]) {
    await rawRequest(baseURL!, path);
    const response = await rawRequest(baseURL!, path);
    expect(response.headers["x-nextjs-cache"], path).toBe("HIT");
    const cache = directives(response);
    const shared = Number(cache.get("s-maxage"));
    expect(shared, `${path}: ${response.headers["cache-control"]}`).toBeGreaterThan(0);
    expect(shared, path).toBeLessThanOrEqual(PAGE_REVALIDATE_SECONDS);
    for (const forbidden of ["private", "no-store", "no-cache", "max-age"]) expect(cache.has(forbidden), `${path}: ${forbidden}`).toBe(false);
    expect(response.setCookies, path).toEqual([]);
    // The RSC payload of the same URL is another representation: a cache must key on these.
    expect(String(response.headers.vary), path).toMatch(/\brsc\b.*Accept-Encoding/);
  }
});

test("pages rendered for one visitor are private and no-store, and never come from the cache", async ({ baseURL }) => {
  const base = baseURL!;
  const signedIn = async (account: { email: string; password: string }, from: string) =>
    `next-auth.session-token=${cookieFrom((await postPageForm(base, "/login", { ...account, locale: "vi" }, { from })).setCookies, "next-auth.session-token")}`;
  const producer = await signedIn(PRODUCER, "127.0.11.1");
  const officer = await signedIn(OFFICER, "127.0.11.2");
  const cart = `ocop_cart=${encodeURIComponent(JSON.stringify([]))}`;
  const pages: [string, string][] = [
    ["/cart", cart],
    ["/en/cart", cart],
    ["/login", ""],
    ["/studio", producer],
    ["/studio/orders", producer],
    ["/account/password", producer],
    ["/admin", officer],
    ["/admin/orders", officer],
    ["/en/admin", officer],
  ];
  for (const [path, cookie] of pages) {
    const [first, second] = [await rawRequest(base, path, { headers: { cookie } }), await rawRequest(base, path, { headers: { cookie } })];
    for (const response of [first, second]) {
      expect(response.status, path).toBe(200);
      const cache = directives(response);
      expect(cache.has("private") && cache.has("no-store"), `${path}: ${response.headers["cache-control"]}`).toBe(true);
      expect(cache.has("s-maxage") || cache.has("public"), path).toBe(false);
      expect(response.headers["x-nextjs-cache"], path).toBeUndefined();
    }
    // Rendered again for the second request: its own nonce, so not a stored copy of the first.
    expect(first.headers["content-security-policy"], path).not.toBe(second.headers["content-security-policy"]);
  }
  // The checkout, with something in the cart.
  const added = await postPageForm(base, "/products/cam-sanh-vi-xuyen", { quantity: "1" }, { from: "127.0.11.3", formWith: 'name="slug"' });
  const checkout = await rawRequest(base, "/checkout", { headers: { cookie: `ocop_cart=${cookieFrom(added.setCookies, "ocop_cart")}` } });
  expect(checkout.status).toBe(200);
  expect(directives(checkout).has("no-store")).toBe(true);
  expect(directives(checkout).has("private")).toBe(true);
});
