import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, DYNAMIC_PAGE, hstsHeader } from "./security-headers";

describe("security headers", () => {
  it("allow only nonce-carrying scripts on per-request pages", () => {
    const csp = contentSecurityPolicy("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-inline' ;");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
  it("recognise the per-request pages in both languages", () => {
    for (const path of ["/studio", "/en/admin/review", "/login", "/checkout", "/orders/ABCDE-FGHJK"]) expect(DYNAMIC_PAGE.test(path)).toBe(true);
    for (const path of ["/", "/products", "/en/producers/x", "/studios"]) expect(DYNAMIC_PAGE.test(path)).toBe(false);
  });
  it("send HSTS only over HTTPS", () => {
    expect(hstsHeader("https://ocop.example.vn")).toHaveLength(1);
    expect(hstsHeader("http://localhost:3000")).toHaveLength(0);
  });
});
