import { route } from "@/server/infra/http";
import { apiJson, preflight, searchParamsOf } from "@/server/infra/api";
import { suggestCatalogue } from "@/server/products/queries";
import { parseStrict, ZSuggestQuery } from "@/server/products/query-schemas";

// Answered from the search index in memory; browsers and CDNs may keep an answer for a minute.
export const GET = route(async (request: Request) => apiJson(await suggestCatalogue(parseStrict(ZSuggestQuery, searchParamsOf(request)).q)), { open: true });
export const OPTIONS = preflight;
