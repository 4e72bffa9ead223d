import "server-only";
import { addressHasControlCharacter } from "@/lib/control-characters";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/server/infra/http";

/**
 * Headers of the public open-data API: readable from any origin (GET only), cacheable by browsers
 * and CDNs for a minute, and served stale while revalidating. Invalidation of the server's own
 * data cache on writes keeps the origin fresh (docs/caching.md).
 */
export const API_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
} as const;

export function apiJson(body: unknown): Response {
  return Response.json(body, { headers: API_HEADERS });
}

/**
 * Like `route()`, but errors carry the CORS headers too, so browsers can read a 400's body. An address
 * with a control character in it (`?q=%00`) is malformed: 400 before the handler runs.
 */
export function apiRoute<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      const [request] = args;
      if (request instanceof Request && addressHasControlCharacter(new URL(request.url))) {
        throw new AppError("VALIDATION", "control character in the address");
      }
      return await handler(...args);
    } catch (error) {
      return errorResponse(error, { "Access-Control-Allow-Origin": "*" });
    }
  };
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...API_HEADERS, "Access-Control-Max-Age": "86400" } });
}

export function notFound(what: string): never {
  throw new AppError("NOT_FOUND", `${what} not found`);
}

export function searchParamsOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
