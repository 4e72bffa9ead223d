import { route } from "@/server/infra/http";
import { apiJson, preflight, searchParamsOf } from "@/server/infra/api";
import { fairListForApi } from "@/server/fairs/api";

export const GET = route(async (request: Request) => apiJson(await fairListForApi(searchParamsOf(request))), { open: true });
export const OPTIONS = preflight;
