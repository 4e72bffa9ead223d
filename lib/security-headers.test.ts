import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, hstsHeader } from "./security-headers";

describe("security headers", () => {
  it("allow only nonce-carrying scripts, never inline ones without the nonce", () => {
    const csp = contentSecurityPolicy("abc123");
    const scripts = csp.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
  it("send HSTS only over HTTPS", () => {
    expect(hstsHeader("https://ocop.example.vn")).toHaveLength(1);
    expect(hstsHeader("http://localhost:3000")).toHaveLength(0);
  });
});
