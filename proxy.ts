import { getToken } from "next-auth/jwt";
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { queryPagePath } from "./lib/query-page";
import { contentSecurityPolicy } from "./lib/security-headers";

const intl = createMiddleware(routing);

/**
 * Locale routing (next-intl), plus a per-request CSP nonce for every page: Next.js reads the nonce from
 * the request's Content-Security-Policy header and puts it on its scripts when it renders, and the
 * cache handler swaps it into pages it serves from the cache (server/infra/cache-handler/entries.mjs).
 * Never an authorization boundary: every page and action checks access itself.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== "production" });
  request.headers.set("Content-Security-Policy", csp);
  const response = (await refuseWrongRole(request)) ?? routeFilteredListing(request) ?? intl(request);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/** `/products?…` and `/producers?…` are served from cacheable paths carrying the query (lib/query-page.ts). */
function routeFilteredListing(request: NextRequest): NextResponse | null {
  const path = queryPagePath(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!path) return null;
  const target = request.nextUrl.clone();
  target.pathname = path;
  target.search = "";
  return NextResponse.rewrite(target, { request: { headers: request.headers } });
}

const AREA = /^(\/en)?\/(studio|admin)(?:\/|$)/;

/**
 * Pages check access themselves, but by the time a page runs, the layout may already be streaming with
 * status 200. Answering here gives anonymous visitors a redirect to sign in and the wrong role a real
 * 404 status (the page's own check still renders the not-found content).
 */
async function refuseWrongRole(request: NextRequest): Promise<NextResponse | null> {
  const match = AREA.exec(request.nextUrl.pathname);
  if (!match) return null;
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  const prefix = match[1] ?? "";
  if (!token) {
    const login = request.nextUrl.clone();
    login.pathname = `${prefix}/login`;
    login.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
    return NextResponse.redirect(login);
  }
  const needed = match[2] === "admin" ? "ADMIN" : "PRODUCER";
  if (token.role === needed) return null;
  const notFound = request.nextUrl.clone();
  notFound.pathname = `/${prefix ? "en" : "vi"}/not-found-page`;
  return NextResponse.rewrite(notFound, { status: 404, request: { headers: request.headers } });
}

export const config = {
  // Locale routing only for pages: API, Digital Link resolver (/01/…), assets and files are left alone.
  matcher: ["/((?!api|01|_next|_vercel|uploads|.*\\..*).*)"],
};
