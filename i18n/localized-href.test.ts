import { describe, expect, it } from "vitest";
import { localizedHref } from "./localized-href";

describe("localizedHref", () => {
  it("leaves Vietnamese (the default locale) unprefixed", () => {
    expect(localizedHref("/products", "vi")).toBe("/products");
    expect(localizedHref({ pathname: "/products", query: { group: "FOOD" } }, "vi")).toBe("/products?group=FOOD");
  });

  it("puts English under /en, without a trailing slash for the home page", () => {
    expect(localizedHref("/", "en")).toBe("/en");
    expect(localizedHref("/?q=che", "en")).toBe("/en?q=che");
    expect(localizedHref("/producers/htx-cao-bo", "en")).toBe("/en/producers/htx-cao-bo");
    expect(localizedHref({ pathname: "/products", query: { q: "chè shan", page: 2, tag: ["a", "b"], none: undefined } }, "en")).toBe(
      "/en/products?q=ch%C3%A8+shan&page=2&tag=a&tag=b",
    );
  });

  it("does not touch other sites, schemes or relative hrefs", () => {
    expect(localizedHref("https://example.org/x", "en")).toBe("https://example.org/x");
    expect(localizedHref("//cdn.example.org/x", "en")).toBe("//cdn.example.org/x");
    expect(localizedHref("mailto:ocop@example.org", "en")).toBe("mailto:ocop@example.org");
    expect(localizedHref("#main", "en")).toBe("#main");
  });
});
