import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProducerListing } from "@/components/products/producer-listing";
import { browseProducers } from "@/server/producers/queries";
import { alternatesFor } from "@/i18n/seo";

// Served from the full-route cache, refreshed by back-office writes (producers tag); filtered views
// are cached the same way under /producers-query (lib/query-page.ts).
export const revalidate = 3600;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "catalog.producers" });
  return { title: t("title"), alternates: alternatesFor("/producers", locale) };
}

export default async function ProducersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <ProducerListing locale={locale} browse={await browseProducers({})} />;
}
