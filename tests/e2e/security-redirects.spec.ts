import { expect, test } from "@playwright/test";
import { HOSTILE_CHARACTERS, percentEncoded } from "../support/hostile-characters";
import { cookieFrom, postPageForm } from "../support/http-client";
import { THROTTLE_OFFICER } from "./support/fixture-accounts";

/*
 * Finding 1 (open redirect after sign-in), the whole class: a callback that leaves the site in any
 * browser's reading — `//host`, `/\host`, a control character or any kind of space that the URL
 * parser drops or that no header may carry, raw or percent-encoded — never takes a signed-in user off
 * the site, and never costs a 500 after the session cookie was set.
 */

const SESSION_COOKIE = "next-auth.session-token";
const EVIL = "evil.example";

test("every control and whitespace character in a callback keeps the sign-in on this site", async ({ baseURL }) => {
  test.setTimeout(600_000);
  const base = baseURL!;
  const targets = HOSTILE_CHARACTERS.flatMap((character) => [`/${character}/${EVIL}`, `/${percentEncoded(character)}/${EVIL}`]);
  targets.push(`//${EVIL}`, `/\\${EVIL}`, `/%2F/${EVIL}`, `/%5C/${EVIL}`, `/%252F%252F${EVIL}`, `https://${EVIL}/`, `\\\\${EVIL}`);
  const failures: string[] = [];
  for (const callbackUrl of targets) {
    // The attacker's link: /login?callbackUrl=…; the victim signs in on the real page. A link with a
    // control character is refused outright (next test), so the value reaches the action as the form's
    // field, which is what the server must judge whatever the page did with it.
    const page = /[\u0000-\u001f\u007f]/.test(callbackUrl) ? "/login" : `/login?callbackUrl=${encodeURIComponent(callbackUrl)}`;
    const response = await postPageForm(base, page, { email: THROTTLE_OFFICER.email, password: THROTTLE_OFFICER.password, locale: "vi", callbackUrl });
    const location = String(response.headers.location ?? "");
    const lands = location ? new URL(location, base) : null;
    if (response.status !== 303 || !cookieFrom(response.setCookies, SESSION_COOKIE) || lands?.origin !== new URL(base).origin || location.includes(EVIL)) {
      failures.push(`${JSON.stringify(callbackUrl)} → ${response.status} ${location}`);
    }
  }
  expect(failures).toEqual([]);
});

test("in Chromium, a link carrying a control character is refused outright", async ({ page }) => {
  for (const character of ["\t", "\n", "\r", "\u000b", "\f", "\u0000"]) {
    const response = await page.goto(`/login?callbackUrl=${encodeURIComponent(`/${character}/${EVIL}`)}`);
    expect(response?.status()).toBe(400);
    expect(response?.headers()["content-security-policy"]).toBeTruthy();
    await expect(page.locator('input[name="password"]')).toHaveCount(0);
  }
});

test("in Chromium with JavaScript, a callback with a Unicode space, a backslash or a double slash ends on this site", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const callbackUrl of [`/\u3000/${EVIL}`, `/\u00a0/${EVIL}`, `/\u2028/${EVIL}`, `/%09/${EVIL}`, `/%E3%80%80/${EVIL}`, `/\\${EVIL}`, `//${EVIL}`, `/%2F/${EVIL}`]) {
    await page.context().clearCookies();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.locator('input[name="email"]').fill(THROTTLE_OFFICER.email);
    await page.locator('input[name="password"]').fill(THROTTLE_OFFICER.password);
    await page.locator('form:has(input[name="password"]) button[type="submit"]').click();
    await expect(page, JSON.stringify(callbackUrl)).toHaveURL((url) => url.origin === origin && !url.pathname.endsWith("/login"), { timeout: 30_000 });
    await expect(page.locator("body")).not.toContainText("Internal Server Error");
  }
});

test("a safe callback is honoured: the officer lands where the sign-in page was asked for", async ({ page }) => {
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/admin/review?tab=pending")}`);
  await page.locator('input[name="email"]').fill(THROTTLE_OFFICER.email);
  await page.locator('input[name="password"]').fill(THROTTLE_OFFICER.password);
  await page.locator('form:has(input[name="password"]) button[type="submit"]').click();
  await expect(page).toHaveURL(/\/admin\/review\?tab=pending$/, { timeout: 30_000 });
});
