import { route } from "@/server/infra/http";
import { apiJson, notFound, preflight } from "@/server/infra/api";
import { getPublicTrace } from "@/server/trace/queries";

export const OPTIONS = preflight;

export const GET = route(async (_request: Request, { params }: { params: Promise<{ code: string }> }) => {
  const { code } = await params;
  const trace = await getPublicTrace(code);
  if (!trace) notFound("batch");
  return apiJson(trace);
}, { open: true });
