import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { authOptions } from "./options";
import type { AuthenticatedUser } from "./authenticate";

const MAX_AGE = authOptions.session?.maxAge ?? 8 * 60 * 60;

/** next-auth's own cookie name: the __Secure- prefix when the site runs on HTTPS. */
function sessionCookieName(): string {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * Issues the same JWT session next-auth's credentials callback issues (same secret, cookie and claims),
 * so the /login form can be a Server Action that works without JavaScript and is origin-checked.
 */
export async function setSessionCookie(user: AuthenticatedUser): Promise<void> {
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email, role: user.role, producerId: user.producerId, regionId: user.regionId },
    secret: process.env.NEXTAUTH_SECRET ?? "",
    maxAge: MAX_AGE,
  });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: sessionCookieName().startsWith("__Secure-"),
    maxAge: MAX_AGE,
  });
  (await cookies()).set(AREA_HINT_COOKIE, user.role === "ADMIN" ? "admin" : "studio", {
    httpOnly: false,
    sameSite: "lax",
    path: "/",
    secure: sessionCookieName().startsWith("__Secure-"),
    maxAge: MAX_AGE,
  });
}

/**
 * A readable hint beside the session, naming the signed-in user's work area ("admin" or "studio") and
 * nothing else: the public header (components/layout/account-links.tsx) reads it in the browser to
 * offer the way back and sign-out, so public pages stay static and cacheable. It grants nothing; the
 * session cookie alone does.
 */
export const AREA_HINT_COOKIE = "ocop_area";

export async function clearSessionCookie(): Promise<void> {
  const jar = await cookies();
  jar.delete(sessionCookieName());
  jar.delete(AREA_HINT_COOKIE);
}
