import NextLink from "next/link";
import { redirect as nextRedirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { localizedHref, type Href } from "./localized-href";

// No next-intl `createNavigation` here: its Link is a client component that reads the locale from
// NextIntlClientProvider, and merely importing it puts the Link, use-intl and its ICU message parser
// into the browser bundle of every page (about 15 kB gzip of first-load JavaScript).

/** A link to a page in the current language, for Server Components; renders `next/link`. */
export async function Link({ href, ...props }: Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: Href }) {
  return <NextLink href={localizedHref(href, await getLocale())} {...props} />;
}

/** Redirects (in a page, layout or Server Action) to `href` in `locale`. */
export function redirect({ href, locale }: { href: Href; locale: string }): never {
  return nextRedirect(localizedHref(href, locale));
}
