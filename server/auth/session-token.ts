import "server-only";
import { randomBytes } from "node:crypto";
import { decode, encode } from "next-auth/jwt";
import { nowMs } from "@/lib/clock";
import { readEnv } from "@/lib/env";
import { SECURE_COOKIES } from "@/server/infra/cookies";
import { db } from "@/server/infra/db";
import { viewerFromSession, type Viewer } from "./permissions";

/**
 * Back-office sessions: a JWT (next-auth's encrypted format, NEXTAUTH_SECRET) in an httpOnly cookie,
 * naming the user and a row of the `sessions` table (one per signed-in browser: a device). Every
 * back-office request checks it against the database (one primary-key read with its user): the row
 * must still exist and be unexpired, the user active, its producer active, and the row's version the
 * user's sessionVersion. Signing out deletes the row (every copy of that cookie ends); "sign out
 * everywhere", a password change, a role change, deactivation and the producer's suspension bump the
 * version (the last four by database triggers), so every session issued before ends at once, on every
 * instance. Who the viewer is (role, producer, region, name) is read from the database too, never from
 * the token. Public pages never read the session.
 */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** next-auth's cookie names: the `__Secure-` prefix on an HTTPS site (lib/security-headers.mjs). */
export const SESSION_COOKIE = SECURE_COOKIES ? "__Secure-next-auth.session-token" : "next-auth.session-token";
/** How stale a device's "last active" may get before a request writes it again (one write per device per interval). */
const LAST_SEEN_INTERVAL_MS = 5 * 60_000;

function secret(): string {
  const value = readEnv().NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is required for sessions");
  return value;
}

/** Records a new signed-in device for `userId` at its current session version; returns the cookie's value. */
export async function createSession(userId: string, device: string): Promise<string> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const id = randomBytes(24).toString("base64url");
  const at = nowMs();
  await db.session.create({
    data: { id, userId, version: sessionVersion, device, createdAt: new Date(at), lastSeenAt: new Date(at), expiresAt: new Date(at + SESSION_MAX_AGE_SECONDS * 1000) },
  });
  return encode({ token: { sub: userId, sid: id }, secret: secret(), maxAge: SESSION_MAX_AGE_SECONDS });
}

export interface LiveSession {
  viewer: Viewer;
  /** The `sessions` row: this browser among the user's devices. */
  sessionId: string;
}

/** The session a cookie stands for, or null when it is missing, forged, expired, signed out or revoked. */
export async function sessionOfToken(token: string | undefined): Promise<LiveSession | null> {
  if (!token) return null;
  const claims = await decode({ token, secret: secret() }).catch(() => null);
  if (!claims || typeof claims.sub !== "string" || typeof claims.sid !== "string") return null;
  const session = await db.session.findUnique({
    where: { id: claims.sid },
    select: {
      userId: true,
      version: true,
      expiresAt: true,
      lastSeenAt: true,
      user: {
        select: { id: true, name: true, email: true, role: true, producerId: true, regionId: true, active: true, sessionVersion: true, producer: { select: { status: true } } },
      },
    },
  });
  const at = nowMs();
  if (!session || session.userId !== claims.sub || session.expiresAt.getTime() <= at) return null;
  const { user } = session;
  if (!user.active || user.sessionVersion !== session.version) return null;
  if (user.role === "PRODUCER" && (!user.producerId || user.producer?.status !== "ACTIVE")) return null;
  const viewer = viewerFromSession(user);
  if (!viewer) return null;
  if (at - session.lastSeenAt.getTime() > LAST_SEEN_INTERVAL_MS) {
    // Guarded by the value read, so concurrent requests of one device write once.
    await db.session.updateMany({ where: { id: claims.sid, lastSeenAt: session.lastSeenAt }, data: { lastSeenAt: new Date(at) } });
  }
  return { viewer, sessionId: claims.sid };
}

/** The viewer a session cookie stands for (see `sessionOfToken`). */
export async function viewerOfSession(token: string | undefined): Promise<Viewer | null> {
  return (await sessionOfToken(token))?.viewer ?? null;
}

/** Deletes the sessions that count no more: expired, or issued before their user's current version (a job). */
export async function pruneSessions(at = nowMs()): Promise<number> {
  return db.$executeRaw`
    DELETE FROM sessions s USING users u
    WHERE s."userId" = u.id AND (s."expiresAt" <= ${new Date(at)} OR s.version <> u."sessionVersion")`;
}
