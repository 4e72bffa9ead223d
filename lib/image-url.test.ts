import { describe, expect, it } from "vitest";
import { imageSrcSet, imageUrl } from "./image-url";

describe("imageUrl", () => {
  it("names the WebP variant of a width under /uploads", () => {
    expect(imageUrl("p/abc123", 640)).toBe("/uploads/p%2Fabc123-640.webp");
  });
  it("lists every width in a srcset", () => {
    expect(imageSrcSet("k")).toBe("/uploads/k-320.webp 320w, /uploads/k-640.webp 640w, /uploads/k-1024.webp 1024w");
  });
});
