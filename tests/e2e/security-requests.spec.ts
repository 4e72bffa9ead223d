import { readFileSync } from "node:fs";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { actionBodyLimitBytes, uploadMaxBytesSetting } from "../../lib/request-limits.mjs";
import { E2E_STATE_FILE } from "../../playwright.config";
import { cookieFrom, postPageForm, rawRequest, type RawResponse } from "../support/http-client";
import { PRODUCER } from "./support/auth";
import { SESSION_PRODUCER, THROTTLE_OFFICER } from "./support/fixture-accounts";
import { communeIdOf } from "./support/shop";

/*
 * Finding 6, the smaller holes, each attacked over HTTP as a script would: malformed requests, cache
 * flooding, scan inflation, script links, cookies without Secure, oversized bodies.
 */

const { httpsSite } = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { httpsSite: string };

function expectSecurityHeaders(response: RawResponse, what: string) {
  expect(response.headers["x-content-type-options"], what).toBe("nosniff");
  expect(response.headers["content-security-policy"], what).toMatch(/frame-ancestors 'none'/);
  expect(String(response.headers["content-security-policy"]), what).not.toMatch(/script-src[^;]*unsafe-inline/);
}

test("malformed requests are answered 400 with the security headers, never 500", async ({ baseURL }) => {
  const base = baseURL!;
  const malformed = [
    "/%C3%28", "/products/%C3%28", "/en/%E0%A4%A", "/trace/%00", "/orders/%00", "/api/v1/products/%00", "/api/v1/trace/%C3%28",
    "/products?q=%00", "/producers?q=a%00b", "/en/products?q=%0A", "/products?constructor=1", "/producers?toString=x",
    "/products?__proto__[polluted]=1", "/en/producers?hasOwnProperty=1", "/login?callbackUrl=%09", "/api/v1/products?q=%00",
    "/api/v1/producers?q=%1F",
  ];
  for (const path of malformed) {
    const response = await rawRequest(base, path);
    expect(response.status, path).toBe(400);
    expect(response.headers["x-content-type-options"], path).toBe("nosniff");
  }
  for (const path of malformed.filter((p) => !p.startsWith("/api/"))) expectSecurityHeaders(await rawRequest(base, path), path);
});

/** Sends `declaredBytes` of Content-Length but only a little of the body, and waits for the answer. */
function oversizedPost(base: string, path: string, declaredBytes: number): Promise<{ status: number; headers: http.IncomingHttpHeaders; ms: number }> {
  const target = new URL(base);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let settled = false;
    const request = http.request(
      { host: target.hostname, port: target.port, method: "POST", path, headers: { "content-type": "application/octet-stream", "content-length": declaredBytes, origin: base } },
      (response) => {
        settled = true;
        response.resume();
        resolve({ status: response.statusCode ?? 0, headers: response.headers, ms: Date.now() - started });
        request.destroy();
      },
    );
    // The server may close the connection on the unread body: only an error before any answer counts.
    request.on("error", (error) => {
      if (!settled) reject(error);
    });
    request.write(Buffer.alloc(64 * 1024));
    setTimeout(() => {
      if (!settled) reject(new Error(`${path} did not answer while the body was still unsent`));
    }, 30_000).unref();
  });
}

test("bodies over the limit are refused from their length, before they are read", async ({ baseURL }) => {
  const base = baseURL!;
  // A Server Action post 1 MB over the limit (three photos at the upload limit plus 1 MB: 25 MB with
  // the default 8 MB per photo) to a page with a form.
  const limit = actionBodyLimitBytes(uploadMaxBytesSetting(process.env.UPLOAD_MAX_BYTES));
  const action = await oversizedPost(base, "/ideas/new", limit + 1024 * 1024);
  expect(action.status).toBe(413);
  expect(action.headers["x-content-type-options"]).toBe("nosniff");
  // The Stripe webhook: 2 MB where an event is a few kilobytes.
  const webhook = await oversizedPost(base, "/api/webhooks/stripe", 2 * 1024 * 1024);
  expect(webhook.status).toBe(413);
});

test("parameters a listing does not read and made-up paths never make cache entries", async ({ baseURL }) => {
  const base = baseURL!;
  await rawRequest(base, "/products");
  for (let i = 0; i < 3; i++) {
    // Served from /products' own entry: no new page rendered and stored for the junk.
    const tagged = await rawRequest(base, `/products?utm_source=zalo${i}&fbclid=junk${i}`);
    expect(tagged.status).toBe(200);
    expect(tagged.headers["x-nextjs-cache"]).toBe("HIT");
  }
  const junk = `/products/khong-co-san-pham-${Date.now()}`;
  const internal = `/vi/products-query/${Buffer.from(`q=rac${Date.now()}`).toString("base64url")}`;
  for (const path of [junk, internal, `/producers-query/${Buffer.from("q=x").toString("base64url")}`]) {
    const first = await rawRequest(base, path);
    const second = await rawRequest(base, path);
    expect(first.status, path).toBe(404);
    expect(second.status, path).toBe(404);
    // Rendered again, not served from a stored copy: nothing was kept for it.
    expect(second.headers["x-nextjs-cache"], path).not.toBe("HIT");
    expectSecurityHeaders(second, path);
  }
});

/** The scans the studio's batch list shows for a lot, for its producer. */
async function scansOf(base: string, cookie: string, lot: string): Promise<number> {
  const html = (await rawRequest(base, "/studio/batches", { headers: { cookie } })).body;
  const row = [...html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((match) => match[1]).find((cells) => cells.includes(lot));
  if (!row) throw new Error(`no row for ${lot}`);
  const cells = [...row.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map((match) => match[1].replace(/<[^>]+>/g, "").trim());
  return Number(cells.at(-1));
}

test("a visitor scanning a batch over and over counts once a day, whatever address it writes", async ({ baseURL }) => {
  const base = baseURL!;
  const signedIn = await postPageForm(base, "/login", { ...PRODUCER, locale: "vi" });
  const cookie = `next-auth.session-token=${cookieFrom(signedIn.setCookies, "next-auth.session-token")}`;
  const before = await scansOf(base, cookie, "CC2603");
  // The GS1 Digital Link printed on the broom's label (GTIN 8936045500019, lot CC2603).
  const scan = (from: string, forged?: string) =>
    rawRequest(base, "/01/08936045500019/10/CC2603", { from, headers: forged ? { "x-forwarded-for": forged } : {} });
  for (let i = 0; i < 10; i++) expect((await scan("127.0.7.1", `198.51.100.${i}`)).status).toBe(307);
  await scan("127.0.7.2");
  await scan("127.0.7.2");
  expect(await scansOf(base, cookie, "CC2603")).toBe(before + 2);
});

test("a producer's website must be an http(s) address: script and data links are refused", async ({ baseURL }) => {
  const base = baseURL!;
  const signedIn = await postPageForm(base, "/login", { ...SESSION_PRODUCER, locale: "vi" }, { from: "127.0.8.1" });
  const cookie = `next-auth.session-token=${cookieFrom(signedIn.setCookies, "next-auth.session-token")}`;
  for (const website of ["javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "JaVaScRiPt:alert(1)"]) {
    const saved = await postPageForm(base, "/studio/profile", { website }, { cookie, allFields: true, formWith: 'name="website"' });
    expect(saved.body, website).toContain("Trang web phải là địa chỉ http:// hoặc https://.");
  }
  const page = await rawRequest(base, "/studio/profile", { headers: { cookie } });
  expect(page.body).not.toMatch(/value="(?:javascript|data):/i);
});

test("on an HTTPS site, one setting makes every cookie Secure and sends HSTS on every answer", async ({ baseURL }) => {
  const https = httpsSite;
  // HSTS on pages, static files, the API and the front door's own 400.
  const staticFile = /\/_next\/static\/[^"]+\.js/.exec((await rawRequest(https, "/")).body)?.[0];
  for (const path of ["/", "/products", "/login", staticFile!, "/api/health", "/%C3%28"]) {
    expect((await rawRequest(https, path)).headers["strict-transport-security"], path).toMatch(/max-age=\d{7,}/);
  }
  // The same build served as plain HTTP sends none.
  expect((await rawRequest(baseURL!, "/")).headers["strict-transport-security"]).toBeUndefined();

  const secure = (lines: string[], name: string) => {
    const line = lines.find((cookie) => cookie.startsWith(`${name}=`));
    expect(line, name).toBeTruthy();
    expect(line, name).toMatch(/;\s*Secure/i);
    expect(line, name).toMatch(/;\s*HttpOnly/i);
  };
  const session = await postPageForm(https, "/login", { ...THROTTLE_OFFICER, locale: "vi" });
  secure(session.setCookies, "__Secure-next-auth.session-token");
  secure(session.setCookies, "ocop_device");

  const added = await postPageForm(https, "/products/che-shan-tuyet-co-thu-cao-bo", { quantity: "1" }, { formWith: 'name="slug"' });
  secure(added.setCookies, "ocop_cart");
  const cart = `ocop_cart=${cookieFrom(added.setCookies, "ocop_cart")}`;
  const placed = await postPageForm(
    https,
    "/checkout",
    { customerName: "Khách kiểm thử", phone: "0987654321", email: "khach@example.vn", addressLine: "Số 1 phố Điện Biên Phủ", provinceCode: "01", communeId: await communeIdOf(https, "01", "Ba Đình"), note: "", paymentMethod: "COD" },
    { cookie: cart, formWith: 'name="phone"', from: "127.0.9.1" },
  );
  expect(placed.status).toBe(303);
  secure(placed.setCookies, "ocop_order_access");
});
