import { describe, expect, it } from "vitest";
import { RegionScope } from "./region-scope";

describe("RegionScope", () => {
  const province = new RegionScope(["province", "commune-a", "commune-b"]);
  const commune = new RegionScope(["commune-a"]);
  const nationwide = new RegionScope(null);

  it("lets a province officer reach its communes and a commune officer its own commune only", () => {
    expect(province.includes("commune-b")).toBe(true);
    expect(commune.includes("commune-a")).toBe(true);
    expect(commune.includes("commune-b")).toBe(false);
    expect(commune.includes("province")).toBe(false);
  });

  it("keeps what has no region for officers of the whole country", () => {
    expect(nationwide.national).toBe(true);
    expect(nationwide.includes(null)).toBe(true);
    expect(province.includes(null)).toBe(false);
    expect(province.national).toBe(false);
  });

  it("builds the where-fragments lists filter with", () => {
    expect(commune.producers()).toEqual({ regionId: { in: ["commune-a"] } });
    expect(commune.ofProducer()).toEqual({ producer: { regionId: { in: ["commune-a"] } } });
    expect(commune.byRegion()).toEqual({ regionId: { in: ["commune-a"] } });
    expect(nationwide.producers()).toEqual({});
    expect(nationwide.ofProducer()).toEqual({});
    expect(nationwide.byRegion()).toEqual({});
  });

  it("limits a producer account to its own producer and to no region", () => {
    const own = new RegionScope([], "producer-1");
    expect(own.national).toBe(false);
    expect(own.producers()).toEqual({ id: "producer-1" });
    expect(own.ofProducer()).toEqual({ producer: { id: "producer-1" } });
    expect(own.byRegion()).toEqual({ regionId: { in: [] } });
    expect(own.includes("commune-a")).toBe(false);
  });
});
