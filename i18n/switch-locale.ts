import { localizedHref } from "./localized-href";
import type { Locale } from "./routing";

/** The internal paths proxy.ts serves filtered listings from (lib/query-page.ts), query in base64url. */
const QUERY_PAGE = /^\/(products|producers)-query\/([A-Za-z0-9_-]+)$/;

function decodeBase64Url(segment: string): string {
  const base64 = segment.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(segment.length / 4) * 4, "=");
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/**
 * The address of the same page in another language, with the page's query (a search and its filters
 * stay when the language changes). `pathname` is the browser's (next/navigation's `usePathname`):
 * Vietnamese is unprefixed and English under `/en` (`localePrefix: "as-needed"`). The prefix of `from`
 * is stripped wherever it appears, also for the default locale, as next-intl does for paths it rewrote
 * internally; a listing's internal query path is turned back into the listing with its query.
 */
export function switchLocalePath(pathname: string, from: Locale, to: Locale, search = ""): string {
  const prefix = `/${from}`;
  let path = pathname === prefix ? "/" : pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname || "/";
  let query = search.replace(/^\?/, "");
  const listing = QUERY_PAGE.exec(path);
  if (listing) {
    path = `/${listing[1]}`;
    try {
      query ||= decodeBase64Url(listing[2]);
    } catch {
      // Not a segment of ours: the listing without a query.
    }
  }
  const href = localizedHref(path, to);
  return query ? `${href}?${query}` : href;
}
