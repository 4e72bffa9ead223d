import { describe, expect, it } from "vitest";
import { nonPublicReason } from "./public-url";

describe("nonPublicReason", () => {
  it("accepts addresses anyone can open", () => {
    expect(nonPublicReason("https://ocop.vixuyen.gov.vn")).toBeNull();
    expect(nonPublicReason("http://203.113.1.20:8080")).toBeNull();
    expect(nonPublicReason("https://[2001:db8::1]")).toBeNull();
  });
  it("refuses this machine", () => {
    expect(nonPublicReason("http://localhost:3000")).toBe("loopback");
    expect(nonPublicReason("http://127.0.0.1:3100")).toBe("loopback");
    expect(nonPublicReason("http://app.localhost")).toBe("loopback");
    expect(nonPublicReason("http://[::1]:3000")).toBe("loopback");
    expect(nonPublicReason("http://0.0.0.0:3000")).toBe("loopback");
  });
  it("refuses home, office and carrier-internal networks and local names", () => {
    expect(nonPublicReason("http://192.168.1.20:3000")).toBe("privateNetwork");
    expect(nonPublicReason("http://10.0.0.5")).toBe("privateNetwork");
    expect(nonPublicReason("http://172.20.0.2")).toBe("privateNetwork");
    expect(nonPublicReason("http://[fd00::2]")).toBe("privateNetwork");
    expect(nonPublicReason("http://ocop-server:3000")).toBe("localName");
    expect(nonPublicReason("http://may-chu.local")).toBe("localName");
  });
  it("refuses what is not a web address", () => {
    expect(nonPublicReason("ftp://ocop.vn")).toBe("invalid");
    expect(nonPublicReason("not a url")).toBe("invalid");
  });
});
