import "server-only";
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
  if (scope.national) return scope;
  const regionId =
    "producerId" in resource
      ? (await db.producer.findUnique({ where: { id: resource.producerId }, select: { regionId: true } }))?.regionId
      : resource.regionId;
  if (!scope.includes(regionId)) throw new AppError("NOT_FOUND");
  return scope;
}

/** `authorize` for a list: checks the action and returns the scope to filter the list with. */
export async function authorizeList(viewer: Viewer | null, action: Action): Promise<RegionScope> {
  authorize(viewer, action);
  return regionScopeOf(viewer);
}
