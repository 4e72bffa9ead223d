import { apiJson, apiRoute, preflight, searchParamsOf } from "@/server/catalogue/api";
import { listProducts } from "@/server/catalogue/queries";
import { parseStrict, ZProductListQuery } from "@/server/catalogue/schemas";

export const GET = apiRoute(async (request: Request) => apiJson(await listProducts(parseStrict(ZProductListQuery, searchParamsOf(request)))));
export const OPTIONS = preflight;
