import { cacheSharing } from "@/server/infra/cache-sharing";
import { checkDatabase } from "@/server/infra/health";
import { route } from "@/server/infra/http";

export const dynamic = "force-dynamic";

export const GET = route(async () => {
  const database = await checkDatabase();
  const body = { status: database.ok ? "ok" : "error", database, cache: cacheSharing() ?? "not-loaded" };
  return Response.json(body, { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
