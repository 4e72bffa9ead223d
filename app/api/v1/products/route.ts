import { apiJson, apiRoute, preflight, searchParamsOf } from "@/server/infra/api";
import { listProducts } from "@/server/products/queries";
import { parseStrict, ZProductListQuery } from "@/server/products/query-schemas";

export const GET = apiRoute(async (request: Request) => apiJson(await listProducts(parseStrict(ZProductListQuery, searchParamsOf(request)))));
export const OPTIONS = preflight;
