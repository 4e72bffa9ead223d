import "./fonts.css";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { NotFoundView } from "@/components/layout/not-found-view";
import { routing, type Locale } from "@/i18n/routing";
import { NOT_FOUND_AREA_HEADER } from "@/lib/not-found-document.mjs";
import { SITE_VIEWPORT } from "./site-viewport";

/** The visitor's language: the locale middleware (and proxy.ts's own 404s) name it on the request. */
async function requestLocale(): Promise<Locale> {
  const named = (await headers()).get("x-next-intl-locale");
  return routing.locales.find((locale) => locale === named) ?? routing.defaultLocale;
}

/** The work area of the missing page, named by the front door (scripts/lib/not-found-front.mjs). */
async function requestArea(): Promise<"admin" | "studio" | undefined> {
  const named = (await headers()).get(NOT_FOUND_AREA_HEADER);
  return named === "admin" || named === "studio" ? named : undefined;
}

export const viewport: Viewport = SITE_VIEWPORT;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await requestLocale(), namespace: "common" });
  return { title: `${t("notFound.title")} · ${t("siteName")}`, robots: { index: false } };
}

/**
 * Every 404 as a whole server-rendered document (Next.js's `/_not-found` route, `experimental.globalNotFound`):
 * unmatched paths and proxy.ts's refusals. Pages that call `notFound()` get Next.js 16's empty error
 * document without JavaScript, which the front door replaces with this one (docs/storefront.md); for a
 * page of the officers' or producers' area it names that area, and this page leads back to it.
 */
export default async function GlobalNotFound() {
  const [locale, area] = await Promise.all([requestLocale(), requestArea()]);
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("skipToContent")}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          <NotFoundView locale={locale} area={area} />
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
