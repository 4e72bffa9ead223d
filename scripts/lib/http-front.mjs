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
 * 6. A page that called `notFound()`: Next.js 16 answers its page load with 404 and an empty
 *    `<html id="__next_error__">` that shows nothing without JavaScript (vercel/next.js#62228). The
 *    site's server-rendered 404 document, without scripts, is sent instead
 *    (scripts/lib/not-found-front.mjs, docs/storefront.md).
 */
import http from "node:http";
import https from "node:https";
import { localeOfPath, prefixPath } from "../../lib/locale-prefix.mjs";
import { actionBodyLimitBytes, uploadMaxBytesSetting } from "../../lib/request-limits.mjs";
import { HSTS_VALUE, isHttpsSite, NOTHING_POLICY, STATIC_SECURITY_HEADERS } from "../../lib/security-headers.mjs";
import { serveStoredPage } from "../../server/infra/cache-handler/front.mjs";
import { watchForEmptyNotFound } from "./not-found-front.mjs";
import enErrors from "../../messages/en/errors.json" with { type: "json" };
import viErrors from "../../messages/vi/errors.json" with { type: "json" };

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
 * Answers here with the site's security headers (plain text unless told otherwise; nothing loads);
 * the connection is closed rather than an unwanted body read.
 * @param {http.ServerResponse} response @param {number} status @param {string} text @param {string} [contentType]
 */
function refuse(response, status, text, contentType = "text/plain; charset=utf-8") {
  /** @type {Record<string, string>} */
  const headers = { "content-type": contentType, "cache-control": "no-store", "content-security-policy": NOTHING_POLICY, connection: "close" };
  for (const { key, value } of STATIC_SECURITY_HEADERS) headers[key] = value;
  response.writeHead(status, headers);
  response.end(`${text}\n`);
}

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A body over the limit, answered so that the person who sent it is told, in their language, and
 * keeps a way on (issue 14: a photo too heavy must not end on a bare English error):
 * - a Server Action sent by the page's JavaScript (`next-action` header): plain text in Next's own
 *   words for its own limit. Next hands a `text/plain` 4xx body to the page's error boundary as the
 *   error's message, and app/[locale]/error.tsx shows its "too large" text for "Body exceeded".
 * - a form posted without JavaScript (a browser asking for HTML): a small page in the language of the
 *   URL, from the site's messages, with the way back and home.
 * - anything else (an API client, a webhook): plain text.
 * @param {http.IncomingMessage} request @param {http.ServerResponse} response
 */
function refuseTooLarge(request, response) {
  if (request.headers["next-action"]) return refuse(response, 413, `Body exceeded the limit of ${BODY_LIMIT_BYTES} bytes`, "text/plain");
  if (!/\btext\/html\b/.test(request.headers.accept ?? "")) return refuse(response, 413, "Payload Too Large");
  const path = (request.url ?? "/").split("?", 1)[0];
  const locale = localeOfPath(path);
  const t = (locale === "en" ? enErrors : viErrors).page;
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.title)}</title></head>
<body><main role="alert"><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.tooLarge)}</p>
<p><a href="${escapeHtml(path)}">${escapeHtml(t.back)}</a> · <a href="${prefixPath("/", locale)}">${escapeHtml(t.home)}</a></p></main></body></html>`;
  return refuse(response, 413, html, "text/html; charset=utf-8");
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
    if (length !== undefined && Number(length) > BODY_LIMIT_BYTES) return refuseTooLarge(request, response);
    if (serveStoredPage(request, response)) return;
    watchForEmptyNotFound(request, response);
    listener.call(this, request, response);
  };
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
