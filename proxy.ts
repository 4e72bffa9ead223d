import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { contentSecurityPolicy, DYNAMIC_PAGE } from "./lib/security-headers";

const intl = createMiddleware(routing);

/**
 * Locale routing (next-intl), plus a per-request CSP nonce for pages that are rendered per request:
 * Next.js reads the nonce from the request's Content-Security-Policy header and puts it on its scripts.
 * Never an authorization boundary: every page and action checks access itself.
 */
export function proxy(request: NextRequest) {
  if (!DYNAMIC_PAGE.test(request.nextUrl.pathname)) {
    const response = intl(request);
    response.headers.set("Content-Security-Policy", contentSecurityPolicy(null, { dev: process.env.NODE_ENV !== "production" }));
    return response;
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== "production" });
  request.headers.set("Content-Security-Policy", csp);
  const response = intl(request);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Locale routing only for pages: API, Digital Link resolver (/01/…), assets and files are left alone.
  matcher: ["/((?!api|01|_next|_vercel|uploads|.*\\..*).*)"],
};
