// @ts-check
/*
 * The site's security headers, in one place for everything that answers a request: next.config.ts
 * (every response), proxy.ts (pages rendered per request), the cache handler (stored public pages) and
 * scripts/lib/http-front.mjs (what it answers itself). Plain JavaScript because the last two load it
 * at run time, outside the Next.js build. docs/security.md says why each is there.
 *
 * The Content-Security-Policy comes in two forms:
 * - A page rendered for one request (back office, sign-in, cart, order, trace…): scripts must carry
 *   that response's nonce (proxy.ts makes it; Next.js stamps it on its scripts), with 'strict-dynamic'.
 * - A public page served from the full-route cache: the same policy for every visitor, stored with the
 *   page, by a CDN too. It lists the SHA-256 of each inline script of the stored HTML (the cache
 *   handler computes them when it stores the page) and 'self' for the framework's own script files.
 *   Injected markup still runs nothing: an inline script or event handler that is not in the page as
 *   rendered has no matching hash.
 */
import { createHash } from "node:crypto";

const POLICY = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** @param {string} scriptSources */
function policy(scriptSources) {
  return [POLICY[0], `script-src ${scriptSources}`, ...POLICY.slice(1)].join("; ");
}

/** For a page rendered per request: only scripts carrying `nonce` (and what they load) run. */
export function noncePolicy(/** @type {string} */ nonce, { dev = false } = {}) {
  return policy(`'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`);
}

/** For a stored public page: its own inline scripts, by hash, and the site's script files. */
export function hashPolicy(/** @type {readonly string[]} */ hashes) {
  return policy(["'self'", ...hashes.map((hash) => `'sha256-${hash}'`)].join(" "));
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
// Types a browser executes; anything else (JSON-LD) is data no policy governs.
const EXECUTABLE_TYPE = /^\s*(?:|text\/javascript|application\/javascript|module)\s*$/i;

/** The SHA-256 (base64) of every inline script of `html` a browser would run, each once, in order. */
export function inlineScriptHashes(/** @type {string} */ html) {
  /** @type {Set<string>} */
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    if (type && !EXECUTABLE_TYPE.test(type[1] ?? type[2] ?? type[3] ?? "")) continue;
    hashes.add(createHash("sha256").update(body, "utf8").digest("base64"));
  }
  return [...hashes];
}

/**
 * For responses that do not pass through proxy.ts and are not cached pages (its matcher leaves out
 * paths with a dot: files, and the not-found page Next renders for an unknown one): no script runs at
 * all. Such a 404 page stays readable, its links plain links.
 */
export const NO_SCRIPT_POLICY = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** For plain-text answers (a 400, a 413): nothing loads at all. */
export const NOTHING_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Paths with a dot, other than Next's assets, the API, the Digital Link resolver and uploads. */
export const UNPROXIED_FILE_PATHS = "/:path((?!_next/|api/|01/|uploads/).*\\..*)";

/** Sent on every response (next.config.ts; the front door's own answers too). */
export const STATIC_SECURITY_HEADERS = /** @type {const} */ ([
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "X-Frame-Options", value: "DENY" },
]);

/**
 * Whether the site is served over HTTPS. One setting decides it, PUBLIC_BASE_URL (the address visitors
 * use), and everything that depends on it follows from here: HSTS (sent by scripts/lib/http-front.mjs,
 * at run time), the Secure flag of every cookie and the session cookie's `__Secure-` name.
 */
export function isHttpsSite(/** @type {string | undefined} */ publicBaseUrl) {
  return !!publicBaseUrl?.startsWith("https://");
}

export const HSTS_VALUE = "max-age=63072000; includeSubDomains";
