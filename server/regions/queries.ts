import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { now } from "@/lib/clock";
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

/**
 * Communes in force: a commune merged away (2025 reorganisation) keeps its row with the day its
 * validity ended, so history stays true, but it is no longer offered nor accepted for new data.
 */
export function currentCommunes(at: Date = now()) {
  return { level: "COMMUNE", OR: [{ validTo: null }, { validTo: { gte: at } }] } satisfies Prisma.RegionWhereInput;
}

/** The communes a producer or a proposer may choose today, by name (within `where`, e.g. an officer's region). */
export async function listCurrentCommunes(where: Prisma.RegionWhereInput = {}): Promise<{ id: string; name: string }[]> {
  return db.region.findMany({ where: { ...where, ...currentCommunes() }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Whether `regionId` is a commune in force (what a form may name). */
export async function isCurrentCommune(regionId: string, client: Pick<typeof db, "region"> = db): Promise<boolean> {
  return (await client.region.count({ where: { id: regionId, ...currentCommunes() } })) === 1;
}
