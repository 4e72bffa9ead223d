import { apiJson, apiRoute, preflight, searchParamsOf } from "@/server/infra/api";
import { parseStrict, ZProducerListQuery } from "@/server/products/query-schemas";
import { listProducers } from "@/server/producers/queries";

export const GET = apiRoute(async (request: Request) => apiJson(await listProducers(parseStrict(ZProducerListQuery, searchParamsOf(request)))));
export const OPTIONS = preflight;
