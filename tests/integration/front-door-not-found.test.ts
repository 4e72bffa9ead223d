import { type ChildProcess, spawn } from "node:child_process";
import { request } from "node:http";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The front door's replacement of Next.js's empty 404 document (scripts/lib/not-found-front.mjs),
 * through HTTP: a small server stands where Next.js would, behind the real front door (preloaded the
 * way scripts/lib/build.ts's spawnNext preloads it) and Next.js's own compression middleware. It
 * answers like Next.js 16 in production: a page that called notFound() with the empty
 * `<html id="__next_error__">`, a path no route matches with the server-rendered 404 document.
 * The browser's view of the real thing is tests/e2e/not-found.spec.ts.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");

const STAND_IN = `
import http from "node:http";
import { createRequire } from "node:module";
const compression = createRequire(process.cwd() + "/package.json")("next/dist/compiled/compression");
const compress = compression();
const probes = { vi: 0, en: 0 };
// Large enough (over 1 kB) for the compression middleware to compress, as Next's are.
const padding = "x".repeat(2048);
const shell = '<!DOCTYPE html><html id="__next_error__"><head><meta name="robots" content="noindex"/><script src="/_next/static/chunks/main.js" async=""></script></head><body><div hidden=""></div><script>self.__next_f.push([1,"' + padding + '"])</script></body></html>';
const document = (lang, title) => '<!DOCTYPE html><html lang="' + lang + '"><head><link rel="stylesheet" href="/_next/static/chunks/site.css"/><link rel="modulepreload" href="/_next/static/chunks/other.js"/><script src="/_next/static/chunks/other.js" async="" nonce="n"></script><title>' + title + '</title><meta name="robots" content="noindex"/></head><body><form action="/products" method="get" role="search"></form><main><h1>' + title + '</h1><a href="/">home</a></main><script>self.__next_f.push([1,"' + padding + '"])</script></body></html>';
http.createServer((req, res) => {
  compress(req, res, () => {});
  const url = req.url;
  const send = (status, type, body, headers = {}) => {
    res.statusCode = status;
    res.setHeader("content-type", type);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    // Streamed in pieces, as React writes a document.
    const half = Math.floor(body.length / 2);
    res.write(body.slice(0, half));
    setTimeout(() => res.end(body.slice(half)), 5);
  };
  if (url === "/probes") return send(200, "application/json", JSON.stringify(probes));
  if (url === "/not-found-page" || url === "/en/not-found-page") {
    const en = url.startsWith("/en");
    probes[en ? "en" : "vi"] += 1;
    if (req.headers["x-ocop-not-found-document"] !== "1") return send(500, "text/plain", "not the front door");
    // global-not-found.tsx names the work area the front door passes on (here: in the title).
    const area = req.headers["x-ocop-not-found-area"] ? " · " + req.headers["x-ocop-not-found-area"] : "";
    return send(404, "text/html; charset=utf-8", en ? document("en", "Page not found" + area) : document("vi", "Không tìm thấy trang" + area), { "set-cookie": "probe=1" });
  }
  if (url === "/no-route") return send(404, "text/html; charset=utf-8", document("vi", "Không tìm thấy trang"));
  if (url === "/ok") return send(200, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\\"vi\\"><body>" + padding + "</body></html>", { etag: '"ok"' });
  if (req.headers.rsc) return send(404, "text/x-component", "0:" + padding);
  // Every other path is a page that called notFound().
  return send(404, "text/html; charset=utf-8", shell, {
    "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
    "content-security-policy": "script-src 'nonce-n'",
    etag: '"shell"',
    "set-cookie": ["a=1; Path=/", "b=2; Path=/"],
    vary: "rsc, Accept-Encoding",
  });
}).listen(0, "127.0.0.1", function () { console.log("port=" + this.address().port); });
`;

let server: ChildProcess;
let port = 0;

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string; bytes: number };

function get(target: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, path: target, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () => {
        const raw = Buffer.concat(chunks);
        const encoding = answer.headers["content-encoding"];
        const body = encoding === "gzip" ? gunzipSync(raw) : encoding === "br" ? brotliDecompressSync(raw) : raw;
        resolve({ status: answer.statusCode ?? 0, headers: answer.headers, body: body.toString("utf8"), bytes: raw.byteLength });
      });
      answer.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

beforeAll(async () => {
  server = spawn(process.execPath, ["--import", path.join(ROOT, "scripts/lib/http-front.mjs"), "--input-type=module", "-e", STAND_IN], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  port = await new Promise<number>((resolve, reject) => {
    server.stdout!.on("data", (chunk: Buffer) => {
      const found = /port=(\d+)/.exec(chunk.toString());
      if (found) resolve(Number(found[1]));
    });
    server.on("exit", (code) => reject(new Error(`the stand-in server exited (${code})`)));
  });
});

afterAll(() => {
  server?.kill();
});

describe("the front door and a page that called notFound()", () => {
  it("sends the site's 404 document in the URL's language, without scripts, under Next's status and headers", async () => {
    for (const [target, lang, title] of [
      ["/products/khong-co", "vi", "Không tìm thấy trang"],
      ["/en/products/no-such-thing", "en", "Page not found"],
      ["/trace/ZZZ?x=1", "vi", "Không tìm thấy trang"],
    ] as const) {
      const answer = await get(target, { accept: "text/html", "accept-encoding": "gzip, deflate, br" });
      expect(answer.status, target).toBe(404);
      expect(answer.body).toContain(`<html lang="${lang}">`);
      expect(answer.body).toContain(`<h1>${title}</h1>`);
      expect(answer.body).toContain('<form action="/products" method="get" role="search">');
      expect(answer.body).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css"/>');
      expect(answer.body).not.toContain("__next_error__");
      expect(answer.body).not.toMatch(/<script|modulepreload|__next_f/);
      // Next's headers stay (the policy, the cookies, no-store); the ETag of the empty document does not.
      expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(answer.headers["cache-control"]).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
      expect(answer.headers["content-security-policy"]).toBe("script-src 'nonce-n'");
      expect(answer.headers["set-cookie"]).toEqual(["a=1; Path=/", "b=2; Path=/"]);
      expect(answer.headers.etag).toBeUndefined();
      // Compressed as Next's compression chose for this visitor (the body above decoded from it), and
      // its length is the one sent.
      expect(["gzip", "br"]).toContain(answer.headers["content-encoding"]);
      expect(answer.headers["content-length"]).toBe(String(answer.bytes));
    }
  });

  it("works without compression too, and fetches each language's document once", async () => {
    for (let i = 0; i < 3; i++) {
      const answer = await get("/en/fairs/khong-co");
      expect(answer.status).toBe(404);
      expect(answer.headers["content-encoding"]).toBeUndefined();
      expect(answer.body).toContain("<h1>Page not found</h1>");
      expect(answer.body).not.toMatch(/<script/);
      expect(Number(answer.headers["content-length"])).toBe(Buffer.byteLength(answer.body));
    }
    await get("/products/khong-co");
    // Six answers in two languages in this file so far, and each language's document was fetched once.
    expect(JSON.parse((await get("/probes")).body)).toEqual({ vi: 1, en: 1 });
  });

  it("asks for the officers' or producers' 404 document for a page of their area, in its language", async () => {
    for (const [target, title] of [
      ["/admin/orders/VX-KHONG-CO", "Không tìm thấy trang · admin"],
      ["/en/admin/certificates/khong-co", "Page not found · admin"],
      ["/studio/products/khong-co/edit?tab=1", "Không tìm thấy trang · studio"],
      ["/en/studio", "Page not found · studio"],
      // Only the area's own paths: a public page that merely starts with the same letters is public.
      ["/administration", "Không tìm thấy trang"],
      ["/products/admin", "Không tìm thấy trang"],
    ] as const) {
      const answer = await get(target, { accept: "text/html" });
      expect(answer.status, target).toBe(404);
      expect(answer.body, target).toContain(`<h1>${title}</h1>`);
      expect(answer.body).not.toMatch(/<script/);
    }
  });

  it("leaves every other answer as Next.js wrote it", async () => {
    // A path no route matches: already a whole document, scripts and all.
    const noRoute = await get("/no-route", { "accept-encoding": "gzip" });
    expect(noRoute.status).toBe(404);
    expect(noRoute.headers["content-encoding"]).toBe("gzip");
    expect(noRoute.body).toContain('<script src="/_next/static/chunks/other.js"');

    // The client router's request for the same missing page: its payload is for the page's JavaScript.
    const rsc = await get("/products/khong-co", { rsc: "1" });
    expect(rsc.status).toBe(404);
    expect(rsc.headers["content-type"]).toBe("text/x-component");
    expect(rsc.body).toMatch(/^0:x+$/);

    // A page that exists, streamed.
    const ok = await get("/ok", { "accept-encoding": "gzip" });
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"ok"');
    expect(ok.body).toMatch(/^<!DOCTYPE html><html lang="vi"><body>x{2048}<\/body><\/html>$/);

    // HEAD gets Next's head alone.
    const head = await new Promise<number>((resolve, reject) =>
      request({ host: "127.0.0.1", port, path: "/products/khong-co", method: "HEAD" }, (answer) => {
        answer.resume();
        resolve(answer.statusCode ?? 0);
      })
        .on("error", reject)
        .end(),
    );
    expect(head).toBe(404);
  });
});
