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
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(sessionCookieName());
}
