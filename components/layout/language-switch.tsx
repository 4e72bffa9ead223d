"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import type { Locale } from "@/i18n/routing";
import { switchLocalePath } from "@/i18n/switch-locale";

/**
 * A client component only because the layout does not know the path; rendered on the server too, so
 * the link works without JavaScript. Takes its label as a prop: public pages ship no message catalogue.
 */
export function LanguageSwitch({ locale, other, label }: { locale: Locale; other: Locale; label: string }) {
  const pathname = usePathname();
  return (
    <NextLink
      href={switchLocalePath(pathname, locale, other)}
      prefetch={false}
      hrefLang={other}
      lang={other}
      className="text-brand-800 underline-offset-4 hover:underline"
    >
      {label}
    </NextLink>
  );
}
