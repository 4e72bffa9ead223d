import { getTranslations } from "next-intl/server";
import { IgnoredParameters, Pagination } from "@/components/products/pagination";
import { ProductImage } from "@/components/products/product-image";
import { Link } from "@/i18n/navigation";
import { LEGAL_FORMS } from "@/lib/catalogue-query";
import type { ProducerBrowse } from "@/server/producers/queries";

/**
 * The producer directory for one set of query parameters. Shown by `/producers` (no parameters) and
 * by the cached filtered view proxy.ts routes `/producers?…` to (lib/query-page.ts).
 */
export async function ProducerListing({ locale, browse: { query, ignored, result, communes } }: { locale: string; browse: ProducerBrowse }) {
  const [t, tp, tc, tcard] = await Promise.all([
    getTranslations({ locale, namespace: "catalog.producers" }),
    getTranslations({ locale, namespace: "catalog.products" }),
    getTranslations({ locale, namespace: "common" }),
    getTranslations({ locale, namespace: "catalog.card" }),
  ]);
  const field = "mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1.5";
  const pageHref = (page: number) => ({
    pathname: "/producers" as const,
    query: Object.fromEntries(
      Object.entries({ q: query.q, commune: query.commune, legalForm: query.legalForm, page: page > 1 ? String(page) : undefined }).filter(
        (entry): entry is [string, string] => entry[1] != null,
      ),
    ),
  });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <form method="get" aria-label={tp("filters")} className="grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-4 sm:items-end">
        <label className="block text-sm font-semibold">
          {tp("q")}
          <input name="q" type="search" defaultValue={query.q ?? ""} className={field} />
        </label>
        <label className="block text-sm font-semibold">
          {tp("commune")}
          <select name="commune" defaultValue={query.commune ?? ""} className={field}>
            <option value="">{tp("anyCommune")}</option>
            {query.commune && !communes.some((commune) => commune.slug === query.commune) ? <option value={query.commune}>{query.commune}</option> : null}
            {communes.map((commune) => (
              <option key={commune.slug} value={commune.slug}>
                {locale === "en" && commune.nameEn ? commune.nameEn : commune.name}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-semibold">
          {t("legalForm")}
          <select name="legalForm" defaultValue={query.legalForm ?? ""} className={field}>
            <option value="">{t("anyLegalForm")}</option>
            {LEGAL_FORMS.map((form) => (
              <option key={form} value={form}>
                {tc(`legalForms.${form}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {tp("apply")}
        </button>
      </form>
      <IgnoredParameters locale={locale} names={ignored} />
      <h2 className="font-semibold">{t("count", { count: result.total })}</h2>
      {result.items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {result.items.map((producer) => (
            <li key={producer.slug} className="relative flex flex-col overflow-hidden rounded-lg border border-slate-200 bg-white focus-within:ring-2 focus-within:ring-brand-700">
              <ProductImage image={producer.image} locale={locale} fallbackAlt={producer.name} placeholder={tcard("noPhoto")} sizes="(min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw" />
              <div className="space-y-1 p-3">
                <h3 className="font-semibold">
                  {/* The name's link covers the card: a phone user taps the picture. */}
                  <Link href={`/producers/${producer.slug}`} className="text-brand-800 after:absolute after:inset-0 hover:underline focus-visible:outline-none">
                    {producer.name}
                  </Link>
                </h3>
                <p className="text-sm">
                  {tc(`legalForms.${producer.legalForm}`)} · {producer.commune.name}
                </p>
                <p className="text-sm">{t("products", { count: producer.productCount })}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination locale={locale} page={query.page} pageCount={result.pageCount} hrefFor={pageHref} />
    </div>
  );
}
