import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { now, type IsoDay } from "@/lib/clock";
import { db } from "@/server/infra/db";

/**
 * The ids of a region and of every region that belongs to it: the regions below it in the tree
 * (province → former district/area → commune) and the communes abolished by the 2025 reform that were
 * merged into one of those (`mergedIntoId`), wherever the old commune itself sits in the tree. A
 * producer whose recorded commune is a pre-reform one therefore counts, and is seen, where that
 * commune now belongs. Programmes count, and officers act, within such a set.
 */
export async function regionSubtreeIds(regionId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE subtree AS (
      SELECT id FROM regions WHERE id = ${regionId}
      UNION
      SELECT r.id FROM regions r JOIN subtree s ON r."parentId" = s.id OR r."mergedIntoId" = s.id
    )
    SELECT id FROM subtree`;
  return rows.map((row) => row.id);
}

/**
 * Communes in force: a commune merged away (2025 reorganisation) keeps its row with the day its
 * validity ended, so history stays true, but it is no longer offered nor accepted for new data.
 */
function currentCommunes(at: Date = now()) {
  return { level: "COMMUNE", OR: [{ validTo: null }, { validTo: { gte: at } }] } satisfies Prisma.RegionWhereInput;
}

/** Whether `regionId` is a commune in force (what a form may name). */
export async function isCurrentCommune(regionId: string, client: Pick<typeof db, "region"> = db): Promise<boolean> {
  return (await client.region.count({ where: { id: regionId, ...currentCommunes() } })) === 1;
}

/**
 * A region scope for SQL: the ids of `regionSubtreeIds`, or null for "everywhere" (a nationwide
 * programme has no region). `inScope` turns it into a condition on a region-id column.
 */
export type RegionScope = readonly string[] | null;

export async function regionScope(regionId: string | null): Promise<RegionScope> {
  return regionId === null ? null : regionSubtreeIds(regionId);
}

export function inScope(column: Prisma.Sql, scope: RegionScope): Prisma.Sql {
  if (scope === null) return Prisma.sql`TRUE`;
  if (scope.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`${column} = ANY(${[...scope]}::text[])`;
}

/** The commune a region's records count under today: the commune a pre-reform one merged into, else itself. */
export function currentCommuneSql(region: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`COALESCE(${region}."mergedIntoId", ${region}."id")`;
}

/** Is the region (alias) an administrative unit in existence on `day` (validFrom/validTo)? */
function existsOnSql(region: Prisma.Sql, day: IsoDay): Prisma.Sql {
  return Prisma.sql`(${region}."validFrom" IS NULL OR ${region}."validFrom" <= ${day}::date) AND (${region}."validTo" IS NULL OR ${region}."validTo" >= ${day}::date)`;
}

export interface RegionOption {
  id: string;
  slug: string;
  name: string;
  nameEn: string | null;
  level: string;
  /** The names above it, nearest first ("Vị Xuyên", "Hà Giang", "Tuyên Quang"): a picker shows them. */
  parents: string[];
}

type RegionOptionRow = { id: string; slug: string; name: string; nameEn: string | null; level: string; parents: string[] | null };

/** A region `r` as an option: its own fields and its parents' names, nearest first. */
const REGION_OPTION_COLUMNS = Prisma.sql`r.id, r.slug, r.name, r."nameEn", r.level::text AS level,
  (WITH RECURSIVE up AS (
     SELECT p.id, p.name, p."parentId", 1 AS depth FROM regions p WHERE p.id = r."parentId"
     UNION ALL
     SELECT q.id, q.name, q."parentId", up.depth + 1 FROM regions q JOIN up ON q.id = up."parentId"
   ) SELECT array_agg(up.name ORDER BY up.depth) FROM up) AS parents`;

/**
 * The communes (and areas) of a scope in existence on `day`, for officers' pickers: a programme's
 * region is a district area or a province, so the list stays short (tens to a few hundred).
 */
export async function listRegionsInScope(scope: RegionScope, day: IsoDay, levels: readonly string[] = ["COMMUNE"]): Promise<RegionOption[]> {
  const rows = await db.$queryRaw<RegionOptionRow[]>`
    SELECT ${REGION_OPTION_COLUMNS}
    FROM regions r
    WHERE ${inScope(Prisma.sql`r.id`, scope)} AND r.level::text = ANY(${[...levels]}::text[]) AND ${existsOnSql(Prisma.sql`r`, day)}
    ORDER BY r.name, r.id`;
  return rows.map((row) => ({ ...row, parents: row.parents ?? [] }));
}

/** One region by id with its parents' names, or null. */
export async function getRegion(id: string): Promise<RegionOption | null> {
  const rows = await db.$queryRaw<RegionOptionRow[]>`
    SELECT ${REGION_OPTION_COLUMNS}
    FROM regions r WHERE r.id = ${id}`;
  const row = rows[0];
  return row ? { ...row, parents: row.parents ?? [] } : null;
}
