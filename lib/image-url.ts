/**
 * Public URL of an uploaded image variant. Uploads are stored under a generated key and re-encoded to
 * WebP in several widths (`<key>-<width>.webp`); pages pick widths with `srcset`.
 */
export const IMAGE_WIDTHS = [320, 640, 1024] as const;
export type ImageWidth = (typeof IMAGE_WIDTHS)[number];

export function imageUrl(key: string, width: ImageWidth): string {
  return `/uploads/${encodeURIComponent(key)}-${width}.webp`;
}

export function imageSrcSet(key: string): string {
  return IMAGE_WIDTHS.map((width) => `${imageUrl(key, width)} ${width}w`).join(", ");
}
