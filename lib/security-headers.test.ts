import { describe, expect, it } from "vitest";
import { hashPolicy, inlineScriptHashes, isHttpsSite, noncePolicy } from "./security-headers.mjs";

const scriptSrc = (csp: string) => csp.split("; ").find((directive) => directive.startsWith("script-src"));

describe("security headers", () => {
  it("allow only nonce-carrying scripts on pages rendered per request, never inline ones without the nonce", () => {
    const csp = noncePolicy("abc123");
    expect(scriptSrc(csp)).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("allow a stored page's own inline scripts by hash, and nothing inline besides", () => {
    // sha256("alert(1)") in base64, worked out independently: echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    const html = '<html><script>alert(1)</script><script src="/_next/static/a.js" async=""></script><script type="application/ld+json">{"a":1}</script><script>alert(1)</script></html>';
    const hashes = inlineScriptHashes(html);
    expect(hashes).toEqual(["bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI="]);
    expect(scriptSrc(hashPolicy(hashes))).toBe("script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(hashPolicy(hashes)).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(scriptSrc(hashPolicy([]))).toBe("script-src 'self'");
  });

  it("call a site HTTPS from its public address alone", () => {
    expect(isHttpsSite("https://ocop.example.vn")).toBe(true);
    expect(isHttpsSite("http://localhost:3000")).toBe(false);
    expect(isHttpsSite(undefined)).toBe(false);
  });
});
