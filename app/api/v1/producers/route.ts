import { route } from "@/server/infra/http";
import { apiJson, preflight, searchParamsOf } from "@/server/infra/api";
import { parseStrict, ZProducerListQuery } from "@/server/products/query-schemas";
import { listProducers } from "@/server/producers/queries";

export const GET = route(async (request: Request) => apiJson(await listProducers(parseStrict(ZProducerListQuery, searchParamsOf(request)))), { open: true });
export const OPTIONS = preflight;
