"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { useSyncExternalStore } from "react";
import type { Locale } from "@/i18n/routing";
import { switchLocalePath } from "@/i18n/switch-locale";

const subscribeNothing = () => () => {};

/**
 * A client component only because the layout does not know the path; rendered on the server too, so
 * the link works without JavaScript. Takes its label as a prop: public pages ship no message catalogue.
 * The query (a search and its filters) comes along: on the server from a listing's internal query path,
 * in the browser from the address itself once the page has hydrated.
 */
export function LanguageSwitch({ locale, other, label }: { locale: Locale; other: Locale; label: string }) {
  const pathname = usePathname();
  const search = useSyncExternalStore(subscribeNothing, () => window.location.search, () => "");
  return (
    <NextLink
      href={switchLocalePath(pathname, locale, other, search)}
      prefetch={false}
      hrefLang={other}
      lang={other}
      className="text-brand-800 underline-offset-4 hover:underline"
    >
      {label}
    </NextLink>
  );
}
