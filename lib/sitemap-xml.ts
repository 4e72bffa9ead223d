/** Sitemaps XML (sitemaps.org 0.9) with hreflang alternates (Google's xhtml:link), as strings. */
const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[char]!);

export interface SitemapUrl {
  loc: string;
  lastModified: string | null;
  /** Every language's address of the page, itself included. */
  alternates: Record<string, string>;
}

export function sitemapIndexXml(files: string[]): string {
  const entries = files.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
}

export function urlSetXml(urls: SitemapUrl[]): string {
  const entries = urls.map((url) => {
    const links = Object.entries(url.alternates)
      .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(href)}"/>`)
      .join("");
    const lastmod = url.lastModified ? `<lastmod>${url.lastModified}</lastmod>` : "";
    return `<url><loc>${escapeXml(url.loc)}</loc>${lastmod}${links}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join("\n")}\n</urlset>\n`;
}
