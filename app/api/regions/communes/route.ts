import { route } from "@/server/infra/http";
import { listCommunesOfProvince } from "@/server/regions/address";

/**
 * The communes of one province for the checkout's address picker (`?province=08`). Public data that
 * changes only when the regions are reloaded: cached by browsers and shared caches for an hour.
 * An unknown province answers an empty list (the buyer then types the commune).
 */
export const GET = route(async (request: Request): Promise<Response> => {
  const code = new URL(request.url).searchParams.get("province") ?? "";
  const communes = /^\d{2}$/.test(code) ? await listCommunesOfProvince(code) : [];
  return Response.json({ communes }, { headers: { "cache-control": "public, max-age=3600, s-maxage=3600" } });
});
