import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDay } from "@/lib/format";
import { ProductCard } from "@/components/products/product-card";
import { localizedHref } from "@/i18n/localized-href";
import { Link } from "@/i18n/navigation";
import { OCOP_GROUPS } from "@/lib/ocop-groups";
import { alternatesFor } from "@/i18n/seo";
import { getHomeCatalogue } from "@/server/products/queries";
import { listProducers, listUpcomingFairs } from "@/server/producers/queries";

// Served from the full-route cache; catalogue writes expire it through the tags of its reads.
export const revalidate = 3600;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { alternates: alternatesFor("/", locale) };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tc, home, producers, fairs] = await Promise.all([
    getTranslations({ locale, namespace: "home" }),
    getTranslations({ locale, namespace: "common" }),
    getHomeCatalogue(),
    listProducers({ page: 1, pageSize: 6 }),
    listUpcomingFairs(),
  ]);
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="max-w-prose text-lg">{t("intro")}</p>
        <p className="font-semibold">{t("certifiedCount", { count: home.certified })}</p>
        <form action={localizedHref("/products", locale)} method="get" role="search" aria-label={tc("search.label")} className="flex max-w-xl gap-2">
          <label htmlFor="home-search" className="sr-only">
            {tc("search.label")}
          </label>
          <input id="home-search" name="q" type="search" placeholder={tc("search.placeholder")} className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-2" />
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {tc("search.submit")}
          </button>
        </form>
        <Link href="/products" className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("browse")}
        </Link>
      </section>
      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading" className="text-xl font-semibold">
          {t("groups")}
        </h2>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {OCOP_GROUPS.map((group) => (
            <li key={group}>
              <Link href={{ pathname: "/products", query: { group } }} className="block rounded border border-slate-200 p-3 hover:bg-brand-50">
                <span className="font-semibold text-brand-800">{tc(`groups.${group}`)}</span>
                <span className="block text-sm text-slate-700">{t("groupCount", { count: home.groupCounts[group] })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading" className="text-xl font-semibold">
          {t("featured")}
        </h2>
        <ul className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {home.featured.map((product) => (
            <li key={product.slug}>
              <ProductCard product={product} locale={locale} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="producers-heading">
        <h2 id="producers-heading" className="text-xl font-semibold">
          {t("producers")}
        </h2>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {producers.items.map((producer) => (
            <li key={producer.slug}>
              <Link href={`/producers/${producer.slug}`} className="text-brand-800 underline">
                {producer.name}
              </Link>{" "}
              <span className="text-sm text-slate-700">· {producer.commune.name}</span>
            </li>
          ))}
        </ul>
        <Link href="/producers" className="mt-2 inline-block text-brand-800 underline">
          {t("allProducers")}
        </Link>
      </section>
      <section aria-labelledby="fairs-heading">
        <h2 id="fairs-heading" className="text-xl font-semibold">
          {t("fairs")}
        </h2>
        {fairs.length === 0 ? (
          <p>{t("noFairs")}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {fairs.map((fair) => (
              <li key={fair.slug}>
                <Link href={`/fairs/${fair.slug}`} className="font-semibold text-brand-800 underline" lang={locale === "en" && !fair.nameEn ? "vi" : undefined}>
                  {locale === "en" && fair.nameEn ? fair.nameEn : fair.nameVi}
                </Link>{" "}
                · {formatDay(fair.startsOn, locale)} – {formatDay(fair.endsOn, locale)} · {fair.venue}, {fair.province}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
