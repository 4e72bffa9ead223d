import { apiJson, apiRoute, preflight } from "@/server/infra/api";
import { getProgrammes } from "@/server/programme/cached";

/** Every programme with its region and period. */
export const GET = apiRoute(async () => apiJson({ data: await getProgrammes() }));
export const OPTIONS = preflight;
