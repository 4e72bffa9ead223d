import { localizedHref } from "@/i18n/localized-href";
import { routing } from "@/i18n/routing";
import { readEnv } from "@/lib/env";
import { urlSetXml } from "@/lib/sitemap-xml";
import { route } from "@/server/infra/http";
import { countSitemapFiles, sitemapFile } from "@/server/products/sitemap";

export const dynamic = "force-dynamic";

/** /sitemaps/<n>.xml: one file of the sitemap index (app/sitemap.xml), every page in both languages. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const match = /^(\d{1,4})\.xml$/.exec((await params).file);
  const index = match ? Number(match[1]) : -1;
  if (index < 0 || index >= (await countSitemapFiles())) return new Response("Not found", { status: 404 });
  const base = readEnv().PUBLIC_BASE_URL;
  const urls = (await sitemapFile(index)).flatMap(({ path, lastModified }) => {
    const alternates = Object.fromEntries(routing.locales.map((locale) => [locale, `${base}${localizedHref(path, locale)}`]));
    return routing.locales.map((locale) => ({ loc: alternates[locale], lastModified, alternates }));
  });
  return new Response(urlSetXml(urls), { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
});
