import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

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
