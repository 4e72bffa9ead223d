import { imageSrcSet, imageUrl } from "@/lib/image-url";

export interface ImageProps {
  key: string;
  width: number;
  height: number;
  altVi: string;
  altEn: string | null;
}

/**
 * A responsive WebP image with its intrinsic size (no layout shift), or a neutral placeholder of the
 * same 4:3 box when there is none.
 */
export function ProductImage({
  image,
  locale,
  fallbackAlt,
  placeholder,
  sizes,
  priority,
}: {
  image: ImageProps | null;
  locale: string;
  fallbackAlt: string;
  placeholder: string;
  sizes: string;
  priority?: boolean;
}) {
  if (!image) {
    return (
      <div className="flex aspect-[4/3] w-full items-center justify-center rounded bg-slate-100 text-sm text-slate-600">{placeholder}</div>
    );
  }
  const alt = (locale === "en" ? image.altEn : null) || image.altVi || fallbackAlt;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- variants are pre-rendered WebP files; next/image's optimiser is not needed
    <img
      src={imageUrl(image.key, 640)}
      srcSet={imageSrcSet(image.key)}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={alt}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className="aspect-[4/3] w-full rounded object-cover"
    />
  );
}
