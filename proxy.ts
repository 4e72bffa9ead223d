import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { localeOfPath } from "./lib/locale-prefix.mjs";
import { routing } from "./i18n/routing";
import { isInternalQueryPath, listingOf, queryPagePath, unsafeQuery } from "./lib/query-page";
import { NOTHING_POLICY, noncePolicy } from "./lib/security-headers.mjs";
import { can } from "./server/auth/permissions";
import { SESSION_COOKIE, viewerOfSession } from "./server/auth/session-token";
import { cookieOptions } from "./server/infra/cookies";
import { ZProducerListQuery, ZProductListQuery } from "./server/products/query-schemas";

const intl = createMiddleware(routing);

/** The parameters each listing reads; any other name is dropped before the page is looked up. */
const LISTING_PARAMETERS = {
  products: new Set(Object.keys(ZProductListQuery.shape)),
  producers: new Set(Object.keys(ZProducerListQuery.shape)),
};

/**
 * Every page request but those of the full-route cache passes here (lib/cached-pages.ts; never an
 * authorization boundary: every page, action and route checks access itself):
 * 1. Malformed queries (a control character, an object member's name) are answered 400 before
 *    anything renders (docs/security.md, V5.1); direct requests for the listings' internal paths 404.
 * 2. Back-office areas: anonymous visitors and revoked sessions are sent to sign in, the wrong role
 *    gets a real 404.
 * 3. `/products?…` and `/producers?…` are served from cacheable paths carrying the canonical query
 *    (lib/query-page.ts); locale routing (next-intl) for the rest.
 * 4. The Content-Security-Policy of pages rendered per request: a fresh nonce, on the request (where
 *    Next.js reads it to stamp its scripts) and on the response. Cached pages (the listings here) get
 *    theirs from the cache handler, the same for everyone (lib/security-headers.mjs).
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (unsafeQuery(searchParams)) return badRequest();
  if (listingOf(pathname)) return routeListing(request);
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = noncePolicy(nonce, { dev: process.env.NODE_ENV !== "production" });
  request.headers.set("Content-Security-Policy", csp);
  const response = isInternalQueryPath(pathname) ? notFound(request) : ((await refuseWrongRole(request)) ?? intl(request));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

function badRequest(): NextResponse {
  return new NextResponse("Bad Request\n", {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": NOTHING_POLICY },
  });
}

/**
 * A listing, with or without a query, is served from a cached page: `/<locale>/products`, or the
 * internal path carrying its canonical query (lib/query-page.ts). Parameters it does not read are
 * dropped, so they never make an entry of their own.
 */
function routeListing(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl;
  const listing = listingOf(pathname)!;
  const path = queryPagePath(pathname, searchParams, LISTING_PARAMETERS[listing]) ?? `/${localeOfPath(pathname)}/${listing}`;
  if (path === pathname) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = path;
  target.search = "";
  return NextResponse.rewrite(target);
}

/** A path no route matches: Next.js answers it with app/global-not-found.tsx, in the language named here. */
function notFound(request: NextRequest): NextResponse {
  const locale = localeOfPath(request.nextUrl.pathname);
  const target = request.nextUrl.clone();
  target.pathname = `/${locale}/not-found-page`;
  target.search = "";
  request.headers.set("x-next-intl-locale", locale);
  return NextResponse.rewrite(target, { status: 404, request: { headers: request.headers } });
}

const AREA = /^(\/en)?\/(studio|admin)(?:\/|$)/;

/**
 * Pages check access themselves, but by the time a page runs, the layout may already be streaming with
 * status 200. Answering here gives anonymous visitors and revoked sessions (checked against the
 * database like everywhere else, server/auth/session-token.ts) a redirect to sign in, and the wrong
 * role a real 404 status (the page's own check still renders the not-found content).
 */
async function refuseWrongRole(request: NextRequest): Promise<NextResponse | null> {
  const match = AREA.exec(request.nextUrl.pathname);
  if (!match) return null;
  const cookie = request.cookies.get(SESSION_COOKIE)?.value;
  const viewer = await viewerOfSession(cookie);
  const prefix = match[1] ?? "";
  if (!viewer) {
    const login = request.nextUrl.clone();
    login.pathname = `${prefix}/login`;
    login.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
    const response = NextResponse.redirect(login);
    // A revoked session's cookie is of no more use: the browser forgets it.
    if (cookie) response.cookies.set(SESSION_COOKIE, "", cookieOptions(0));
    return response;
  }
  // The permission table decides, as the pages' own checks do (server/auth/permissions.ts).
  if (can(viewer, match[2] === "admin" ? "admin.access" : "studio.access")) return null;
  return notFound(request);
}

export const config = {
  // Pages only: API, Digital Link resolver (/01/…), assets and files are left alone, and so are the
  // cached pages but the listings (lib/cached-pages.ts, `bypassesProxy`: the same list).
  matcher: ["/((?!api|01|_next|_vercel|uploads|.*\\..*|$|en$|(?:en/)?(?:(?:products|producers)/[^/]+|programme|ideas/new)$).*)"],
};
