import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export const proxy = createMiddleware(routing);

export const config = {
  // Locale routing only for pages: API, Digital Link resolver (/01/…), assets and files are left alone.
  matcher: ["/((?!api|01|_next|_vercel|uploads|.*\\..*).*)"],
};
