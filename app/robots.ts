import type { MetadataRoute } from "next";
import { readEnv } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  const base = readEnv().PUBLIC_BASE_URL;
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/studio", "/en/studio", "/admin", "/en/admin", "/api/auth", "/cart", "/en/cart", "/checkout", "/en/checkout", "/orders", "/en/orders"] }],
    sitemap: `${base}/sitemap.xml`,
  };
}
