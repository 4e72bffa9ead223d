import { describe, expect, it } from "vitest";
import { addressHasControlCharacter } from "./control-characters";

describe("addressHasControlCharacter", () => {
  it("finds a control character anywhere once decoded", () => {
    for (const address of ["/api/v1/products?q=%00", "/api/v1/products/%00", "/api/v1/products?q=a%0Ab", "/x?%1F=1", "/x?q=%7F", "/%E0%A4%A"]) {
      expect(addressHasControlCharacter(new URL(address, "http://x")), address).toBe(true);
    }
  });

  it("leaves ordinary addresses alone, Vietnamese and encoded spaces included", () => {
    for (const address of ["/api/v1/products?q=ch%C3%A8%20shan", "/api/v1/trace/VX-26", "/products?q=100%25"]) {
      expect(addressHasControlCharacter(new URL(address, "http://x")), address).toBe(false);
    }
  });
});
