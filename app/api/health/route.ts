import { cacheSharing } from "@/server/infra/cache-sharing";
import { checkDatabase } from "@/server/infra/health";
import { route } from "@/server/infra/http";
import { catalogueIndexHealth } from "@/server/search/catalogue-index";

export const dynamic = "force-dynamic";

export const GET = route(async () => {
  const database = await checkDatabase();
  const body = { status: database.ok ? "ok" : "error", database, cache: cacheSharing() ?? "not-loaded", search: catalogueIndexHealth() };
  return Response.json(body, { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
