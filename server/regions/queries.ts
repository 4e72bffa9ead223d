import "server-only";
import { db } from "@/server/infra/db";

/**
 * The ids of a region and of every region below it (province → former district/area → commune), from
 * the tree in `regions`. Programmes count, and officers act, within such a subtree.
 */
export async function regionSubtreeIds(regionId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE subtree AS (
      SELECT id FROM regions WHERE id = ${regionId}
      UNION
      SELECT r.id FROM regions r JOIN subtree s ON r."parentId" = s.id
    )
    SELECT id FROM subtree`;
  return rows.map((row) => row.id);
}
