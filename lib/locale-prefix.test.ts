import { describe, expect, it } from "vitest";
import { localeOfPath, prefixPath } from "./locale-prefix.mjs";

describe("localeOfPath", () => {
  it("reads English under /en and Vietnamese elsewhere, with or without a query", () => {
    expect(localeOfPath("/en/products/khong-co")).toBe("en");
    expect(localeOfPath("/en")).toBe("en");
    expect(localeOfPath("/en?q=tra")).toBe("en");
    expect(localeOfPath("/products/khong-co")).toBe("vi");
    expect(localeOfPath("/vi/products/khong-co")).toBe("vi");
    expect(localeOfPath(null)).toBe("vi");
  });

  it("does not take a Vietnamese path that starts with the letters \"en\" for English", () => {
    expect(localeOfPath("/enterprise")).toBe("vi");
    expect(localeOfPath("/trace/en")).toBe("vi");
    expect(localeOfPath("/products?q=/en/")).toBe("vi");
  });
});

describe("prefixPath", () => {
  it("leaves Vietnamese paths alone and puts English ones under /en, without a trailing slash on the home page", () => {
    expect(prefixPath("/products", "vi")).toBe("/products");
    expect(prefixPath("/products", "en")).toBe("/en/products");
    expect(prefixPath("/", "en")).toBe("/en");
    expect(prefixPath("/?q=tra", "en")).toBe("/en?q=tra");
  });

  it("is the inverse of localeOfPath", () => {
    for (const path of ["/", "/products/che-shan", "/?q=tra"]) {
      for (const locale of ["vi", "en"] as const) expect(localeOfPath(prefixPath(path, locale))).toBe(locale);
    }
  });
});
