import { apiJson, apiRoute, notFound, preflight } from "@/server/infra/api";
import { fairDetailForApi } from "@/server/fairs/api";

export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const fair = await fairDetailForApi((await params).slug);
  return apiJson(fair ?? notFound("fair"));
});
export const OPTIONS = preflight;
