import type { Metadata } from "next";
import { englishName, englishUnit, inLocale } from "@/lib/vocabulary";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText, pickText } from "@/components/products/localized-text";
import { ProductCard } from "@/components/products/product-card";
import { PictureGallery } from "@/components/products/picture-gallery";
import { formatDay, formatVnd } from "@/lib/format";
import { StarBadge } from "@/components/products/star-badge";
import { ProductOrderBox } from "@/components/cart/product-order-box";
import { CertificateHistory } from "@/components/certificates/certificate-history";
import { Link } from "@/i18n/navigation";
import { readEnv } from "@/lib/env";
import { imageUrl } from "@/lib/image-url";
import { localizedHref } from "@/i18n/localized-href";
import { alternatesFor } from "@/i18n/seo";
import { getProduct } from "@/server/products/queries";
import { addToCartAction } from "@/server/orders/actions";
import { getOrderingInfo } from "@/server/orders/queries";
import { LocalizedMarkdown } from "@/components/products/localized-markdown";
import { markdownToPlainText } from "@/lib/markdown";
import { ShareLinks } from "@/components/ui/share-links";

// Rendered on first request, then served from the full-route cache until a write expires its tags.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  const product = await getProduct(slug);
  if (!product) return {};
  const name = pickText(locale, product.nameVi, product.nameEn).text;
  const description = markdownToPlainText(pickText(locale, product.descriptionVi, product.descriptionEn).text, 160);
  return {
    title: name,
    description,
    alternates: alternatesFor(`/products/${slug}`, locale),
    openGraph: {
      type: "website",
      title: name,
      description,
      url: localizedHref(`/products/${slug}`, locale),
      locale: locale === "en" ? "en_US" : "vi_VN",
      images: product.image ? [{ url: imageUrl(product.image.key, 1024), width: 1024 }] : undefined,
    },
  };
}

export default async function ProductPage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const [product, ordering] = await Promise.all([getProduct(slug), getOrderingInfo(slug)]);
  if (!product) notFound();
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: "catalog" }), getTranslations({ locale, namespace: "common" })]);
  const name = pickText(locale, product.nameVi, product.nameEn);
  const description = pickText(locale, product.descriptionVi, product.descriptionEn);
  const unit = pickText(locale, product.unit, product.unitEn);
  const base = readEnv().PUBLIC_BASE_URL;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: name.text,
    description: markdownToPlainText(description.text, 5000),
    sku: product.slug,
    ...(product.gtin ? { gtin: product.gtin } : {}),
    ...(product.image ? { image: `${base}${imageUrl(product.image.key, 1024)}` } : {}),
    brand: { "@type": "Brand", name: product.producer.name },
    offers: {
      "@type": "Offer",
      price: product.priceVnd,
      priceCurrency: "VND",
      availability: product.inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      url: `${base}${localizedHref(`/products/${product.slug}`, locale)}`,
    },
  };
  return (
    <article className="space-y-8">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }} />
      <div className="grid gap-6 md:grid-cols-2">
        <PictureGallery images={product.images} locale={locale} name={name.text} label={t("product.gallery")} idPrefix="picture" placeholder={t("card.noPhoto")} />
        <div className="space-y-4">
          <LocalizedText as="h1" locale={locale} vi={product.nameVi} en={product.nameEn} className="text-3xl font-bold text-brand-800" note={t("product.fallback")} />
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">{t("product.price")}</dt>
            <dd className="text-xl font-bold">{formatVnd(product.priceVnd, locale)}</dd>
            <dt className="font-semibold">{t("product.unit")}</dt>
            <dd lang={unit.fallback ? "vi" : undefined}>{unit.fallback ? inLocale(locale, unit.text, englishUnit) : unit.text}</dd>
            <dt className="font-semibold">{t("product.stock")}</dt>
            <dd>{product.inStock ? t("product.inStock", { stock: product.stock }) : t("product.outOfStock")}</dd>
            <dt className="font-semibold">{t("product.group")}</dt>
            <dd>
              <Link href={{ pathname: "/products", query: { group: product.group } }} className="text-brand-800 underline">
                {tc(`groups.${product.group}`)}
              </Link>
            </dd>
          </dl>
          <ShareLinks path={`/products/${product.slug}`} locale={locale} title={name.text} />
          {ordering ? <ProductOrderBox slug={product.slug} locale={locale} info={ordering} action={addToCartAction} /> : null}
          {product.badge ? (
            <StarBadge locale={locale} badge={product.badge} potential={product.fiveStarPotential} />
          ) : product.certification !== "CERTIFIED" ? (
            <p className="rounded-lg border-2 border-slate-400 bg-slate-50 p-4" data-certification={product.certification}>
              <strong className="block text-lg">{t(`badge.status.${product.certification}`)}</strong>
              {t(`badge.statusDetail.${product.certification}`)}
            </p>
          ) : null}
          <section aria-labelledby="producer-heading" className="rounded-lg border border-slate-200 p-4">
            <h2 id="producer-heading" className="text-sm font-semibold text-slate-700">
              {t("product.producer")}
            </h2>
            <p className="font-semibold">{inLocale(locale, product.producerCard.name, englishName)}</p>
            <p className="text-sm">
              {tc(`legalForms.${product.producerCard.legalForm}`)} · {product.producerCard.communeName}
            </p>
            <Link href={`/producers/${product.producerCard.slug}`} className="text-brand-800 underline">
              {t("product.viewProducer")}
            </Link>
          </section>
        </div>
      </div>
      <LocalizedMarkdown id="description-heading" title={t("product.description")} text={description.text} fallback={description.fallback} fallbackNote={t("product.fallback")} />
      <section aria-labelledby="batches-heading">
        <h2 id="batches-heading" className="text-xl font-semibold">
          {t("product.batches")}
        </h2>
        {product.batches.length === 0 ? (
          <p>{t("product.noBatches")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {product.batches.map((batch) => (
              <li key={batch.code}>
                <Link href={`/trace/${batch.code}`} className="text-brand-800 underline">
                  {t("product.batch", { lot: batch.lotCode, date: formatDay(batch.productionDate, locale) })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {product.certificates.length > 0 ? (
        <section aria-labelledby="certificates-heading">
          <h2 id="certificates-heading" className="text-xl font-semibold">
            {t("product.certificates")}
          </h2>
          <CertificateHistory locale={locale} certificates={product.certificates} />
        </section>
      ) : null}
      {product.related.length > 0 ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading" className="text-xl font-semibold">
            {t("product.related")}
          </h2>
          {/* Two compact cards to a row on phones, as in search results: below the fold, their pictures
              are smaller files (640 rather than 1024 wide) that no longer compete with the page's own. */}
          <ul className="mt-2 grid grid-cols-2 gap-3 lg:grid-cols-4">
            {product.related.map((related) => (
              <li key={related.slug}>
                <ProductCard product={related} locale={locale} compact />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
