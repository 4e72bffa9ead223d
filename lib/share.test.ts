import { describe, expect, it } from "vitest";
import { publicBaseUrlWarning, shareLinks } from "./share";

describe("shareLinks", () => {
  it("carries the page's full address, encoded, to Zalo and Facebook", () => {
    const links = shareLinks("https://ocop.example.vn/en/products/che-shan-tuyet?x=1&y=2");
    const encoded = "https%3A%2F%2Focop.example.vn%2Fen%2Fproducts%2Fche-shan-tuyet%3Fx%3D1%26y%3D2";
    expect(links.facebook).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encoded}`);
    expect(new URL(links.zalo).searchParams.get("url")).toBe("https://ocop.example.vn/en/products/che-shan-tuyet?x=1&y=2");
  });
});

describe("publicBaseUrlWarning", () => {
  it("warns in production when the public address is this machine", () => {
    expect(publicBaseUrlWarning({ NODE_ENV: "production", PUBLIC_BASE_URL: "http://localhost:3000" })).toMatch(/PUBLIC_BASE_URL is http:\/\/localhost:3000 in production/);
    expect(publicBaseUrlWarning({ NODE_ENV: "production", PUBLIC_BASE_URL: "http://127.0.0.1:8080" })).not.toBeNull();
  });

  it("is quiet for a real address, and in development", () => {
    expect(publicBaseUrlWarning({ NODE_ENV: "production", PUBLIC_BASE_URL: "https://ocop.tuyenquang.gov.vn" })).toBeNull();
    expect(publicBaseUrlWarning({ NODE_ENV: "development", PUBLIC_BASE_URL: "http://localhost:3000" })).toBeNull();
  });
});
