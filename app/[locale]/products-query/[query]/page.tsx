import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProductListing } from "@/components/products/product-listing";
import { browseProducts } from "@/server/products/queries";
import { queryFromSegment } from "@/lib/query-page";
import { alternatesFor } from "@/i18n/seo";

/*
 * `/products?…` as proxy.ts routes it: the canonical query string is this page's one path segment, so
 * each distinct filtered view is rendered once and then served from the full-route cache until a
 * back-office write expires the catalogue tag. Visitors never see this path.
 */
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ locale: string; query: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, query } = await params;
  const t = await getTranslations({ locale, namespace: "catalog.products" });
  const q = queryFromSegment(query).q?.[0];
  return { title: q ? t("searchTitle", { q }) : t("title"), alternates: alternatesFor("/products", locale) };
}

export default async function FilteredProductsPage({ params }: Params) {
  const { locale, query } = await params;
  setRequestLocale(locale);
  return <ProductListing locale={locale} browse={await browseProducts(queryFromSegment(query))} />;
}
