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
