/**
 * The one rule for every redirect target that comes from a request (`callbackUrl` after sign-in, a
 * `back` or `next` field): it must be a path on this site, or it is replaced by `fallback`.
 *
 * Browsers are generous with what they read as another origin: `//evil.example`, `/\evil.example`,
 * and `/<TAB>/evil.example` (the URL parser drops tabs and newlines anywhere, and strips controls and
 * spaces at the ends) all leave the site. So rather than listing bad shapes, the rule admits only:
 * - printable ASCII (U+0021–U+007E): no control character, DEL, space or any other Unicode space
 *   (U+00A0, U+3000 …), nothing a header could not carry — so the redirect itself can never fail;
 * - a path starting with one `/` and no backslash, checked again after each layer of percent-decoding
 *   (`/%2F/x`, `/%5C/x`, `/%09/x`, `/%252F/x`), since some hop may decode it before a browser reads it;
 * - nothing that resolves to another origin.
 * The path comes back re-serialised by the URL parser, as the browser will read it.
 */
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
// What a decoded path may not contain: controls (C0, DEL, C1), format characters (zero-width, bidi),
// every Unicode space and separator, and backslashes.
const UNSAFE_DECODED = /[\p{Cc}\p{Cf}\p{Z}\\]/u;
const MAX_LENGTH = 2000;
const MAX_DECODING_LAYERS = 5;
const PROBE = "https://redirect-check.invalid";

export function safeRedirectPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH || !PRINTABLE_ASCII.test(value)) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  if (!decodedPathIsSafe(value.split(/[?#]/, 1)[0])) return fallback;
  let url: URL;
  try {
    url = new URL(value, PROBE);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

function decodedPathIsSafe(path: string): boolean {
  let current = path;
  for (let layer = 0; layer < MAX_DECODING_LAYERS; layer++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return false;
    }
    if (UNSAFE_DECODED.test(decoded) || decoded.startsWith("//") || !decoded.startsWith("/")) return false;
    if (decoded === current) return true;
    current = decoded;
  }
  // Still changing after this many layers: nobody legitimately encodes a path five times.
  return false;
}
