import { localizedHref } from "./localized-href";
import { routing } from "./routing";

/**
 * Canonical and hreflang links of a public page: its path in each language (`localizedHref`, the
 * one prefix rule). `path` starts with "/" and is the same in both languages.
 */
export function alternatesFor(path: string, locale: string) {
  const languages = Object.fromEntries(routing.locales.map((l) => [l, localizedHref(path, l)]));
  return {
    canonical: localizedHref(path, locale),
    languages: { ...languages, "x-default": localizedHref(path, routing.defaultLocale) },
  };
}
