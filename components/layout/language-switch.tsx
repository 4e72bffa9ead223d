"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";

// Rendered on the server too, so the link works without JavaScript.
export function LanguageSwitch() {
  const t = useTranslations("common");
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === "vi" ? "en" : "vi";
  return (
    <Link href={pathname} locale={other} hrefLang={other} lang={other} className="text-brand-800 underline-offset-4 hover:underline">
      {t("switchLanguage")}
    </Link>
  );
}
