import { getTranslations } from "next-intl/server";
import { IgnoredParameters, Pagination } from "@/components/products/pagination";
import { ProductCard } from "@/components/products/product-card";
import { Link } from "@/i18n/navigation";
import { PAGE_SIZE, PRODUCT_SORTS } from "@/lib/catalogue-query";
import { OCOP_GROUPS } from "@/lib/ocop-groups";
import type { ProductBrowse } from "@/server/products/queries";

type ProductListQuery = ProductBrowse["query"];

function hrefWith(query: ProductListQuery, changes: Partial<Record<keyof ProductListQuery, string | number | undefined>>) {
  const merged: Record<string, string | number | undefined> = { ...query, ...changes };
  const search: Record<string, string> = {};
  for (const [key, value] of Object.entries(merged)) {
    if (value == null || value === "") continue;
    if ((key === "page" && value === 1) || (key === "sort" && value === "relevance") || (key === "pageSize" && value === PAGE_SIZE)) continue;
    search[key] = String(value);
  }
  return { pathname: "/products" as const, query: search };
}

/**
 * The catalogue for one set of query parameters: filters (a plain GET form), results with counts,
 * pagination. Shown by `/products` (no parameters) and by the cached filtered view that proxy.ts
 * routes `/products?…` to (lib/query-page.ts).
 */
export async function ProductListing({ locale, browse: { query, ignored, result } }: { locale: string; browse: ProductBrowse }) {
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: "catalog.products" }), getTranslations({ locale, namespace: "common" })]);
  const field = "mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1.5";
  return (
    <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
      <h1 className="text-2xl font-bold text-brand-800 md:col-span-2">{query.q ? t("searchTitle", { q: query.q }) : t("title")}</h1>
      <form method="get" aria-labelledby="filters-heading" className="space-y-3 self-start rounded-lg border border-slate-200 p-4">
        <h2 id="filters-heading" className="font-semibold">
          {t("filters")}
        </h2>
        <label className="block text-sm font-semibold">
          {t("q")}
          <input name="q" type="search" defaultValue={query.q ?? ""} className={field} />
        </label>
        <fieldset>
          <legend className="text-sm font-semibold">{t("group")}</legend>
          <label className="flex min-h-8 items-center gap-2 text-sm">
            <input type="radio" name="group" value="" defaultChecked={!query.group} className="h-4 w-4" /> {t("anyGroup")} ({Object.values(result.groupCounts).reduce((sum, count) => sum + count, 0)})
          </label>
          {OCOP_GROUPS.map((group) => (
            <label key={group} className="flex min-h-8 items-center gap-2 text-sm">
              <input type="radio" name="group" value={group} defaultChecked={query.group === group} className="h-4 w-4" /> {tc(`groups.${group}`)} ({result.groupCounts[group]})
            </label>
          ))}
        </fieldset>
        <label className="block text-sm font-semibold">
          {t("stars")}
          <select name="stars" defaultValue={query.stars ?? ""} className={field}>
            <option value="">{t("anyStars")}</option>
            {[3, 4, 5].map((stars) => (
              <option key={stars} value={stars}>
                {t("starsOption", { stars })}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-semibold">
          {t("commune")}
          <select name="commune" defaultValue={query.commune ?? ""} className={field}>
            <option value="">{t("anyCommune")}</option>
            {query.commune && !result.communes.some((commune) => commune.slug === query.commune) ? (
              <option value={query.commune}>{query.commune}</option>
            ) : null}
            {result.communes.map((commune) => (
              <option key={commune.slug} value={commune.slug}>
                {locale === "en" && commune.nameEn ? commune.nameEn : commune.name} ({commune.count})
              </option>
            ))}
          </select>
        </label>
        {query.producer ? <input type="hidden" name="producer" value={query.producer} /> : null}
        <div className="grid grid-cols-2 gap-2">
          <label className="block text-sm font-semibold">
            {t("minPrice")}
            <input name="minPrice" type="number" min={0} step={1000} inputMode="numeric" defaultValue={query.minPrice ?? ""} className={field} />
          </label>
          <label className="block text-sm font-semibold">
            {t("maxPrice")}
            <input name="maxPrice" type="number" min={0} step={1000} inputMode="numeric" defaultValue={query.maxPrice ?? ""} className={field} />
          </label>
        </div>
        <label className="block text-sm font-semibold">
          {t("sort")}
          <select name="sort" defaultValue={query.sort} className={field}>
            {PRODUCT_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sorts.${sort}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-center gap-3">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("apply")}
          </button>
          <Link href="/products" className="text-sm text-brand-800 underline">
            {t("clear")}
          </Link>
        </div>
      </form>
      <section aria-labelledby="results-heading" className="space-y-4">
        <h2 id="results-heading" className="font-semibold" aria-live="polite">
          {t("count", { count: result.total })}
        </h2>
        <IgnoredParameters locale={locale} names={ignored} />
        {result.items.length === 0 ? (
          <div className="rounded border border-slate-200 p-4">
            <p className="font-semibold">{t("empty")}</p>
            <p>{t("emptyHint")}</p>
          </div>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {result.items.map((product) => (
              <li key={product.slug}>
                <ProductCard product={product} locale={locale} />
              </li>
            ))}
          </ul>
        )}
        <Pagination locale={locale} page={query.page} pageCount={result.pageCount} hrefFor={(page) => hrefWith(query, { page })} />
      </section>
    </div>
  );
}
