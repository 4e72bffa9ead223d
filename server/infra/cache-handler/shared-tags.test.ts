import { describe, expect, it } from "vitest";
import { batches } from "./shared-tags.mjs";

describe("NOTIFY batches", () => {
  it("split a long list of tags into payloads under PostgreSQL's 8,000-byte limit, losing none", () => {
    const tags = Array.from({ length: 600 }, (_, i) => `product:che-shan-tuyet-co-thu-${i}`);
    const groups = batches(tags);
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) expect(JSON.stringify({ from: "00000000-0000-0000-0000-000000000000", tags: group }).length).toBeLessThan(8000);
    expect(groups.flat()).toEqual(tags);
  });

  it("send a short list as one payload", () => {
    expect(batches(["catalogue", "programme"])).toEqual([["catalogue", "programme"]]);
    expect(batches([])).toEqual([]);
  });
});
