import "server-only";
import { dayToDate, today } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { db } from "@/server/infra/db";
import { regionSubtreeIds } from "@/server/regions/queries";
import { authorize, type Action, type Viewer } from "./permissions";
import { RegionScope } from "./region-scope";

export { RegionScope };

/** The scope of `viewer`: one recursive query over the region tree for a regional officer, none otherwise. */
export async function regionScopeOf(viewer: Viewer): Promise<RegionScope> {
  if (viewer.role === "PRODUCER") return new RegionScope([], viewer.producerId ?? "");
  if (viewer.regionId === null) return new RegionScope(null);
  return new RegionScope(await regionSubtreeIds(viewer.regionId));
}

/**
 * The region half of authorization, after `authorize(viewer, action)`: what `resource` belongs to — a
 * producer (officers: within their region; producer accounts: their own) or a region — must lie within
 * the viewer's scope. Anything outside is NOT_FOUND, so nothing about it leaks, not even that it exists.
 * Returns the scope for the reads that follow.
 *
 *   authorize(viewer, "producer.manage");
 *   await assertInScope(viewer, { producerId });
 */
export async function assertInScope(viewer: Viewer, resource: { producerId: string } | { regionId: string | null }): Promise<RegionScope> {
  const scope = await regionScopeOf(viewer);
  if (viewer.role === "PRODUCER") {
    if (!("producerId" in resource) || resource.producerId !== viewer.producerId) throw new AppError("NOT_FOUND");
    return scope;
  }
  if ("producerId" in resource) {
    // Checked for officers of the whole country too: a producer that does not exist is not found either.
    const producer = await db.producer.findUnique({ where: { id: resource.producerId }, select: { regionId: true } });
    if (!producer || !scope.includes(producer.regionId)) throw new AppError("NOT_FOUND");
  } else if (!scope.includes(resource.regionId)) {
    throw new AppError("NOT_FOUND");
  }
  return scope;
}

/** `authorize` for a list: checks the action and returns the scope to filter the list with. */
export async function authorizeList(viewer: Viewer | null, action: Action): Promise<RegionScope> {
  authorize(viewer, action);
  return regionScopeOf(viewer);
}

/**
 * A list's region filter: the scope narrowed to `regionId`'s subtree. A region outside the viewer's
 * scope narrows to nothing, so a hand-edited URL shows nothing rather than another region.
 */
export async function narrowScope(scope: RegionScope, regionId: string | undefined): Promise<RegionScope> {
  if (!regionId || scope.regionIds?.length === 0) return scope;
  const subtree = await regionSubtreeIds(regionId);
  return new RegionScope(scope.regionIds === null ? subtree : subtree.filter((id) => scope.regionIds!.includes(id)));
}

/** The regions one level below the viewer's (the provinces, for an officer of the whole country): a list's region filter. */
export async function subregionChoices(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  if (viewer.role !== "ADMIN") return [];
  return db.region.findMany({
    where: { parentId: viewer.regionId, OR: [{ validTo: null }, { validTo: { gte: dayToDate(today()) } }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** Where the viewer works, to show beside their name: an officer's region, a producer account's producer. */
export async function viewerArea(viewer: Viewer): Promise<string | null> {
  if (viewer.role === "PRODUCER") {
    return viewer.producerId ? ((await db.producer.findUnique({ where: { id: viewer.producerId }, select: { name: true } }))?.name ?? null) : null;
  }
  return viewer.regionId ? ((await db.region.findUnique({ where: { id: viewer.regionId }, select: { name: true } }))?.name ?? null) : null;
}
