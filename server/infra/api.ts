import "server-only";
import { AppError } from "@/lib/errors";

/**
 * Headers of the public open-data API: readable from any origin (GET only), cacheable by browsers
 * and CDNs for a minute, and served stale while revalidating. Invalidation of the server's own
 * data cache on writes keeps the origin fresh (docs/caching.md).
 */
const API_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
} as const;

export function apiJson(body: unknown): Response {
  return Response.json(body, { headers: API_HEADERS });
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
