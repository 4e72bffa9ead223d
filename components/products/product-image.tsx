import { getTranslations } from "next-intl/server";
import { imageSrcSet, imageUrl } from "@/lib/image-url";

export interface ImageProps {
  key: string;
  width: number;
  height: number;
  altVi: string;
  altEn: string | null;
  /** A drawing made for the demo, not a photograph (lib/pictures.ts): labelled so. */
  illustration: boolean;
}

/**
 * A responsive WebP picture (the pipeline's widths through srcset) in a fixed 4:3 box, so nothing moves
 * while it loads; or a neutral placeholder of the same box when there is none. An illustration says so
 * twice: in its alt text and with a small visible label, so a shopper never takes a drawing for a
 * photograph of the product.
 */
export async function ProductImage({
  image,
  locale,
  fallbackAlt,
  placeholder,
  sizes,
  priority,
  className = "",
}: {
  image: ImageProps | null;
  locale: string;
  fallbackAlt: string;
  placeholder: string;
  sizes: string;
  /** The page's main picture: loaded at once and first (the largest content of the first screen). */
  priority?: boolean;
  className?: string;
}) {
  if (!image) {
    return <div className={`flex aspect-[4/3] w-full items-center justify-center bg-slate-100 text-sm text-slate-700 ${className}`}>{placeholder}</div>;
  }
  const t = await getTranslations({ locale, namespace: "catalog.picture" });
  const name = (locale === "en" ? image.altEn : null) || image.altVi || fallbackAlt;
  return (
    <div className={`relative ${className}`} data-illustration={image.illustration ? "" : undefined}>
      {/* eslint-disable-next-line @next/next/no-img-element -- variants are pre-rendered WebP files; next/image's optimiser is not needed */}
      <img
        src={imageUrl(image.key, 640)}
        srcSet={imageSrcSet(image.key)}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={image.illustration ? t("illustrationAlt", { name }) : name}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : undefined}
        decoding={priority ? undefined : "async"}
        className="block aspect-[4/3] h-auto w-full bg-slate-100 object-cover"
      />
      {image.illustration ? (
        // The alt text already says it to screen readers.
        <span aria-hidden="true" className="absolute bottom-1.5 left-1.5 rounded bg-white/95 px-1.5 py-0.5 text-xs font-semibold text-slate-800 shadow-sm">
          {t("illustration")}
        </span>
      ) : null}
    </div>
  );
}
