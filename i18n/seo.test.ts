import { describe, expect, it } from "vitest";
import { alternatesFor, localizedPath } from "./seo";

describe("localized paths", () => {
  it("keeps Vietnamese unprefixed and puts English under /en", () => {
    expect(localizedPath("/", "vi")).toBe("/");
    expect(localizedPath("/", "en")).toBe("/en");
    expect(localizedPath("/products/che", "en")).toBe("/en/products/che");
  });
  it("names the canonical of the page's language and both alternates", () => {
    expect(alternatesFor("/producers", "en")).toEqual({
      canonical: "/en/producers",
      languages: { vi: "/producers", en: "/en/producers", "x-default": "/producers" },
    });
  });
});
