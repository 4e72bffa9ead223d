import { route } from "@/server/infra/http";
import { apiJson, notFound, preflight } from "@/server/infra/api";
import { ZProductDetail } from "@/server/products/api-schemas";
import { getProduct } from "@/server/products/queries";

export const GET = route(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const product = await getProduct(slug);
  if (!product) notFound("product");
  // Parsing strips the page-only parts (producer card, related products): the API returns its schema.
  return apiJson(ZProductDetail.parse(product));
}, { open: true });
export const OPTIONS = preflight;
