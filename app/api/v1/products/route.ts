import { route } from "@/server/infra/http";
import { apiJson, preflight, searchParamsOf } from "@/server/infra/api";
import { listProducts } from "@/server/products/queries";
import { parseStrict, ZProductListQuery } from "@/server/products/query-schemas";

export const GET = route(async (request: Request) => apiJson(await listProducts(parseStrict(ZProductListQuery, searchParamsOf(request)))), { open: true });
export const OPTIONS = preflight;
