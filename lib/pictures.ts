/**
 * Which pictures a visitor sees. Illustrations (drawings made for the demo, lib/illustrations.ts) fill
 * a gallery only while it has no approved photo: the producer's first approved photo replaces them
 * all, and with them the "illustration" label. Rows come in their gallery order and are all approved.
 */
export function publicPictures<T extends { illustration: boolean }>(approved: readonly T[]): T[] {
  const photos = approved.filter((image) => !image.illustration);
  return photos.length > 0 ? photos : [...approved];
}
