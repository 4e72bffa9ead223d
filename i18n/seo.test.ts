import { describe, expect, it } from "vitest";
import { alternatesFor } from "./seo";

describe("localized paths", () => {
  it("names the canonical of the page's language and both alternates", () => {
    expect(alternatesFor("/producers", "en")).toEqual({
      canonical: "/en/producers",
      languages: { vi: "/producers", en: "/en/producers", "x-default": "/producers" },
    });
  });
});
