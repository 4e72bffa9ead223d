import { describe, expect, it } from "vitest";
import { HOSTILE_CHARACTERS, percentEncoded } from "@/tests/support/hostile-characters";
import { safeRedirectPath } from "./safe-redirect";

const HOME = "/studio";

describe("safeRedirectPath", () => {
  it("keeps paths on this site, re-serialised as a browser reads them", () => {
    expect(safeRedirectPath("/studio/products?page=2", HOME)).toBe("/studio/products?page=2");
    expect(safeRedirectPath("/en/admin/review#queue", HOME)).toBe("/en/admin/review#queue");
    // An encoded space in the query is data, not a way out.
    expect(safeRedirectPath("/products?q=ch%C3%A8%20shan", HOME)).toBe("/products?q=ch%C3%A8%20shan");
    expect(safeRedirectPath("/studio/../admin", HOME)).toBe("/admin");
  });

  it("refuses other origins in every spelling", () => {
    for (const target of [
      "https://evil.example/", "//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example", "/\\/evil.example",
      "http:evil.example", "javascript:alert(1)", "evil.example", "", "/%2F/evil.example", "/%2f%2fevil.example", "/%5C/evil.example",
      "/%5c%5cevil.example", "/%252F/evil.example", "/%25252F%25252Fevil.example", "/%E0%A4%A", "/%", "%2F%2Fevil.example",
    ]) {
      expect(safeRedirectPath(target, HOME), target).toBe(HOME);
    }
    expect(safeRedirectPath(undefined, HOME)).toBe(HOME);
    expect(safeRedirectPath(["/studio"], HOME)).toBe(HOME);
    expect(safeRedirectPath(`/${"a".repeat(3000)}`, HOME)).toBe(HOME);
  });

  it("refuses every control and whitespace character, raw or percent-encoded, wherever it stands", () => {
    for (const character of HOSTILE_CHARACTERS) {
      const encoded = percentEncoded(character);
      const doubly = encoded.replaceAll("%", "%25");
      for (const target of [
        `/${character}/evil.example`, `${character}//evil.example`, `/studio${character}`, `//${character}evil.example`,
        `/${encoded}/evil.example`, `/${doubly}/evil.example`, `/studio/${encoded}x`,
      ]) {
        expect(safeRedirectPath(target, HOME), JSON.stringify(target)).toBe(HOME);
      }
    }
  });
});
