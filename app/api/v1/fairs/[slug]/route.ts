import { route } from "@/server/infra/http";
import { apiJson, notFound, preflight, searchParamsOf } from "@/server/infra/api";
import { fairDetailForApi } from "@/server/fairs/api";

export const GET = route(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const fair = await fairDetailForApi((await params).slug, searchParamsOf(request));
  return apiJson(fair ?? notFound("fair"));
}, { open: true });
export const OPTIONS = preflight;
