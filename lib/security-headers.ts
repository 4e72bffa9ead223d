/**
 * Security headers. Pages that are rendered per request (back office, sign-in, cart, checkout, order
 * tracking) get a nonce-based Content-Security-Policy: only scripts carrying this request's nonce run.
 * Public catalogue pages are served from the cache, where a per-request nonce cannot exist; they keep
 * 'unsafe-inline' for scripts (Next's inline RSC payload) until hashes can be emitted — see
 * docs/backoffice.md.
 */
export const DYNAMIC_PAGE = /^(?:\/en)?\/(?:studio|admin|login|account|invite|cart|checkout|orders)(?:\/|$)/;

export function contentSecurityPolicy(nonce: string | null, { dev = false } = {}): string {
  const script = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}` : `'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`;
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "X-Frame-Options", value: "DENY" },
] as const;

/** HSTS only when the site is served over HTTPS (browsers ignore it on HTTP anyway, but say so plainly). */
export function hstsHeader(publicBaseUrl: string | undefined) {
  return publicBaseUrl?.startsWith("https://") ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : [];
}
