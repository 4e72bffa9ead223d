import { describe, expect, it } from "vitest";
import { actionBodyLimitBytes, DEFAULT_UPLOAD_MAX_BYTES, uploadMaxBytesSetting } from "./request-limits.mjs";

describe("request limits", () => {
  it("let a Server Action carry three photos at the upload limit and the form's text", () => {
    const max = 8 * 1024 * 1024;
    expect(actionBodyLimitBytes(max)).toBeGreaterThan(3 * max);
    expect(actionBodyLimitBytes(max)).toBeLessThan(4 * max);
  });
  it("read UPLOAD_MAX_BYTES for the front door: a positive whole number of bytes, else 8 MB", () => {
    expect(DEFAULT_UPLOAD_MAX_BYTES).toBe(8 * 1024 * 1024);
    expect(uploadMaxBytesSetting("200000")).toBe(200_000);
    expect(uploadMaxBytesSetting(undefined)).toBe(8 * 1024 * 1024);
    for (const junk of ["", " ", "-5", "0", "1.5", "abc"]) expect(uploadMaxBytesSetting(junk), junk).toBe(8 * 1024 * 1024);
  });
});
