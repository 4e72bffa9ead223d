import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProducerListing } from "@/components/products/producer-listing";
import { browseProducers } from "@/server/producers/queries";
import { queryFromSegment } from "@/lib/query-page";
import { alternatesFor } from "@/i18n/seo";

/*
 * `/producers?…` as proxy.ts routes it (lib/query-page.ts): one cached page per canonical query,
 * expired with the producers tag. Visitors never see this path.
 */
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ locale: string; query: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "catalog.producers" });
  return { title: t("title"), alternates: alternatesFor("/producers", locale) };
}

export default async function FilteredProducersPage({ params }: Params) {
  const { locale, query } = await params;
  setRequestLocale(locale);
  return <ProducerListing locale={locale} browse={await browseProducers(queryFromSegment(query))} />;
}
