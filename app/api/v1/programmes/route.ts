import { apiJson, preflight } from "@/server/infra/api";
import { route } from "@/server/infra/http";
import { getProgrammes } from "@/server/programme/cached";

/** Every programme with its region and period. */
export const GET = route(async () => apiJson({ data: await getProgrammes() }), { open: true });
export const OPTIONS = preflight;
