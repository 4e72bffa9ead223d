import "server-only";
import { PROVINCES } from "@/lib/delivery-estimate";
import { db } from "@/server/infra/db";

/**
 * The address picker on the regions tree: the 34 provinces of the 2025 reform (lib/data/provinces-
 * 2025.json, seeded as PROVINCE regions by their official codes) and the current communes the
 * database holds under each (province → [former areas →] commune): the official 3,321 of
 * lib/data/communes-2025.json once seeded (docs/orders.md, "Address data"). Only where a database
 * holds no communes for a province does the buyer type the commune's name.
 */
export interface CommuneChoice {
  id: string;
  name: string;
}

export async function listCommunesOfProvince(provinceCode: string): Promise<CommuneChoice[]> {
  if (!PROVINCES.some((p) => p.code === provinceCode)) return [];
  const rows = await db.$queryRaw<CommuneChoice[]>`
    WITH RECURSIVE subtree AS (
      SELECT id, level FROM regions WHERE code = ${provinceCode} AND level = 'PROVINCE'
      UNION
      SELECT r.id, r.level FROM regions r JOIN subtree s ON r."parentId" = s.id
    )
    SELECT r.id, r.name FROM regions r JOIN subtree s ON s.id = r.id
    WHERE r.level = 'COMMUNE' AND r."validTo" IS NULL`;
  return rows.sort((a, b) => a.name.localeCompare(b.name, "vi"));
}

/**
 * The commune a buyer picked, checked to lie under the province picked: null when the province has no
 * communes in the data (typed by hand then), "REQUIRED" when it has some and none of them was picked.
 */
export async function communeOfProvince(provinceCode: string, communeId: string): Promise<CommuneChoice | null | "REQUIRED"> {
  const communes = await listCommunesOfProvince(provinceCode);
  if (communes.length === 0) return null;
  return communes.find((c) => c.id === communeId) ?? "REQUIRED";
}
