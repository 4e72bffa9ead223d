// @ts-check
/*
 * The front door of every Next.js server we start, preloaded with NODE_OPTIONS=--import (see
 * scripts/lib/build.ts, `spawnNext`). It does what no layer of Next.js can, before Next.js sees the
 * request:
 *
 * 1. The client's socket address. Next.js fills X-Forwarded-For with it only when the client sent no
 *    such header, so the app could not tell a client-written header from a proxy's, and per-address
 *    throttles could be dodged by writing a new address on every request (lib/client-ip.ts). The peer
 *    goes to the app as `x-ocop-peer-address`, overwriting whatever a client sent under that name;
 *    the flag on globalThis tells the app the header is ours (a server started without this file
 *    ignores it).
 * 2. Request paths that cannot be decoded (`/%C3%28`: invalid UTF-8 or percent-encoding) or that
 *    decode to a control character (`/trace/%00`: PostgreSQL refuses a NUL with an error). Next.js
 *    fails on the first kind with a bare 500 before any of our code or headers run; here both get a
 *    400 with the site's security headers, whatever route they were meant for.
 * 3. Request bodies over the largest the app accepts (lib/request-limits.mjs, from UPLOAD_MAX_BYTES as
 *    next.config.ts sets Next's Server Action limit): a Content-Length over it
 *    is answered 413 before a byte is read (Next.js would read up to its limit first, and answer a
 *    multipart form over it with a 500). A body of unknown length (chunked) is left to Next.js's own
 *    limit: Next.js streams bodies that way between its own parts.
 * 4. HSTS on every response of an HTTPS site, decided at run time by the same one setting as the
 *    cookies' Secure flag (PUBLIC_BASE_URL, lib/security-headers.mjs `isHttpsSite`): next.config.ts
 *    headers are fixed when the app is built.
 * 5. Stored public pages, served from the cache as a static file would be
 *    (server/infra/cache-handler/front.mjs).
 * 6. A page that called `notFound()`: Next.js 16 answers a document request for it with 404 and an
 *    empty `<html id="__next_error__">` (the not-found UI only in the RSC payload, drawn once
 *    JavaScript runs: vercel/next.js#62228, fixes unreleased). Its body is replaced by the site's
 *    404 document, which Next.js does render on the server for a path no route matches
 *    (app/global-not-found.tsx), fetched here in the same language; status and cookies stay.
 *    Only document GETs answered 404 with HTML pay for it (docs/storefront.md).
 */
import http from "node:http";
import https from "node:https";
import { actionBodyLimitBytes, uploadMaxBytesSetting } from "../../lib/request-limits.mjs";
import { HSTS_VALUE, isHttpsSite, NOTHING_POLICY, STATIC_SECURITY_HEADERS } from "../../lib/security-headers.mjs";
import { serveStoredPage } from "../../server/infra/cache-handler/front.mjs";

const PEER_HEADER = "x-ocop-peer-address";
/** @type {Record<symbol, unknown>} */ (globalThis)[Symbol.for("ocop.peerAddressHeader")] = PEER_HEADER;

const HSTS = isHttpsSite(process.env.PUBLIC_BASE_URL) ? HSTS_VALUE : null;
const BODY_LIMIT_BYTES = actionBodyLimitBytes(uploadMaxBytesSetting(process.env.UPLOAD_MAX_BYTES));

/** @param {string | undefined} target */
function wellFormedPath(target) {
  const path = (target ?? "/").split("?", 1)[0];
  try {
    return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(path));
  } catch {
    return false;
  }
}

/**
 * Answers here with plain text and the site's security headers; the connection is closed rather
 * than an unwanted body read.
 * @param {http.ServerResponse} response @param {number} status @param {string} text
 */
function refuse(response, status, text) {
  /** @type {Record<string, string>} */
  const headers = { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "content-security-policy": NOTHING_POLICY, connection: "close" };
  for (const { key, value } of STATIC_SECURITY_HEADERS) headers[key] = value;
  response.writeHead(status, headers);
  response.end(`${text}\n`);
}

/**
 * @param {(request: http.IncomingMessage, response: http.ServerResponse) => void} listener
 * @returns {(this: unknown, request: http.IncomingMessage, response: http.ServerResponse) => void}
 */
function guarded(listener) {
  return function frontDoor(request, response) {
    request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    if (HSTS) response.setHeader("strict-transport-security", HSTS);
    if (!wellFormedPath(request.url)) return refuse(response, 400, "Bad Request: the path is not valid percent-encoded UTF-8 text.");
    const length = request.headers["content-length"];
    if (length !== undefined && Number(length) > BODY_LIMIT_BYTES) return refuse(response, 413, "Payload Too Large");
    if (serveStoredPage(request, response)) return;
    if (isDocumentRequest(request)) serveHumanNotFound(request, response);
    listener.call(this, request, response);
  };
}

/** Marks the front door's own request for the 404 document, so that its 404 is passed on as it is. */
const NOT_FOUND_HEADER = "x-ocop-not-found-document";
/** Not a route (Next.js renders app/global-not-found.tsx); proxy.ts rewrites its refusals to the same path. */
const NOT_FOUND_PATH = { vi: "/not-found-page", en: "/en/not-found-page" };

/** A browser asking for a page: GET, HTML accepted, not the client router's RSC request, not our own. */
function isDocumentRequest(/** @type {http.IncomingMessage} */ request) {
  const h = request.headers;
  return request.method === "GET" && !h.rsc && !h["next-router-prefetch"] && !h["next-action"] && !h[NOT_FOUND_HEADER] && /text\/html/.test(String(h.accept ?? ""));
}

/**
 * Watches the response: when Next.js first writes, ends or sends the head, a 404 with an HTML body
 * (Next's empty error document) is held back, and the 404 document fetched from this same server is
 * sent instead, under Next's status and cookies. Any other answer passes through untouched.
 * @param {http.IncomingMessage} request @param {http.ServerResponse} response
 */
function serveHumanNotFound(request, response) {
  const original = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders };
  /** @type {boolean | null} */
  let replacing = null;
  /** @param {number} status @param {unknown[]} rest */
  const decide = (status, rest = []) => {
    if (replacing !== null) return replacing;
    const given = /** @type {Record<string, unknown>} */ (rest.find((arg) => arg && typeof arg === "object" && !Array.isArray(arg)) ?? {});
    const type = String(response.getHeader("content-type") ?? given["content-type"] ?? given["Content-Type"] ?? "");
    // The wrappers stay in place either way (Next.js may have wrapped them in turn); they pass through.
    replacing = status === 404 && type.startsWith("text/html");
    return replacing;
  };
  // @ts-expect-error -- the same signature, passed through unless the answer is an HTML 404
  response.writeHead = function (/** @type {number} */ status, ...rest) {
    return decide(status, rest) ? this : original.writeHead.call(this, status, ...rest);
  };
  response.flushHeaders = function () {
    if (!decide(this.statusCode)) original.flushHeaders.call(this);
  };
  // @ts-expect-error -- (chunk, encoding?, callback?): Next's body of a 404 is accepted and dropped
  response.write = function (...args) {
    if (!decide(this.statusCode)) return original.write.apply(this, /** @type {any} */ (args));
    const done = args.find((arg) => typeof arg === "function");
    if (done) process.nextTick(done);
    return true;
  };
  // @ts-expect-error -- (chunk?, encoding?, callback?)
  response.end = function (...args) {
    if (!decide(this.statusCode)) return original.end.apply(this, /** @type {any} */ (args));
    const done = args.find((arg) => typeof arg === "function");
    const cookies = response.getHeader("set-cookie");
    notFoundDocument(request)
      .then(({ headers: fetched, body }) => {
        for (const name of response.getHeaderNames()) response.removeHeader(name);
        /** @type {Record<string, string | string[]>} */
        const head = { ...fetched, "content-length": String(body.byteLength) };
        if (cookies) head["set-cookie"] = /** @type {string | string[]} */ (cookies);
        original.writeHead.call(response, 404, head);
        original.end.call(response, body, done);
      })
      .catch(() => {
        for (const name of response.getHeaderNames()) response.removeHeader(name);
        original.writeHead.call(response, 404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "content-security-policy": NOTHING_POLICY });
        original.end.call(response, "Not Found\n", done);
      });
    return this;
  };
}

/**
 * The site's 404 document in the language of the request's path, from this server (loopback).
 * @param {http.IncomingMessage} request
 * @returns {Promise<{ headers: Record<string, string | string[]>, body: Buffer }>}
 */
function notFoundDocument(request) {
  const locale = /^\/en(?:[/?]|$)/.test(request.url ?? "") ? "en" : "vi";
  return new Promise((resolve, reject) => {
    const fetch = http.get(
      {
        host: "127.0.0.1",
        port: request.socket.localPort,
        path: NOT_FOUND_PATH[locale],
        headers: { accept: "text/html", "accept-language": locale, [NOT_FOUND_HEADER]: "1", cookie: request.headers.cookie ?? "" },
      },
      (answer) => {
        /** @type {Buffer[]} */
        const chunks = [];
        answer.on("data", (chunk) => chunks.push(chunk));
        answer.on("error", reject);
        answer.on("end", () => {
          /** @type {Record<string, string | string[]>} */
          const headers = {};
          for (const [name, value] of Object.entries(answer.headers)) {
            if (value === undefined || ["connection", "transfer-encoding", "content-length", "keep-alive", "set-cookie", "date"].includes(name)) continue;
            headers[name] = value;
          }
          resolve({ headers, body: Buffer.concat(chunks) });
        });
      },
    );
    fetch.on("error", reject);
    fetch.setTimeout(10_000, () => fetch.destroy(new Error("404 document timed out")));
  });
}

for (const library of [http, https]) {
  const createServer = library.createServer;
  // @ts-expect-error -- same signature, the request listener wrapped
  library.createServer = function createServerBehindFrontDoor(...args) {
    const index = args.findIndex((arg) => typeof arg === "function");
    if (index >= 0) args[index] = guarded(args[index]);
    return createServer.apply(this, args);
  };
}
