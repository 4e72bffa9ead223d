// @ts-check
/*
 * The locale prefix rule, in one place: Vietnamese, the default, lives at unprefixed paths and English
 * under /en (i18n/routing.ts gives next-intl these locales with `localePrefix: "as-needed"`).
 * `localizedHref` (i18n/localized-href.ts) builds links with it; the proxy, the error pages and the
 * front door read a URL's language with it. Plain JavaScript so that the front door
 * (scripts/lib/http-front.mjs, scripts/lib/not-found-front.mjs), which runs outside the Next.js
 * build, follows the same rule.
 */

export const LOCALES = /** @type {const} */ (["vi", "en"]);
export const DEFAULT_LOCALE = "vi";

/**
 * The language a URL's path names ("/en/products", "/en?q=tra" → "en"; "/products", "/enamel" → "vi").
 * @param {string | null | undefined} target a path, with or without its query
 * @returns {(typeof LOCALES)[number]}
 */
export function localeOfPath(target) {
  const path = (target ?? "/").split(/[?#]/, 1)[0];
  for (const locale of LOCALES) {
    if (locale !== DEFAULT_LOCALE && (path === `/${locale}` || path.startsWith(`/${locale}/`))) return locale;
  }
  return DEFAULT_LOCALE;
}

/**
 * A same-site absolute path in `locale`: unchanged in the default language, under `/<locale>`
 * otherwise. "/" and "/?q=…" become "/en" and "/en?q=…", not "/en/".
 * @param {string} path starting with a single "/"
 * @param {string} locale
 * @returns {string}
 */
export function prefixPath(path, locale) {
  if (locale === DEFAULT_LOCALE) return path;
  return `/${locale}${/^\/(\?.*)?$/.test(path) ? path.slice(1) : path}`;
}
