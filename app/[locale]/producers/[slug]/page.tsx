import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CertificateHistory } from "@/components/certificates/certificate-history";
import { pickText } from "@/components/products/localized-text";
import { ProductCard } from "@/components/products/product-card";
import { localizedHref } from "@/i18n/localized-href";
import { alternatesFor } from "@/i18n/seo";
import { markdownToPlainText } from "@/lib/markdown";
import { imageUrl } from "@/lib/image-url";
import { getProducer } from "@/server/producers/queries";
import { PictureGallery } from "@/components/products/picture-gallery";
import { ShareLinks } from "@/components/ui/share-links";
import { LocalizedMarkdown } from "@/components/products/localized-markdown";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  const producer = await getProducer(slug);
  if (!producer) return {};
  const description = markdownToPlainText(pickText(locale, producer.storyVi, producer.storyEn).text, 160);
  return {
    title: producer.name,
    description,
    alternates: alternatesFor(`/producers/${slug}`, locale),
    openGraph: {
      type: "profile",
      title: producer.name,
      description,
      url: localizedHref(`/producers/${slug}`, locale),
      images: producer.image ? [{ url: imageUrl(producer.image.key, 1024), width: 1024 }] : undefined,
    },
  };
}

export default async function ProducerPage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const producer = await getProducer(slug);
  if (!producer) notFound();
  const [t, tp, tc, tpic] = await Promise.all([
    getTranslations({ locale, namespace: "catalog.producer" }),
    getTranslations({ locale, namespace: "catalog.product" }),
    getTranslations({ locale, namespace: "common" }),
    getTranslations({ locale, namespace: "catalog.picture" }),
  ]);
  const story = pickText(locale, producer.storyVi, producer.storyEn);
  return (
    <article className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{producer.name}</h1>
      <div className="grid gap-6 md:grid-cols-2">
        {producer.images.length > 0 ? <PictureGallery images={producer.images} locale={locale} name={producer.name} label={tpic("producerGallery")} idPrefix="picture" placeholder="" /> : null}
        <div className="space-y-4">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">{t("legalForm")}</dt>
            <dd>{tc(`legalForms.${producer.legalForm}`)}</dd>
            <dt className="font-semibold">{t("commune")}</dt>
            <dd>{producer.commune.name}</dd>
            {producer.certificateAddress || producer.certificateCommune ? (
              <>
                <dt className="font-semibold">{t("certificateAddress")}</dt>
                <dd>{[producer.certificateAddress, producer.certificateCommune].filter(Boolean).join(", ")}</dd>
              </>
            ) : null}
            {producer.addressLine ? (
              <>
                <dt className="font-semibold">{t("address")}</dt>
                <dd>{producer.addressLine}</dd>
              </>
            ) : null}
            {producer.representative ? (
              <>
                <dt className="font-semibold">{t("representative")}</dt>
                <dd>{producer.representative}</dd>
              </>
            ) : null}
            {producer.foundedYear ? (
              <>
                <dt className="font-semibold">{t("founded")}</dt>
                <dd>{producer.foundedYear}</dd>
              </>
            ) : null}
            {producer.phone ? (
              <>
                <dt className="font-semibold">{t("phone")}</dt>
                <dd>
                  <a href={`tel:${producer.phone.replace(/\s/g, "")}`} className="text-brand-800 underline">
                    {producer.phone}
                  </a>
                </dd>
              </>
            ) : null}
            {producer.email ? (
              <>
                <dt className="font-semibold">{t("email")}</dt>
                <dd>
                  <a href={`mailto:${producer.email}`} className="text-brand-800 underline">
                    {producer.email}
                  </a>
                </dd>
              </>
            ) : null}
            {producer.website ? (
              <>
                <dt className="font-semibold">{t("website")}</dt>
                <dd>
                  <a href={producer.website} rel="nofollow noopener" className="text-brand-800 underline">
                    {producer.website}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
          <ShareLinks path={`/producers/${producer.slug}`} locale={locale} title={producer.name} />
        </div>
      </div>
      <LocalizedMarkdown id="story-heading" title={t("story")} text={story.text} fallback={story.fallback} fallbackNote={tp("fallback")} />
      <section aria-labelledby="products-heading">
        <h2 id="products-heading" className="text-xl font-semibold">
          {t("products")}
        </h2>
        {producer.products.length === 0 ? (
          <p>{t("noProducts")}</p>
        ) : (
          <ul className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {producer.products.map((product) => (
              <li key={product.slug}>
                <ProductCard product={product} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {producer.certificates.length > 0 ? (
        <section aria-labelledby="certs-heading">
          <h2 id="certs-heading" className="text-xl font-semibold">
            {t("certificates")}
          </h2>
          <CertificateHistory locale={locale} certificates={producer.certificates} showProduct />
        </section>
      ) : null}
    </article>
  );
}
