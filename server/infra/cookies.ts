import "server-only";
import { readEnv } from "@/lib/env";
import { isHttpsSite } from "@/lib/security-headers.mjs";

/** Whether cookies are Secure: the site's one HTTPS setting (lib/security-headers.mjs, `isHttpsSite`). */
export const SECURE_COOKIES = isHttpsSite(readEnv().PUBLIC_BASE_URL);

/**
 * The options of every cookie the app sets: httpOnly (no script reads them), SameSite=Lax (not sent
 * on cross-site posts), Secure on an HTTPS site.
 */
export function cookieOptions(maxAgeSeconds: number) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: SECURE_COOKIES, maxAge: maxAgeSeconds };
}
