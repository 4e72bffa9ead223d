import { apiJson, apiRoute, preflight, searchParamsOf } from "@/server/infra/api";
import { fairListForApi } from "@/server/fairs/api";

export const GET = apiRoute(async (request: Request) => apiJson(await fairListForApi(searchParamsOf(request))));
export const OPTIONS = preflight;
