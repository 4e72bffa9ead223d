import { localizedHref } from "./localized-href";
import type { Locale } from "./routing";

/**
 * The address of the same page in another language. `pathname` is the browser's (next/navigation's
 * `usePathname`): Vietnamese is unprefixed and English under `/en` (`localePrefix: "as-needed"`).
 * The prefix of `from` is stripped wherever it appears, also for the default locale, as next-intl
 * does for paths it rewrote internally. The query string is not carried over.
 */
export function switchLocalePath(pathname: string, from: Locale, to: Locale): string {
  const prefix = `/${from}`;
  const path = pathname === prefix ? "/" : pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname || "/";
  return localizedHref(path, to);
}
