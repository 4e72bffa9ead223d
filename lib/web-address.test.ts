import { describe, expect, it } from "vitest";
import { isWebAddress } from "./web-address";

describe("isWebAddress", () => {
  it("accepts http and https addresses", () => {
    expect(isWebAddress("https://che-vixuyen.example.com")).toBe(true);
    expect(isWebAddress("http://htx.example.vn/gioi-thieu?x=1")).toBe(true);
  });

  it("refuses script, data and other schemes in every spelling, and credentials in the address", () => {
    for (const value of [
      "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://example.com", "//evil.example", "example.com", "https://user:pass@example.com", "", null,
    ]) {
      expect(isWebAddress(value), String(value)).toBe(false);
    }
  });
});
