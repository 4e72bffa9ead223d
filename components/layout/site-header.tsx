import { getTranslations } from "next-intl/server";
import { localizedHref } from "@/i18n/localized-href";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { CartCount } from "@/components/cart/cart-count";
import { SearchBox } from "@/components/search/search-box";
import { logoutAction } from "@/server/accounts/actions";
import { AccountLinks } from "./account-links";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [t, tCart, tAccounts, tBackoffice] = await Promise.all([
    getTranslations({ locale, namespace: "common" }),
    getTranslations({ locale, namespace: "orders.cart" }),
    getTranslations({ locale, namespace: "accounts" }),
    getTranslations({ locale, namespace: "backoffice" }),
  ]);
  const nav = [
    { href: "/products", label: t("nav.products") },
    { href: "/producers", label: t("nav.producers") },
    { href: "/fairs", label: t("nav.fairs") },
    { href: "/programme", label: t("nav.programme") },
  ] as const;
  return (
    <header className="no-print border-b border-slate-200 bg-brand-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-800">
          {t("siteName")}
        </Link>
        <form action={localizedHref("/products", locale)} method="get" role="search" className="flex min-w-0 flex-1 gap-2">
          <label htmlFor="site-search" className="sr-only">
            {t("search.label")}
          </label>
          <SearchBox
            placeholder={t("search.placeholder")}
            text={{
              listLabel: t("search.suggestions"),
              products: t("search.suggestProducts"),
              producers: t("search.suggestProducers"),
              communes: t("search.suggestCommunes"),
              // Filled in by the browser: next-intl would format "{count}" here.
              count: t("search.suggestCount", { count: "{count}" }),
              none: t("search.suggestNone"),
              productsPath: localizedHref("/products", locale),
              producersPath: localizedHref("/producers", locale),
              english: locale === "en",
            }}
          />
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("search.submit")}
          </button>
        </form>
        <nav aria-label={t("nav.label")} className="w-full sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm font-semibold">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-brand-800 underline-offset-4 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/cart" className="inline-flex items-center text-brand-800 underline-offset-4 hover:underline">
                {t("nav.cart")}
                {/* Read from a cookie in the browser: the page itself stays static and cacheable. */}
                <CartCount one={tCart("cartCount", { count: 1 }).replace("1", "#")} other={tCart("cartCount", { count: 2 }).replace("2", "#")} />
              </Link>
            </li>
            {/* Signed-in users only, read in the browser: the page stays static and cacheable. */}
            <AccountLinks
              labels={{ admin: tBackoffice("adminTitle"), studio: tBackoffice("studioTitle"), logout: tAccounts("logout") }}
              hrefs={{ admin: localizedHref("/admin", locale), studio: localizedHref("/studio", locale) }}
              logout={{ action: logoutAction, locale }}
            />
            <li>
              <LanguageSwitch locale={locale} other={locale === "vi" ? "en" : "vi"} label={t("switchLanguage")} />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
