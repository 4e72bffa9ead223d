/**
 * Security headers. Every page gets a nonce-based Content-Security-Policy: only scripts carrying this
 * response's nonce (and what they load) run, also on pages served from the cache — see
 * docs/backoffice.md, "Content Security Policy".
 */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  const script = `'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`;
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

/**
 * For responses that do not pass through proxy.ts (its matcher leaves out paths with a dot: files,
 * and the not-found page Next renders for an unknown one): no script runs at all. Such a 404 page stays
 * readable, its links plain links.
 */
export const NO_SCRIPT_POLICY = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Paths with a dot, other than Next's assets, the API, the Digital Link resolver and uploads. */
export const UNPROXIED_FILE_PATHS = "/:path((?!_next/|api/|01/|uploads/).*\\..*)";

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
