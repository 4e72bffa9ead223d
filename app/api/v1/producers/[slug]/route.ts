import { route } from "@/server/infra/http";
import { apiJson, notFound, preflight } from "@/server/infra/api";
import { getProducer } from "@/server/producers/queries";

export const GET = route(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const producer = await getProducer(slug);
  if (!producer) notFound("producer");
  return apiJson(producer);
}, { open: true });
export const OPTIONS = preflight;
