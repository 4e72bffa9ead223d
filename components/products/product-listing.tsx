import { getTranslations } from "next-intl/server";
import { IgnoredParameters, Pagination } from "@/components/products/pagination";
import { ProductCard } from "@/components/products/product-card";
import { Link } from "@/i18n/navigation";
import { PRICE_BANDS } from "@/lib/catalogue-search";
import { PAGE_SIZE, PRODUCT_SORTS } from "@/lib/catalogue-query";
import { formatVnd } from "@/lib/format";
import { OCOP_GROUPS } from "@/lib/ocop-groups";
import type { ProductBrowse } from "@/server/products/queries";

type ProductListQuery = ProductBrowse["query"];
type Changes = Partial<Record<keyof ProductListQuery, string | number | undefined>>;

/** The listing's URL with some parameters changed; any change of filter goes back to page 1. */
function hrefWith(query: ProductListQuery, changes: Changes) {
  const merged: Record<string, string | number | undefined> = { ...query, page: "page" in changes ? changes.page : undefined, ...changes };
  const search: Record<string, string> = {};
  for (const [key, value] of Object.entries(merged)) {
    if (value == null || value === "") continue;
    if ((key === "page" && value === 1) || (key === "sort" && value === "relevance") || (key === "pageSize" && value === PAGE_SIZE)) continue;
    search[key] = String(value);
  }
  return { pathname: "/products" as const, query: search };
}

/**
 * The catalogue for one set of query parameters: results first, the filters in a "Lọc" panel that is
 * a plain <details> (collapsed on phones, always shown from the md breakpoint, globals.css) holding a
 * GET form, the active filters as removable chips, counts from the same search (docs/search.md).
 * Shown by `/products` (no parameters) and by the cached filtered view that proxy.ts routes
 * `/products?…` to (lib/query-page.ts). Works without JavaScript.
 */
export async function ProductListing({ locale, browse: { query, ignored, result } }: { locale: string; browse: ProductBrowse }) {
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: "catalog.products" }), getTranslations({ locale, namespace: "common" })]);
  const field = "mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1.5";
  const facets = result.facets;
  const regionName = (region: { name: string; nameEn: string | null }) => (locale === "en" && region.nameEn ? region.nameEn : region.name);
  const communes = facets?.communes ?? result.communes;
  const communeLabel = (commune: (typeof communes)[number]) =>
    commune.province && commune.province.slug !== commune.slug ? `${regionName(commune)}, ${regionName(commune.province)}` : regionName(commune);
  const chosenCommune = communes.find((commune) => commune.slug === query.commune);
  const chosenProvince = facets?.provinces.find((province) => province.slug === query.province);
  const producerName = result.items.find((item) => item.producer.slug === query.producer)?.producer.name ?? query.producer;
  const price = (amount: number) => formatVnd(amount, locale);
  const priceLabel = (min: number | undefined, max: number | undefined | null) =>
    min != null && max != null ? t("priceBetween", { min: price(min), max: price(max) }) : min != null ? t("priceFrom", { min: price(min) }) : t("priceUpTo", { max: price(max!) });

  const chips: { key: string; label: string; remove: Changes }[] = [];
  if (query.q) chips.push({ key: "q", label: t("chipQuery", { q: query.q }), remove: { q: undefined } });
  if (query.group) chips.push({ key: "group", label: tc(`groups.${query.group}`), remove: { group: undefined } });
  if (query.stars) chips.push({ key: "stars", label: t("starsOption", { stars: query.stars }), remove: { stars: undefined } });
  if (query.province) chips.push({ key: "province", label: chosenProvince ? regionName(chosenProvince) : query.province, remove: { province: undefined, commune: undefined } });
  if (query.commune) chips.push({ key: "commune", label: chosenCommune ? communeLabel(chosenCommune) : query.commune, remove: { commune: undefined } });
  if (query.producer) chips.push({ key: "producer", label: t("chipProducer", { name: producerName ?? "" }), remove: { producer: undefined } });
  if (query.minPrice != null || query.maxPrice != null) chips.push({ key: "price", label: priceLabel(query.minPrice, query.maxPrice), remove: { minPrice: undefined, maxPrice: undefined } });

  // Products found only through their producer's name come after the others, under their own heading.
  const firstPosition = (query.page - 1) * query.pageSize;
  const splitAt = Math.max(0, Math.min(result.items.length, result.ownMatches - firstPosition));
  const apart = result.producerMatches > 0 && result.ownMatches > 0;
  const ownItems = apart ? result.items.slice(0, splitAt) : result.items;
  const producerItems = apart ? result.items.slice(splitAt) : [];
  const onlyProducerMatches = result.producerMatches > 0 && result.ownMatches === 0;
  const grid = "grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-3";

  return (
    <div className="grid gap-4 md:grid-cols-[16rem_1fr] md:gap-6">
      <div className="md:col-span-2">
        <h1 className="text-2xl font-bold text-brand-800">{query.q ? t("searchTitle", { q: query.q }) : t("title")}</h1>
        {result.corrected ? (
          <p className="mt-1 text-sm" role="status">
            {t("corrected", { corrected: result.corrected, q: query.q ?? "" })}
          </p>
        ) : null}
      </div>
      <details className="filters-panel self-start rounded-lg border border-slate-200" data-testid="filters">
        <summary className="flex min-h-11 cursor-pointer items-center gap-2 px-4 font-semibold text-brand-800 md:hidden">
          {t("filterToggle")}
          {chips.length > 0 ? <span className="rounded-full bg-brand-700 px-2 text-sm text-white">{chips.length}</span> : null}
        </summary>
        <form method="get" aria-labelledby="filters-heading" className="space-y-3 p-4 pt-0 md:pt-4">
          <h2 id="filters-heading" className="font-semibold max-md:sr-only">
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
              {([3, 4, 5] as const).map((stars) => (
                <option key={stars} value={stars}>
                  {facets ? t("starsOptionCount", { stars, count: facets.stars[stars] }) : t("starsOption", { stars })}
                </option>
              ))}
            </select>
          </label>
          {facets ? (
            <label className="block text-sm font-semibold">
              {t("province")}
              <select name="province" defaultValue={query.province ?? ""} className={field}>
                <option value="">{t("anyProvince")}</option>
                {query.province && !chosenProvince ? <option value={query.province}>{query.province}</option> : null}
                {facets.provinces.map((province) => (
                  <option key={province.slug} value={province.slug}>
                    {regionName(province)} ({province.count})
                  </option>
                ))}
              </select>
            </label>
          ) : query.province ? (
            <input type="hidden" name="province" value={query.province} />
          ) : null}
          <label className="block text-sm font-semibold">
            {t("commune")}
            <select name="commune" defaultValue={query.commune ?? ""} className={field}>
              <option value="">{t("anyCommune")}</option>
              {query.commune && !chosenCommune ? <option value={query.commune}>{query.commune}</option> : null}
              {communes.map((commune) => (
                <option key={commune.slug} value={commune.slug}>
                  {communeLabel(commune)} ({commune.count})
                </option>
              ))}
            </select>
          </label>
          {query.producer ? <input type="hidden" name="producer" value={query.producer} /> : null}
          {facets ? (
            <div>
              <p className="text-sm font-semibold">{t("priceRange")}</p>
              <ul className="mt-1 space-y-1 text-sm">
                {facets.prices.map((band, i) => {
                  const max = PRICE_BANDS[i][1] ?? undefined;
                  const current = query.minPrice === (band.min || undefined) && query.maxPrice === max;
                  return (
                    <li key={band.min}>
                      <Link
                        href={hrefWith(query, { minPrice: band.min || undefined, maxPrice: max })}
                        aria-current={current ? "true" : undefined}
                        className={`text-brand-800 underline-offset-4 hover:underline ${current ? "font-bold" : ""}`}
                      >
                        {priceLabel(band.min || undefined, max)}
                      </Link>{" "}
                      ({band.count})
                    </li>
                  );
                })}
              </ul>
            </div>
          ) : null}
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
      </details>
      <section aria-labelledby="results-heading" className="min-w-0 space-y-4">
        {chips.length > 0 ? (
          <ul aria-label={t("activeFilters")} className="flex flex-wrap gap-2">
            {chips.map((chip) => (
              <li key={chip.key}>
                <Link
                  href={hrefWith(query, chip.remove)}
                  aria-label={t("removeFilter", { label: chip.label })}
                  className="inline-flex min-h-9 items-center gap-1 rounded-full border border-brand-700 bg-brand-50 px-3 text-sm text-brand-800 hover:bg-brand-100"
                >
                  {chip.label} <span aria-hidden="true">×</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        <h2 id="results-heading" className="font-semibold" aria-live="polite">
          {t("count", { count: apart ? result.ownMatches : result.total })}
          {apart ? <span className="font-normal"> {t("andProducerMatches", { count: result.producerMatches })}</span> : null}
        </h2>
        <IgnoredParameters locale={locale} names={ignored} />
        {result.items.length === 0 ? (
          <div className="rounded border border-slate-200 p-4">
            <p className="font-semibold">{t("empty")}</p>
            <p>{t("emptyHint")}</p>
          </div>
        ) : null}
        {onlyProducerMatches ? <p className="text-sm">{t("producerMatchesOnly", { q: query.q ?? "" })}</p> : null}
        {ownItems.length > 0 ? (
          <ul className={grid}>
            {ownItems.map((product, index) => (
              <li key={product.slug}>
                {/* Two to a row on a phone: the first row's pictures are what the visitor sees first. */}
                <ProductCard product={product} locale={locale} compact priority={index < 2} />
              </li>
            ))}
          </ul>
        ) : null}
        {producerItems.length > 0 ? (
          <section aria-labelledby="producer-matches" className="space-y-3 border-t border-slate-200 pt-4">
            <h3 id="producer-matches" className="font-semibold">
              {t("producerMatches", { q: query.q ?? "", count: result.producerMatches })}
            </h3>
            <ul className={grid}>
              {producerItems.map((product) => (
                <li key={product.slug}>
                  <ProductCard product={product} locale={locale} compact headingLevel="h4" />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <Pagination locale={locale} page={query.page} pageCount={result.pageCount} hrefFor={(page) => hrefWith(query, { page })} />
      </section>
    </div>
  );
}
