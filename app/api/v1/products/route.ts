import { route } from "@/server/infra/http";
import { apiJson, preflight, searchParamsOf } from "@/server/infra/api";
import { listProducts } from "@/server/products/queries";
import { parseStrict, ZProductListQuery } from "@/server/products/query-schemas";

// Not a stored page: no read of the catalogue tag for the full-route cache (listProducts' `storedPage`).
export const GET = route(async (request: Request) => apiJson(await listProducts(parseStrict(ZProductListQuery, searchParamsOf(request)), undefined, { storedPage: false })), { open: true });
export const OPTIONS = preflight;
