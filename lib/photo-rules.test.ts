import { describe, expect, it } from "vitest";
import { formatMegabytes, reorderIds } from "./photo-rules";

describe("photo rules", () => {
  it("write sizes the way a phone shows them", () => {
    expect(formatMegabytes(11_010_048, "vi")).toBe("10,5 MB");
    expect(formatMegabytes(11_010_048, "en")).toBe("10.5 MB");
  });
});

describe("reorderIds", () => {
  it("moves a photo to the front, or one step either way, and stops at the ends", () => {
    expect(reorderIds(["a", "b", "c"], "c", "first")).toEqual(["c", "a", "b"]);
    expect(reorderIds(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(reorderIds(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
    expect(reorderIds(["a", "b", "c"], "a", "up")).toEqual(["a", "b", "c"]);
    expect(reorderIds(["a", "b", "c"], "c", "down")).toEqual(["a", "b", "c"]);
  });
});
