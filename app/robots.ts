import type { MetadataRoute } from "next";
import { localizedHref } from "@/i18n/localized-href";
import { routing } from "@/i18n/routing";
import { readEnv } from "@/lib/env";

/** Pages that are nobody's business but their user's, in every language. */
const PRIVATE = ["/studio", "/admin", "/cart", "/checkout", "/orders"];

export default function robots(): MetadataRoute.Robots {
  const base = readEnv().PUBLIC_BASE_URL;
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: [...PRIVATE.flatMap((path) => routing.locales.map((locale) => localizedHref(path, locale))), "/api/auth"] }],
    sitemap: `${base}/sitemap.xml`,
  };
}
