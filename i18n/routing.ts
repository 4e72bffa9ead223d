import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "../lib/locale-prefix.mjs";

// Vietnamese lives at unprefixed paths and English under /en; no redirects from Accept-Language,
// so a URL always names one language and pages can be cached per URL.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeDetection: false,
  // Nothing reads it (no detection), and a Set-Cookie on a public page keeps it out of shared caches.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
