// @ts-check
/*
 * The site's 404 document for a page that called `notFound()`, as the front door sends it
 * (scripts/lib/not-found-front.mjs, docs/storefront.md "Not-found pages without JavaScript").
 *
 * Next.js 16 answers a document request for such a page with 404 and an empty error document
 * (`<html id="__next_error__">`: the not-found UI exists only in the RSC payload and is drawn by
 * JavaScript, vercel/next.js#62228). A path no route matches is rendered on the server instead
 * (app/global-not-found.tsx). The front door sends that document in place of the empty one, with
 * every script taken out: what the visitor gets is plain HTML (links, the header's GET search form)
 * that needs no JavaScript, and that cannot hydrate against an RSC payload made for another route.
 * Plain JavaScript: the front door loads it outside the Next.js build.
 */

import { localeOfPath, prefixPath } from "./locale-prefix.mjs";

/** Marks the front door's own request for the 404 document, so that its answer passes through as it is. */
export const NOT_FOUND_PROBE_HEADER = "x-ocop-not-found-document";

/**
 * Names the work area (officers' `admin`, producers' `studio`) of the page that was not found, on the
 * front door's request for the 404 document: a missing page of the back office leads back to its area.
 */
export const NOT_FOUND_AREA_HEADER = "x-ocop-not-found-area";

/**
 * The work area a path belongs to, whatever its language prefix; null for a public page.
 * @param {string | undefined} url a request's path, with or without a query
 * @returns {"admin" | "studio" | null}
 */
export function areaOfPath(url) {
  const path = (url ?? "/").split(/[?#]/)[0];
  const bare = localeOfPath(path) === "vi" ? path : path.replace(/^\/[^/]+/, "") || "/";
  const match = /^\/(admin|studio)(?:\/|$)/.exec(bare);
  return match ? /** @type {"admin" | "studio"} */ (match[1]) : null;
}

/**
 * Paths no route matches, one per language, so Next.js renders app/global-not-found.tsx for them
 * in that language (the locale middleware names it). proxy.ts rewrites its own refusals to the same.
 * @type {Record<"vi" | "en", string>}
 */
export const NOT_FOUND_PROBE_PATHS = { vi: "/not-found-page", en: prefixPath("/not-found-page", "en") };


/**
 * A request the client router did not send (a page load: the address bar, a link without
 * JavaScript, a crawler) for which the body of a 404 may be replaced. The client router's requests
 * (`RSC`, prefetches, Server Actions) carry a payload the page's JavaScript reads and pass untouched.
 * @param {string | undefined} method
 * @param {Record<string, string | string[] | undefined>} headers
 */
export function isDocumentRequest(method, headers) {
  if (method !== "GET") return false;
  return !(
    headers.rsc ||
    headers["next-router-prefetch"] ||
    headers["next-router-state-tree"] ||
    headers["next-router-segment-prefetch"] ||
    headers["next-action"] ||
    headers[NOT_FOUND_PROBE_HEADER]
  );
}

/** Whether `html` is Next.js's empty error document (its root element carries this id). */
export function isErrorShell(/** @type {string} */ html) {
  return /<html\b[^>]*\bid="__next_error__"/.test(html);
}

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const LINK = /<link\b[^>]*>/gi;

/**
 * `html` without its scripts: every `<script>` element (the framework's chunks, the inline RSC
 * payload `self.__next_f.push(…)`, bootstrap code) and every `<link>` that preloads a script. What is
 * left draws the page with its stylesheets and fonts. Next.js escapes `<` inside inline scripts
 * (`\u003c`), so a script's text never contains `</script`.
 */
export function withoutScripts(/** @type {string} */ html) {
  return html.replace(SCRIPT, "").replace(LINK, (link) => {
    const rel = /\brel="([^"]*)"/i.exec(link)?.[1].toLowerCase() ?? "";
    const as = /\bas="([^"]*)"/i.exec(link)?.[1].toLowerCase() ?? "";
    return rel === "modulepreload" || (rel === "preload" && as === "script") ? "" : link;
  });
}
