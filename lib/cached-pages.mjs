// @ts-check
/*
 * The public pages served from the full-route cache (they export `revalidate`, docs/caching.md). They
 * are the same bytes for every visitor, so nothing per request may touch them:
 * - proxy.ts does not run for them (its matcher leaves them out): no nonce, no cookie, no per-request
 *   header. Their Content-Security-Policy is the hash form the cache handler stores with each page.
 * - Vietnamese at unprefixed paths comes from next.config.ts rewrites (`CACHED_PAGE_REWRITES`), not
 *   from the locale middleware.
 * - Once stored, they are served straight from the cache by the front door (scripts/lib/http-front.mjs,
 *   `pageOfRequest` below names the stored page a request is for).
 * The two listings are the exception: their query must be made canonical first, so proxy.ts sees
 * them (lib/query-page.ts) and rewrites them to cached paths; only without a query does the front door
 * serve them.
 *
 * Every other page is rendered per request and gets a nonce from proxy.ts. Keep this file, proxy.ts's
 * matcher and the pages in step: lib/cached-pages.test.ts and tests/e2e/security-csp.spec.ts fail when
 * a page is on the wrong side. Plain JavaScript: the front door loads it outside the Next.js build.
 */
import { DEFAULT_LOCALE, localeOfPath } from "./locale-prefix.mjs";

const CACHED = /^(?:\/en)?(?:\/products(?:\/[^/]+)?|\/producers(?:\/[^/]+)?|\/programme|\/ideas\/new)?\/?$/;
const LISTING = /^(?:\/en)?\/(?:products|producers)\/?$/;
const SLUG = /^[a-z0-9-]{1,120}$/;

/** Whether `pathname` is a page of the full-route cache (listings included). */
export function isCachedPage(/** @type {string} */ pathname) {
  return CACHED.test(pathname);
}

/** Whether proxy.ts never sees `pathname`: a cached page other than the listings. */
export function bypassesProxy(/** @type {string} */ pathname) {
  return isCachedPage(pathname) && !LISTING.test(pathname);
}

/** Vietnamese cached pages at their unprefixed paths (what the locale middleware does for the rest). */
export const CACHED_PAGE_REWRITES = [
  { source: "/", destination: "/vi" },
  { source: "/products/:slug", destination: "/vi/products/:slug" },
  { source: "/producers/:slug", destination: "/vi/producers/:slug" },
  { source: "/programme", destination: "/vi/programme" },
  { source: "/ideas/new", destination: "/vi/ideas/new" },
];

/**
 * The stored page a plain document request is for (`/vi/products/che-shan`, `/en`), or null when
 * Next.js must answer it: another method, a query, a trailing slash, a slug that is not one, or a
 * request of the client router (RSC payloads, prefetches, actions), which are not the stored HTML.
 * @param {string} method
 * @param {string} target the request target, path and query as received
 * @param {Record<string, string | string[] | undefined>} headers
 */
export function pageOfRequest(method, target, headers) {
  if (method !== "GET" && method !== "HEAD") return null;
  if (target.includes("?") || target.includes("%")) return null;
  if (headers.rsc || headers["next-router-prefetch"] || headers["next-router-state-tree"] || headers["next-action"]) return null;
  if (target !== "/" && target.endsWith("/")) return null;
  if (!isCachedPage(target)) return null;
  const locale = localeOfPath(target);
  const segments = target.split("/").filter(Boolean);
  const slug = locale === DEFAULT_LOCALE ? segments[1] : segments[2];
  if ((segments.includes("products") || segments.includes("producers")) && slug !== undefined && !SLUG.test(slug)) return null;
  // English pages are stored under their own path; Vietnamese ones under the locale segment the rewrites add.
  if (locale !== DEFAULT_LOCALE) return target;
  return target === "/" ? `/${DEFAULT_LOCALE}` : `/${DEFAULT_LOCALE}${target}`;
}
