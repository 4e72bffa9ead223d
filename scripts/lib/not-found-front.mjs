// @ts-check
/*
 * A page that called `notFound()`, sent readable without JavaScript (called by
 * scripts/lib/http-front.mjs for page loads, before Next.js sees the request). Next.js 16 answers it
 * with 404 and an empty `<html id="__next_error__">` (lib/not-found-document.mjs says why). Here the
 * answer is watched: a 404 with an HTML body is held back (a few kB) until it ends; if it is that
 * empty document, the site's 404 document in the URL's language is sent instead, without its scripts,
 * under Next's status and headers (its policy, cookies, Cache-Control), with its own length and no
 * ETag. Any other answer passes through as Next.js wrote it, byte for byte.
 *
 * Next.js compresses after this layer (its compression middleware wraps the response once Next.js
 * has it), so what is held back is in the Content-Encoding the response names: it is decoded to be
 * read, and the replacement encoded the same way.
 */
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import path from "node:path";
import zlib from "node:zlib";
import { localeOfPath } from "../../lib/locale-prefix.mjs";
import {
  areaOfPath,
  isDocumentRequest,
  isErrorShell,
  NOT_FOUND_AREA_HEADER,
  NOT_FOUND_PROBE_HEADER,
  NOT_FOUND_PROBE_PATHS,
  withoutScripts,
} from "../../lib/not-found-document.mjs";

/**
 * The 404 document of each language and area (public, officers', producers'), fetched once per build
 * (its stylesheet names change with it).
 */
/** @type {Map<string, Promise<string>>} */
const documents = new Map();
const BUILD_ID_FILE = path.join(process.cwd(), ".next", "BUILD_ID");

function buildId() {
  try {
    return fs.readFileSync(BUILD_ID_FILE, "utf8").trim();
  } catch {
    return "";
  }
}

/**
 * The site's 404 document in `locale` for `area`, from this same server (the address the visitor
 * reached), with its scripts taken out.
 * @param {http.IncomingMessage} request @param {"vi" | "en"} locale @param {"admin" | "studio" | null} area
 * @returns {Promise<string>}
 */
function notFoundDocument(request, locale, area) {
  const key = `${buildId()}:${locale}:${area ?? "public"}`;
  let document = documents.get(key);
  if (!document) {
    for (const old of documents.keys()) if (!old.startsWith(`${key.split(":")[0]}:`)) documents.delete(old);
    document = fetchDocument(request, locale, area).then(withoutScripts);
    documents.set(key, document);
    // A failure is not kept: the next 404 asks again.
    document.catch(() => documents.delete(key));
  }
  return document;
}

/** @param {http.IncomingMessage} request @param {"vi" | "en"} locale @param {"admin" | "studio" | null} area @returns {Promise<string>} */
function fetchDocument(request, locale, area) {
  const socket = /** @type {import("node:net").Socket & { encrypted?: boolean }} */ (request.socket);
  const library = socket.encrypted ? https : http;
  return new Promise((resolve, reject) => {
    const probe = library.get(
      {
        host: socket.localAddress,
        port: socket.localPort,
        path: NOT_FOUND_PROBE_PATHS[locale],
        // Our own server: its certificate may name the site, not this address.
        rejectUnauthorized: false,
        // A crawler's user agent makes Next.js render the whole document at once (metadata in the
        // head, no boundary left for a script to fill in): a document that must stand without scripts.
        headers: {
          accept: "text/html",
          "accept-encoding": "identity",
          "user-agent": "Googlebot/2.1 (OCOP front door)",
          [NOT_FOUND_PROBE_HEADER]: "1",
          ...(area ? { [NOT_FOUND_AREA_HEADER]: area } : {}),
        },
      },
      (answer) => {
        /** @type {Buffer[]} */
        const chunks = [];
        answer.on("data", (chunk) => chunks.push(chunk));
        answer.on("error", reject);
        answer.on("end", () => {
          const html = Buffer.concat(chunks).toString("utf8");
          if (answer.statusCode === 404 && String(answer.headers["content-type"]).startsWith("text/html") && !isErrorShell(html)) resolve(html);
          else reject(new Error(`the 404 document answered ${answer.statusCode}`));
        });
      },
    );
    probe.on("error", reject);
    probe.setTimeout(10_000, () => probe.destroy(new Error("the 404 document timed out")));
  });
}

/** @param {Buffer} body @param {string} encoding */
function decode(body, encoding) {
  if (encoding === "gzip") return zlib.gunzipSync(body);
  if (encoding === "br") return zlib.brotliDecompressSync(body);
  if (encoding === "deflate") return zlib.inflateSync(body);
  return body;
}

/** @param {Buffer} body @param {string} encoding */
function encode(body, encoding) {
  if (encoding === "gzip") return zlib.gzipSync(body);
  if (encoding === "br") return zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
  if (encoding === "deflate") return zlib.deflateSync(body);
  return body;
}

/**
 * The headers given to writeHead (an object, or a flat [name, value, …] list whose names may repeat).
 * @param {unknown[]} rest writeHead's arguments after the status
 * @returns {Map<string, (string | number)[]>}
 */
function givenHeaders(rest) {
  /** @type {Map<string, (string | number)[]>} */
  const headers = new Map();
  const add = (/** @type {string} */ name, /** @type {unknown} */ value) => {
    if (value === undefined) return;
    const values = headers.get(name.toLowerCase()) ?? [];
    for (const one of Array.isArray(value) ? value : [value]) values.push(/** @type {string | number} */ (one));
    headers.set(name.toLowerCase(), values);
  };
  const given = rest.find((arg) => arg && typeof arg === "object");
  if (Array.isArray(given)) for (let i = 0; i + 1 < given.length; i += 2) add(String(given[i]), given[i + 1]);
  else if (given) for (const [name, value] of Object.entries(given)) add(name, value);
  return headers;
}

/**
 * Watches the answer to a page load and replaces Next.js's empty 404 document (see the top of this file).
 * @param {http.IncomingMessage} request @param {http.ServerResponse} response
 */
export function watchForEmptyNotFound(request, response) {
  if (!isDocumentRequest(request.method, request.headers)) return;
  const original = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders };
  /** @type {boolean | null} null until Next.js sends its head: then whether this answer is held back */
  let holding = null;
  /** @type {string | undefined} */
  let statusMessage;
  /** @type {Buffer[]} */
  const held = [];

  const decide = (/** @type {number} */ status, /** @type {string | undefined} */ givenType = undefined) => {
    if (holding === null) holding = status === 404 && String(givenType ?? response.getHeader("content-type") ?? "").startsWith("text/html");
    return holding;
  };
  // The wrappers stay in place once the answer passes through: Next.js (its compression) wraps them
  // in turn, so putting the originals back would cut its wrappers out.
  // @ts-expect-error -- the same signature, passed through unless the answer is held back
  response.writeHead = function (/** @type {number} */ status, ...rest) {
    if (holding === null) {
      const given = givenHeaders(rest);
      if (decide(status, given.get("content-type")?.map(String).join(", "))) {
        // Held back: the head is kept on the response, to be sent with the body that goes out.
        this.statusCode = status;
        statusMessage = /** @type {string | undefined} */ (rest.find((arg) => typeof arg === "string"));
        for (const [name, values] of given) this.setHeader(name, values.length === 1 ? values[0] : values.map(String));
        return this;
      }
    }
    return holding ? this : original.writeHead.call(this, status, ...rest);
  };
  response.flushHeaders = function () {
    if (!decide(this.statusCode)) original.flushHeaders.call(this);
  };
  // @ts-expect-error -- (chunk, encoding?, callback?)
  response.write = function (/** @type {string | Buffer | Uint8Array} */ chunk, ...rest) {
    if (!decide(this.statusCode)) return original.write.call(this, chunk, ...(/** @type {[any]} */ (rest)));
    const encoding = /** @type {BufferEncoding | undefined} */ (rest.find((arg) => typeof arg === "string"));
    held.push(typeof chunk === "string" ? Buffer.from(chunk, encoding ?? "utf8") : Buffer.from(chunk));
    const done = rest.find((arg) => typeof arg === "function");
    if (done) process.nextTick(done);
    return true;
  };
  // @ts-expect-error -- (chunk?, encoding?, callback?)
  response.end = function (/** @type {unknown[]} */ ...args) {
    if (!decide(this.statusCode)) return original.end.apply(this, /** @type {any} */ (args));
    const done = /** @type {(() => void) | undefined} */ (args.find((arg) => typeof arg === "function"));
    const chunk = args[0];
    if (typeof chunk === "string" || chunk instanceof Uint8Array) {
      const encoding = /** @type {BufferEncoding | undefined} */ (typeof args[1] === "string" ? args[1] : undefined);
      held.push(typeof chunk === "string" ? Buffer.from(chunk, encoding ?? "utf8") : Buffer.from(chunk));
    }
    finish(request, response, original, Buffer.concat(held), statusMessage).then(
      () => done?.(),
      () => response.destroy(),
    );
    return this;
  };
}

/**
 * Sends the held answer: the 404 document in place of Next's empty one, or what Next wrote.
 * @param {http.IncomingMessage} request @param {http.ServerResponse} response
 * @param {{ writeHead: http.ServerResponse["writeHead"], end: http.ServerResponse["end"] }} original
 * @param {Buffer} body as Next.js wrote it, in the response's Content-Encoding
 * @param {string | undefined} statusMessage
 */
async function finish(request, response, original, body, statusMessage) {
  const encoding = String(response.getHeader("content-encoding") ?? "identity").toLowerCase();
  let replacement = null;
  try {
    if (isErrorShell(decode(body, encoding).toString("utf8"))) {
      replacement = encode(Buffer.from(await notFoundDocument(request, localeOfPath(request.url), areaOfPath(request.url)), "utf8"), encoding);
    }
  } catch {
    // The 404 document could not be had (or the body not read): Next's own answer goes out as it was.
  }
  const sent = replacement ?? body;
  if (replacement) response.removeHeader("etag");
  if (!response.headersSent) {
    if (replacement || response.hasHeader("content-length")) response.setHeader("content-length", String(sent.byteLength));
    if (statusMessage === undefined) original.writeHead.call(response, response.statusCode);
    else original.writeHead.call(response, response.statusCode, statusMessage);
  }
  await new Promise((resolve) => original.end.call(response, sent, () => resolve(undefined)));
}
