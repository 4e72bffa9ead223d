import { describe, expect, it } from "vitest";
import { clientIp, trustedProxies } from "./client-ip";

describe("clientIp", () => {
  it("takes the address the trusted proxy appended, not what the client wrote before it", () => {
    expect(clientIp("203.0.113.7")).toBe("203.0.113.7");
    expect(clientIp("1.2.3.4, 203.0.113.7")).toBe("203.0.113.7");
    expect(clientIp("1.2.3.4, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("is 'unknown' without the header or without trusted proxies, and never reads past the left end", () => {
    expect(clientIp(null)).toBe("unknown");
    expect(clientIp(" , ")).toBe("unknown");
    expect(clientIp("1.2.3.4", 0)).toBe("unknown");
    expect(clientIp("203.0.113.7", 3)).toBe("203.0.113.7");
  });
});

describe("trustedProxies", () => {
  it("reads a non-negative integer and falls back to one proxy", () => {
    expect(trustedProxies("2")).toBe(2);
    expect(trustedProxies("0")).toBe(0);
    expect(trustedProxies(undefined)).toBe(1);
    expect(trustedProxies("-1")).toBe(1);
    expect(trustedProxies("two")).toBe(1);
  });
});
