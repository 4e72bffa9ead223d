import { apiJson, apiRoute, notFound, preflight } from "@/server/catalogue/api";
import { getPublicTrace } from "@/server/trace/queries";

export const OPTIONS = preflight;

export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ code: string }> }) => {
  const { code } = await params;
  const trace = await getPublicTrace(code);
  if (!trace) notFound("batch");
  return apiJson(trace);
});
