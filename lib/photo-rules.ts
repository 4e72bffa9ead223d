import { formatNumber } from "./format";

/**
 * Rules for photos that both the browser (to refuse before uploading) and the server apply.
 * A photo smaller than MIN_PHOTO_SIDE on either side cannot fill even the smallest published width
 * (lib/image-url.ts) and is usually a mistake (a 1×1 tracking pixel, an icon).
 */
export const MIN_PHOTO_SIDE = 300;
export const MAX_PHOTOS_PER_LISTING = 12;
export const MAX_PHOTOS_PER_PROFILE = 8;
export const ACCEPTED_PHOTO_TYPES = "image/jpeg,image/png,image/webp,image/avif";

/** "10,5 MB" / "10.5 MB": a size in megabytes with one decimal, the way each language writes it. */
export function formatMegabytes(bytes: number, locale: string): string {
  const mb = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return `${formatNumber(mb, locale, 1)} MB`;
}

export type PhotoMove = "first" | "up" | "down";

/** The photo ids in their new order after moving one: to the front (the main photo), or one step. */
export function reorderIds(ids: readonly string[], id: string, move: PhotoMove): string[] {
  const order = [...ids];
  const index = order.indexOf(id);
  if (index < 0) return order;
  order.splice(index, 1);
  const target = move === "first" ? 0 : move === "up" ? Math.max(0, index - 1) : Math.min(order.length, index + 1);
  order.splice(target, 0, id);
  return order;
}
