/**
 * Canonical and hreflang links of a public page: Vietnamese at the unprefixed path, English under /en
 * (i18n/routing.ts). `path` starts with "/" and is the same in both languages.
 */
export function localizedPath(path: string, locale: string): string {
  if (locale === "vi") return path;
  return path === "/" ? "/en" : `/en${path}`;
}

export function alternatesFor(path: string, locale: string) {
  return {
    canonical: localizedPath(path, locale),
    languages: { vi: localizedPath(path, "vi"), en: localizedPath(path, "en"), "x-default": localizedPath(path, "vi") },
  };
}
