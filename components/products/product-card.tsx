import { getTranslations } from "next-intl/server";
import { englishName, inLocale } from "@/lib/vocabulary";
import type { CertificationStatus } from "@/lib/certification-status";
import { Link } from "@/i18n/navigation";
import { formatVnd } from "@/lib/format";
import { pickText } from "./localized-text";
import { ProductImage, type ImageProps } from "./product-image";
import { StarMark } from "./star-badge";

export interface ProductCardData {
  slug: string;
  nameVi: string;
  nameEn: string | null;
  priceVnd: number;
  unit: string;
  unitEn: string | null;
  stars: number | null;
  certification: CertificationStatus;
  inStock: boolean;
  producer: { slug: string; name: string };
  image: ImageProps | null;
}

/**
 * A product in a list. `compact`: the results grid's variant, two to a row on phones (smaller type and
 * padding, the producer's name from the sm breakpoint on). `priority`: a card of the first row, whose
 * picture is the page's largest content — loaded at once, not lazily (Lighthouse measured a lazy first
 * picture as 35 % of /products' largest-contentful-paint time).
 */
export async function ProductCard({
  product,
  locale,
  headingLevel = "h3",
  compact = false,
  priority = false,
}: {
  product: ProductCardData;
  locale: string;
  headingLevel?: "h2" | "h3" | "h4";
  compact?: boolean;
  priority?: boolean;
}) {
  const [t, tb] = await Promise.all([getTranslations({ locale, namespace: "catalog.card" }), getTranslations({ locale, namespace: "catalog.badge" })]);
  const name = pickText(locale, product.nameVi, product.nameEn);
  const unit = pickText(locale, product.unit, product.unitEn);
  const Heading = headingLevel;
  return (
    // The picture on top at a fixed 4:3 box (nothing moves while it loads), then name, badge and price.
    // The name's link covers the whole card (a phone user taps the picture).
    <article className={`relative flex h-full flex-col overflow-hidden rounded-lg border border-slate-200 bg-white focus-within:ring-2 focus-within:ring-brand-700 ${compact ? "text-sm sm:text-base" : ""}`}>
      <ProductImage
        image={product.image}
        locale={locale}
        fallbackAlt={name.text}
        placeholder={t("noPhoto")}
        sizes={compact ? "(min-width: 1024px) 25vw, 50vw" : "(min-width: 1024px) 25vw, (min-width: 640px) 50vw, 100vw"}
        priority={priority}
      />
      <div className={`flex flex-1 flex-col ${compact ? "gap-1 p-2 sm:gap-2 sm:p-3" : "gap-2 p-3"}`}>
        <Heading className="font-semibold">
          <Link href={`/products/${product.slug}`} className="text-brand-800 after:absolute after:inset-0 hover:underline focus-visible:outline-none" lang={name.fallback ? "vi" : undefined}>
            {name.text}
          </Link>
        </Heading>
        {product.stars ? (
          <StarMark locale={locale} stars={product.stars} />
        ) : product.certification !== "CERTIFIED" ? (
          // Which of expired, revoked or never certified: a card without a badge must not pass for an OCOP product.
          <p className="text-sm font-semibold text-slate-800" data-certification={product.certification}>
            {tb(`status.${product.certification}`)}
          </p>
        ) : null}
        <p className={`text-sm text-slate-700 ${compact ? "max-sm:hidden" : ""}`}>{t("by", { name: inLocale(locale, product.producer.name, englishName) })}</p>
        <p className="mt-auto font-semibold">
          {formatVnd(product.priceVnd, locale)} <span className="font-normal text-slate-700" lang={unit.fallback ? "vi" : undefined}>/ {unit.text}</span>
        </p>
        {product.inStock ? null : <p className="text-sm font-semibold text-red-800">{t("outOfStock")}</p>}
      </div>
    </article>
  );
}
