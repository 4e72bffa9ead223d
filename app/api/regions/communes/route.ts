import { AppError } from "@/lib/errors";
import { getViewer } from "@/server/auth/session";
import { route } from "@/server/infra/http";
import { searchCommunes } from "@/server/regions/communes";

/** The back office's commune picker: communes matching `q` (with or without marks), with their province. */
export const GET = route(async (request: Request) => {
  if (!(await getViewer())) throw new AppError("UNAUTHENTICATED");
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  const items = await searchCommunes(q, 20);
  return Response.json({ items: items.map(({ id, label }) => ({ id, label })) }, { headers: { "Cache-Control": "private, no-store" } });
});
