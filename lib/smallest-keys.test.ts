import { describe, expect, it } from "vitest";
import { SmallestKeys } from "./smallest-keys";

describe("SmallestKeys", () => {
  it("keeps the smallest few, smallest first, whatever order they come in", () => {
    const top = new SmallestKeys(3);
    for (const key of [9, 4, 7, 1, 8, 3, 2, 6]) top.offer(key);
    expect(top.kept).toEqual([1, 2, 3]);
    expect(top.full).toBe(true);
    expect(top.worst).toBe(3);
  });

  it("keeps fewer when fewer are offered, and equal keys once each time they are offered", () => {
    const top = new SmallestKeys(5);
    for (const key of [5, 5, 2]) top.offer(key);
    expect(top.kept).toEqual([2, 5, 5]);
    expect(top.full).toBe(false);
  });

  it("refuses a key equal to the worst once full, so the first offered stays", () => {
    const top = new SmallestKeys(2);
    for (const key of [1, 4, 4, 0]) top.offer(key);
    expect(top.kept).toEqual([0, 1]);
  });

  it("keeps nothing for a limit of zero", () => {
    const top = new SmallestKeys(0);
    top.offer(1);
    expect(top.kept).toEqual([]);
  });
});
