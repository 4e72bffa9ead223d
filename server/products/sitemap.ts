import "server-only";
import { dbRead } from "@/server/infra/db";

/**
 * The sitemap's pages, split into files under the protocol's limits (sitemaps.org: 50,000 URLs and
 * 50 MB per file). Every path is listed in both languages, so a file of PATHS_PER_FILE paths holds
 * twice as many URLs; at national scale (20,000 products, 8,000 producers) that is three files.
 */
const PATHS_PER_FILE = 10_000;

export interface SitemapPath {
  path: string;
  lastModified: string | null;
}

/** The listing pages, then every public product and every active producer, in a stable order. */
const STATIC_PATHS = ["/", "/products", "/producers", "/fairs", "/trace"];

export async function countSitemapFiles(): Promise<number> {
  const [{ count }] = await dbRead().$queryRaw<{ count: number }[]>`
    SELECT ((SELECT count(*) FROM products p JOIN producers pr ON pr.id = p."producerId" WHERE p.status = 'PUBLISHED' AND pr.status = 'ACTIVE')
      + (SELECT count(*) FROM producers WHERE status = 'ACTIVE'))::int AS count`;
  return Math.max(1, Math.ceil((STATIC_PATHS.length + count) / PATHS_PER_FILE));
}

/** File `index` (from 0) of the sitemap: at most PATHS_PER_FILE paths, read as one page of the list. */
export async function sitemapFile(index: number): Promise<SitemapPath[]> {
  const start = index * PATHS_PER_FILE;
  const statics = STATIC_PATHS.slice(start, start + PATHS_PER_FILE).map((path) => ({ path, lastModified: null }));
  const offset = Math.max(0, start - STATIC_PATHS.length);
  const limit = PATHS_PER_FILE - statics.length;
  const rows = await dbRead().$queryRaw<{ path: string; updatedAt: Date }[]>`
    SELECT path, "updatedAt" FROM (
      SELECT 1 AS kind, p.slug, '/products/' || p.slug AS path, p."updatedAt" FROM products p JOIN producers pr ON pr.id = p."producerId"
        WHERE p.status = 'PUBLISHED' AND pr.status = 'ACTIVE'
      UNION ALL
      SELECT 2, slug, '/producers/' || slug, "updatedAt" FROM producers WHERE status = 'ACTIVE'
    ) pages ORDER BY kind, slug COLLATE "C" LIMIT ${limit} OFFSET ${offset}`;
  return [...statics, ...rows.map((row) => ({ path: row.path, lastModified: row.updatedAt.toISOString() }))];
}
