// @ts-check
/*
 * Stored public pages served straight from this instance's cache, in front of Next.js's router
 * (called by scripts/lib/http-front.mjs for every request). A cached page is the same bytes for every
 * visitor with a policy stored beside it (lib/security-headers.mjs), so nothing of Next.js's per-request
 * work is needed to send it again: a hit costs what a static file costs.
 *
 * It serves only what Next.js itself would serve from the cache at that moment — a stored page whose
 * tags were not invalidated since it was rendered and whose revalidation time has not passed
 * (TaggedEntries.freshPage) — with the same headers. Everything else (a miss, a stale page, a query,
 * a request of the client router, any other page) goes on to Next.js, which renders and stores.
 */
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import cacheControl from "next/dist/server/lib/cache-control.js";
import etag from "next/dist/server/lib/etag.js";
import { pageOfRequest } from "../../../lib/cached-pages.mjs";
import { STATIC_SECURITY_HEADERS } from "../../../lib/security-headers.mjs";
import { CACHE_STATE } from "./state-key.mjs";

/** What Next.js varies a page on (its RSC payloads share the URL), and the encoding. */
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";
const CACHE_TAGS_HEADER = "x-next-cache-tags";

/**
 * Each stored page's bytes, made once: as sent and compressed the way the visitor accepts.
 * @type {WeakMap<object, { plain: Buffer, etag: string, br?: Buffer, gzip?: Buffer }>}
 */
const bodies = new WeakMap();

/** @param {object} value @param {string} html */
function bodyOf(value, html) {
  let body = bodies.get(value);
  if (!body) {
    body = { plain: Buffer.from(html, "utf8"), etag: etag.generateETag(html) };
    bodies.set(value, body);
  }
  return body;
}

/**
 * @param {{ plain: Buffer, br?: Buffer, gzip?: Buffer }} body
 * @param {string | string[] | undefined} accepted
 * @returns {[Buffer, string | undefined]}
 */
function encoded(body, accepted) {
  const accepts = String(accepted ?? "");
  if (/\bbr\b/.test(accepts)) {
    body.br ??= brotliCompressSync(body.plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
    return [body.br, "br"];
  }
  if (/\bgzip\b/.test(accepts)) {
    body.gzip ??= gzipSync(body.plain);
    return [body.gzip, "gzip"];
  }
  return [body.plain, undefined];
}

/**
 * Answers `request` with its stored page when there is one to serve as is; returns whether it did.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 */
export function serveStoredPage(request, response) {
  const path = pageOfRequest(request.method ?? "GET", request.url ?? "/", request.headers);
  if (!path) return false;
  const cache = /** @type {{ [CACHE_STATE]?: import("./shared-tags.mjs").SharedTagCache }} */ (globalThis)[CACHE_STATE];
  const entry = cache?.freshPage(path);
  if (!entry?.value || entry.value.kind !== "APP_PAGE" || typeof entry.value.html !== "string") return false;
  const body = bodyOf(entry.value, entry.value.html);
  /** @type {Record<string, string>} */
  const headers = {};
  for (const { key, value } of STATIC_SECURITY_HEADERS) headers[key] = value;
  for (const [key, value] of Object.entries(entry.value.headers ?? {})) {
    if (key !== CACHE_TAGS_HEADER && typeof value === "string") headers[key] = value;
  }
  Object.assign(headers, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": cacheControl.getCacheControlHeader(entry.cacheControl ?? { revalidate: false, expire: undefined }),
    etag: body.etag,
    vary: VARY,
    "x-nextjs-cache": "HIT",
  });
  if (String(request.headers["if-none-match"] ?? "").split(/\s*,\s*/).includes(body.etag)) {
    response.writeHead(304, headers);
    response.end();
    return true;
  }
  const [bytes, encoding] = encoded(body, request.headers["accept-encoding"]);
  response.writeHead(200, { ...headers, "content-length": String(bytes.length), ...(encoding ? { "content-encoding": encoding } : {}) });
  response.end(request.method === "HEAD" ? undefined : bytes);
  return true;
}
