import sharp from "sharp";

/** A plain JPEG photo of the given size, as a producer's camera would upload. */
export function jpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 60 } } }).jpeg().toBuffer();
}
