/**
 * Share addresses for a public page. Facebook's sharer takes the page's address and reads its Open
 * Graph tags; Zalo's web share (the address its share plugin opens) does the same. Both are plain
 * links: sharing needs no script of theirs or ours.
 */
export function shareLinks(url: string): { zalo: string; facebook: string } {
  const encoded = encodeURIComponent(url);
  return {
    zalo: `https://sp.zalo.me/share_inline?url=${encoded}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${encoded}`,
  };
}

/**
 * A warning when a production server would print localhost into canonical, share and QR addresses:
 * PUBLIC_BASE_URL was left at its default. Null when the setting is fine.
 */
export function publicBaseUrlWarning(env: { NODE_ENV: string; PUBLIC_BASE_URL: string }): string | null {
  if (env.NODE_ENV !== "production") return null;
  const host = new URL(env.PUBLIC_BASE_URL).hostname;
  if (host !== "localhost" && host !== "127.0.0.1" && host !== "[::1]" && !host.endsWith(".localhost")) return null;
  return `PUBLIC_BASE_URL is ${env.PUBLIC_BASE_URL} in production: canonical links, share links, sitemaps and QR codes will point at ${host}, which no visitor can open. Set PUBLIC_BASE_URL to the site's public address (see .env.example).`;
}
