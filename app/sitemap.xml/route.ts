import { readEnv } from "@/lib/env";
import { route } from "@/server/infra/http";
import { sitemapIndexXml } from "@/lib/sitemap-xml";
import { countSitemapFiles } from "@/server/products/sitemap";

// A sitemap index: one file would pass the protocol's 50,000-URL limit at national scale.
export const dynamic = "force-dynamic";

export const GET = route(async () => {
  const base = readEnv().PUBLIC_BASE_URL;
  const count = await countSitemapFiles();
  const files = Array.from({ length: count }, (_, index) => `${base}/sitemaps/${index}.xml`);
  return new Response(sitemapIndexXml(files), { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
});
