import { describe, expect, it } from "vitest";
import { switchLocalePath } from "./switch-locale";

describe("switchLocalePath", () => {
  it("adds /en to an unprefixed Vietnamese path", () => {
    expect(switchLocalePath("/", "vi", "en")).toBe("/en");
    expect(switchLocalePath("/products/che-shan-tuyet", "vi", "en")).toBe("/en/products/che-shan-tuyet");
  });

  it("strips /en going back to Vietnamese", () => {
    expect(switchLocalePath("/en", "en", "vi")).toBe("/");
    expect(switchLocalePath("/en/trace/VX-CB-2025-01", "en", "vi")).toBe("/trace/VX-CB-2025-01");
  });

  it("strips an internal /vi prefix", () => {
    expect(switchLocalePath("/vi/products", "vi", "en")).toBe("/en/products");
    expect(switchLocalePath("/vi", "vi", "en")).toBe("/en");
  });

  it("leaves paths that merely start with the letters of a locale alone", () => {
    expect(switchLocalePath("/envoy", "vi", "en")).toBe("/en/envoy");
    expect(switchLocalePath("/en/envoy", "en", "vi")).toBe("/envoy");
  });
});

describe("switchLocalePath keeps the page's query", () => {
  it("carries a search and its filters to the other language", () => {
    expect(switchLocalePath("/products", "vi", "en", "?q=ch%C3%A8&group=FOOD")).toBe("/en/products?q=ch%C3%A8&group=FOOD");
    expect(switchLocalePath("/en/producers", "en", "vi", "legalForm=COOPERATIVE")).toBe("/producers?legalForm=COOPERATIVE");
  });

  it("turns a listing's internal query path back into the listing with its query", () => {
    // "group=FOOD&q=chè" in base64url, as lib/query-page.ts writes it.
    const segment = Buffer.from("group=FOOD&q=ch%C3%A8").toString("base64url");
    expect(switchLocalePath(`/vi/products-query/${segment}`, "vi", "en")).toBe("/en/products?group=FOOD&q=ch%C3%A8");
    expect(switchLocalePath(`/en/producers-query/${segment}`, "en", "vi")).toBe("/producers?group=FOOD&q=ch%C3%A8");
  });
});
