import { describe, expect, it } from "vitest";
import { clientIp, normalizeAddress } from "./client-ip";

describe("clientIp", () => {
  it("with no proxy trusted, is the socket's peer whatever the client wrote in X-Forwarded-For", () => {
    expect(clientIp("1.2.3.4", 0, "203.0.113.7")).toBe("203.0.113.7");
    expect(clientIp("1.2.3.4, 5.6.7.8", 0, "203.0.113.7")).toBe("203.0.113.7");
    expect(clientIp(null, 0, "203.0.113.7")).toBe("203.0.113.7");
  });

  it("behind N trusted proxies, takes the address the nearest of them saw, not what the client wrote before it", () => {
    // nginx (the peer, 10.0.0.1) appended the client it saw: 198.51.100.9.
    expect(clientIp("198.51.100.9", 1, "10.0.0.1")).toBe("198.51.100.9");
    expect(clientIp("1.2.3.4, 198.51.100.9", 1, "10.0.0.1")).toBe("198.51.100.9");
    // CDN then load balancer: the CDN's entry is the client.
    expect(clientIp("1.2.3.4, 198.51.100.9, 10.0.0.2", 2, "10.0.0.1")).toBe("198.51.100.9");
    // Fewer hops than proxies configured: never reads past the left end.
    expect(clientIp("198.51.100.9", 3, "10.0.0.1")).toBe("198.51.100.9");
  });

  it("without the peer (a server started without the preload), falls back to the header's last entries", () => {
    expect(clientIp("1.2.3.4, 198.51.100.9", 1)).toBe("198.51.100.9");
    expect(clientIp("198.51.100.9", 0)).toBe("198.51.100.9");
    expect(clientIp(null)).toBe("unknown");
    expect(clientIp(" , ")).toBe("unknown");
  });

  it("spells one address one way and keys IPv6 clients on their /64", () => {
    expect(clientIp(null, 0, "::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(normalizeAddress("2001:DB8:0:1:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:0:1::/64");
    expect(normalizeAddress("2001:db8:0:1::7")).toBe("2001:db8:0:1::/64");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8:0:0::/64");
    expect(normalizeAddress("::1")).toBe("0:0:0:0::/64");
    expect(normalizeAddress("203.0.113.7")).toBe("203.0.113.7");
  });
});
