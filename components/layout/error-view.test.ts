import { describe, expect, it } from "vitest";
import { localeOfPath } from "./error-view";

describe("localeOfPath", () => {
  it("reads English only under /en", () => {
    expect(localeOfPath("/en")).toBe("en");
    expect(localeOfPath("/en/studio/products/1")).toBe("en");
    expect(localeOfPath("/enterprise")).toBe("vi");
    expect(localeOfPath("/studio")).toBe("vi");
    expect(localeOfPath(null)).toBe("vi");
  });
});
