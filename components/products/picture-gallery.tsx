import { getTranslations } from "next-intl/server";
import { imageUrl } from "@/lib/image-url";
import { ProductImage, type ImageProps } from "./product-image";

/**
 * A product's or producer's pictures: the main one large, the others in a strip that scrolls sideways
 * (swiped on a phone), and thumbnails that are plain links to each picture's anchor — so it works
 * without JavaScript. The first picture is the page's largest content: eager, high priority; the others
 * load lazily. Every box has its size before loading (no layout shift).
 */
export async function PictureGallery({
  images,
  locale,
  name,
  label,
  idPrefix,
  placeholder,
}: {
  images: readonly ImageProps[];
  locale: string;
  /** What the pictures show (fallback alt text). */
  name: string;
  label: string;
  idPrefix: string;
  placeholder: string;
}) {
  const t = await getTranslations({ locale, namespace: "catalog.picture" });
  const sizes = "(min-width: 768px) 50vw, 100vw";
  if (images.length <= 1) {
    return (
      <section aria-label={label}>
        <ProductImage image={images[0] ?? null} locale={locale} fallbackAlt={name} placeholder={placeholder} sizes={sizes} priority className="overflow-hidden rounded-lg" />
      </section>
    );
  }
  return (
    <section aria-label={label} className="space-y-2">
      <ol className="flex snap-x snap-mandatory overflow-x-auto overscroll-x-contain rounded-lg" tabIndex={0} aria-label={t("pictures")}>
        {images.map((image, index) => (
          <li key={image.key} id={`${idPrefix}-${index + 1}`} className="w-full shrink-0 snap-start">
            <ProductImage image={image} locale={locale} fallbackAlt={name} placeholder="" sizes={sizes} priority={index === 0} />
          </li>
        ))}
      </ol>
      <ul className="grid grid-cols-5 gap-2">
        {images.map((image, index) => (
          <li key={image.key}>
            <a href={`#${idPrefix}-${index + 1}`} aria-label={t("show", { n: index + 1, count: images.length })} className="block overflow-hidden rounded border border-slate-300 hover:border-brand-700 focus-visible:outline-2 focus-visible:outline-brand-700">
              {/* eslint-disable-next-line @next/next/no-img-element -- the smallest of our own variants; the link names it */}
              <img src={imageUrl(image.key, 320)} width={image.width} height={image.height} alt="" loading="lazy" decoding="async" className="block aspect-[4/3] h-auto w-full object-cover" />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
