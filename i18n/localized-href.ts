import { prefixPath } from "../lib/locale-prefix.mjs";

type QueryValue = string | number | boolean | readonly (string | number | boolean)[] | null | undefined;
export type Href = string | { pathname: string; query?: Record<string, QueryValue> };

/**
 * `href` in `locale`: `localePrefix: "as-needed"` puts the default locale (Vietnamese) at unprefixed
 * paths and English under `/en`. Only same-site absolute paths are prefixed; `https:`, `mailto:`
 * and relative hrefs are returned as they are. The rules next-intl's `getPathname` applies, kept
 * here so that server components do not pull next-intl's client Link into every page.
 */
export function localizedHref(href: Href, locale: string): string {
  const path = typeof href === "string" ? href : href.pathname + searchOf(href.query);
  if (!path.startsWith("/") || path.startsWith("//")) return path;
  return prefixPath(path, locale);
}

function searchOf(query: Record<string, QueryValue> | undefined): string {
  if (!query) return "";
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value == null) continue;
    if (Array.isArray(value)) value.forEach((item) => search.append(key, String(item)));
    else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
