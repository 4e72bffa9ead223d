import { describe, expect, it } from "vitest";
import { actionBodyLimitBytes, formatMegabytes } from "./photo-rules";

describe("photo rules", () => {
  it("let a request carry three photos at the upload limit and the form's text", () => {
    const max = 8 * 1024 * 1024;
    expect(actionBodyLimitBytes(max)).toBeGreaterThan(3 * max);
    expect(actionBodyLimitBytes(max)).toBeLessThan(4 * max);
  });
  it("write sizes the way a phone shows them", () => {
    expect(formatMegabytes(11_010_048, "vi")).toBe("10,5 MB");
    expect(formatMegabytes(11_010_048, "en")).toBe("10.5 MB");
  });
});
