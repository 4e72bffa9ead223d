import { describe, expect, it } from "vitest";
import { batchQrUrl } from "./links";

describe("batch QR content", () => {
  it("is a GS1 Digital Link with lot and expiry when the product has a GTIN", () => {
    expect(batchQrUrl("https://ocop.example.vn/", { code: "AB12", lotCode: "VX-01", expiryDate: new Date("2027-09-30T00:00:00Z") }, "8934588012228")).toBe(
      "https://ocop.example.vn/01/08934588012228/10/VX-01?17=270930",
    );
  });
  it("is the trace page otherwise", () => {
    expect(batchQrUrl("https://ocop.example.vn", { code: "AB12", lotCode: "L" }, null)).toBe("https://ocop.example.vn/trace/AB12?src=qr");
  });
});
