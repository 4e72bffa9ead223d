import { imageSrcSet, imageUrl } from "@/lib/image-url";

/** Photos of a fair or a producer: fixed aspect boxes (no layout shift), responsive WebP variants. */
export function PhotoGrid({ photos, locale }: { photos: { key: string; width: number; height: number; altVi: string; altEn: string | null }[]; locale: string }) {
  if (photos.length === 0) return null;
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
      {photos.map((photo) => (
        <li key={photo.key}>
          {/* eslint-disable-next-line @next/next/no-img-element -- our own re-encoded variants with srcset */}
          <img
            src={imageUrl(photo.key, 640)}
            srcSet={imageSrcSet(photo.key)}
            sizes="(min-width: 640px) 33vw, 50vw"
            width={photo.width}
            height={photo.height}
            alt={locale === "en" ? (photo.altEn ?? photo.altVi) : photo.altVi}
            loading="lazy"
            className="h-auto w-full rounded"
          />
        </li>
      ))}
    </ul>
  );
}
