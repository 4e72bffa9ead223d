import { describe, expect, it } from "vitest";
import { regionSubtreeIds } from "@/server/regions/queries";
import { createRegion } from "../factories";

describe("regionSubtreeIds", () => {
  it("holds the region and everything below it, and nothing beside it", async () => {
    const province = await createRegion({ level: "PROVINCE" });
    const area = await createRegion({ level: "AREA", parentId: province.id });
    const commune = await createRegion({ level: "COMMUNE", parentId: area.id });
    const directCommune = await createRegion({ level: "COMMUNE", parentId: province.id });
    const otherProvince = await createRegion({ level: "PROVINCE" });
    await createRegion({ level: "COMMUNE", parentId: otherProvince.id });

    expect(new Set(await regionSubtreeIds(province.id))).toEqual(new Set([province.id, area.id, commune.id, directCommune.id]));
    expect(new Set(await regionSubtreeIds(area.id))).toEqual(new Set([area.id, commune.id]));
    expect(await regionSubtreeIds(commune.id)).toEqual([commune.id]);
  });
});
