import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { PRODUCER, signIn } from "./support/auth";

/**
 * Public pages ship no message catalogue to the browser (there is no NextIntlClientProvider in the
 * root layout); back-office pages ship only the namespaces of their client forms (i18n/client-messages.tsx).
 * Weight itself is measured by `npm run lighthouse`, not here.
 */

/** Leaf strings of a namespace long enough not to coincide with text a page renders for its own reasons. */
function sentinels(namespace: string): string[] {
  const json = JSON.parse(readFileSync(path.resolve("messages/vi", `${namespace}.json`), "utf8")) as Record<string, unknown>;
  const leaves: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") {
      if (value.length >= 24 && !value.includes("{")) leaves.push(value);
    } else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(json);
  return leaves;
}

const PROVIDER_MESSAGES = /\\?"messages\\?":\{/;

for (const url of ["/", "/en", "/products", "/products/che-shan-tuyet-co-thu-cao-bo", "/trace/VX-CB-2025-01", "/programme"]) {
  test(`${url} embeds no client messages`, async ({ request }) => {
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).not.toMatch(PROVIDER_MESSAGES);
    for (const namespace of ["admin", "listings", "profile", "accounts"]) {
      for (const text of sentinels(namespace)) expect(html, `${namespace}: ${text}`).not.toContain(text);
    }
  });
}

test("the favicon and icons are served (a 404 there is a console error on every page)", async ({ request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  const html = await (await request.get("/")).text();
  for (const rel of ["icon", "apple-touch-icon"]) {
    const href = new RegExp(`<link rel="${rel}" href="([^"]+)"`).exec(html)?.[1];
    expect(href, rel).toBeTruthy();
    expect((await request.get(href!)).status(), href).toBe(200);
  }
});

test("a studio form page ships its own namespaces and not the admin's", async ({ page }) => {
  await signIn(page, PRODUCER);
  const response = await page.request.get("/studio/products/new");
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toMatch(PROVIDER_MESSAGES);
  expect(html).toContain(sentinels("listings")[0]);
  for (const text of sentinels("admin")) expect(html, text).not.toContain(text);
});
