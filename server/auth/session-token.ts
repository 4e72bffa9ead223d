import "server-only";
import { decode, encode } from "next-auth/jwt";
import { readEnv } from "@/lib/env";
import { SECURE_COOKIES } from "@/server/infra/cookies";
import { db } from "@/server/infra/db";
import { viewerFromSession, type Viewer } from "./permissions";

/**
 * Back-office sessions: a JWT (next-auth's encrypted format, NEXTAUTH_SECRET) in an httpOnly cookie,
 * naming the user and the session version it was issued at. Every back-office request checks it
 * against the database (one primary-key read): the user must still be active, its producer still
 * active, and the version unchanged. Sign-out, a password change, a role change, deactivation and the
 * producer's suspension all bump the version (the last four by database triggers), so every session
 * issued before ends at once, on every instance. Who the viewer is (role, producer, name) is read from
 * the database too, never from the token. Public pages never read the session.
 */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** next-auth's cookie names: the `__Secure-` prefix on an HTTPS site (lib/security-headers.mjs). */
export const SESSION_COOKIE = SECURE_COOKIES ? "__Secure-next-auth.session-token" : "next-auth.session-token";

function secret(): string {
  const value = readEnv().NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is required for sessions");
  return value;
}

export function encodeSession(userId: string, sessionVersion: number): Promise<string> {
  return encode({ token: { sub: userId, sv: sessionVersion }, secret: secret(), maxAge: SESSION_MAX_AGE_SECONDS });
}

/** The viewer a session cookie stands for, or null when it is missing, forged, expired or revoked. */
export async function viewerOfSession(token: string | undefined): Promise<Viewer | null> {
  if (!token) return null;
  const claims = await decode({ token, secret: secret() }).catch(() => null);
  if (!claims || typeof claims.sub !== "string" || typeof claims.sv !== "number") return null;
  const user = await db.user.findUnique({
    where: { id: claims.sub },
    select: { id: true, name: true, email: true, role: true, producerId: true, regionId: true, active: true, sessionVersion: true, producer: { select: { status: true } } },
  });
  if (!user || !user.active || user.sessionVersion !== claims.sv) return null;
  if (user.role === "PRODUCER" && (!user.producerId || user.producer?.status !== "ACTIVE")) return null;
  return viewerFromSession(user);
}
