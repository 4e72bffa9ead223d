import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProductListing } from "@/components/products/product-listing";
import { browseProducts } from "@/server/products/queries";
import { alternatesFor } from "@/i18n/seo";

// Served from the full-route cache, refreshed by back-office writes (catalogue tag); filtered views
// are cached the same way under /products-query (lib/query-page.ts).
export const revalidate = 3600;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "catalog.products" });
  return { title: t("title"), alternates: alternatesFor("/products", locale) };
}

export default async function ProductsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <ProductListing locale={locale} browse={await browseProducts({})} />;
}
