import "server-only";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { localizedHref } from "@/i18n/localized-href";
import { nowMs } from "@/lib/clock";
import { deviceLabel } from "@/lib/device-label";
import { AppError } from "@/lib/errors";
import { cookieOptions } from "@/server/infra/cookies";
import { db } from "@/server/infra/db";
import { can, type Action, type Viewer } from "./permissions";
import { createSession, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS, sessionOfToken, type LiveSession } from "./session-token";

/** This request's session (checked against the database once per request: ./session-token.ts), or null. */
const currentSession = cache(async (): Promise<LiveSession | null> => sessionOfToken((await cookies()).get(SESSION_COOKIE)?.value));

/**
 * The signed-in user of this request, or null (no session, or one that was signed out or revoked).
 * Reads a cookie: makes the page dynamic, so only back-office pages, actions and routes call it.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => (await currentSession())?.viewer ?? null);

/**
 * A readable hint beside the session, naming the signed-in user's work area ("admin" or "studio") and
 * nothing else: the public header (components/layout/account-links.tsx) reads it in the browser to
 * offer the way back and sign-out, so public pages stay static and cacheable. It grants nothing; the
 * session cookie alone does.
 */
const AREA_HINT_COOKIE = "ocop_area";

/** Signs this browser in as `userId`: a new device in the user's list, at the user's current session version. */
export async function startSession(userId: string): Promise<void> {
  const device = deviceLabel((await headers()).get("user-agent"));
  const { role } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } });
  const jar = await cookies();
  jar.set(SESSION_COOKIE, await createSession(userId, device), cookieOptions(SESSION_MAX_AGE_SECONDS));
  jar.set(AREA_HINT_COOKIE, role === "ADMIN" ? "admin" : "studio", { ...cookieOptions(SESSION_MAX_AGE_SECONDS), httpOnly: false });
}

async function forgetCookie(): Promise<void> {
  // Overwritten rather than deleted: a __Secure- cookie is only replaced by one that is Secure too.
  const jar = await cookies();
  jar.set(SESSION_COOKIE, "", cookieOptions(0));
  jar.set(AREA_HINT_COOKIE, "", { ...cookieOptions(0), httpOnly: false });
}

/**
 * Signs out this device: its session row goes, so every copy of this browser's cookie (one taken on
 * a shared computer) ends too, and the browser forgets its cookie. The account's other devices stay
 * signed in (`endAllSessions` ends them).
 */
export async function endSession(): Promise<void> {
  const session = await currentSession();
  if (session) await db.session.deleteMany({ where: { id: session.sessionId } });
  await forgetCookie();
}

/** Signs out everywhere: every session of the viewer's account ends, this one included. */
export async function endAllSessions(viewer: Viewer | null): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  await db.user.update({ where: { id: viewer.userId }, data: { sessionVersion: { increment: 1 } } });
  await forgetCookie();
}

export interface DeviceView {
  id: string;
  /** "Chrome, Android" (lib/device-label.ts). */
  device: string;
  signedInAt: Date;
  lastSeenAt: Date;
  /** The browser asking. */
  current: boolean;
}

/** The browsers signed in to the viewer's account now, most recently active first. */
export async function listDevices(viewer: Viewer | null): Promise<DeviceView[]> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const current = await currentSession();
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { sessionVersion: true } });
  const rows = await db.session.findMany({
    where: { userId: viewer.userId, version: sessionVersion, expiresAt: { gt: new Date(nowMs()) } },
    orderBy: { lastSeenAt: "desc" },
    take: 50,
  });
  return rows.map((row) => ({ id: row.id, device: row.device, signedInAt: row.createdAt, lastSeenAt: row.lastSeenAt, current: row.id === current?.sessionId }));
}

/**
 * Signs out one of the viewer's own devices. Another account's session, or one already signed out, is
 * left alone and answered alike (a second click, a stale list): nothing tells them apart.
 */
export async function endDevice(viewer: Viewer | null, sessionId: string): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  await db.session.deleteMany({ where: { id: sessionId, userId: viewer.userId } });
  if ((await currentSession())?.sessionId === sessionId) await forgetCookie();
}

/**
 * For back-office pages: anonymous visitors (and revoked sessions) go to the sign-in page, signed-in
 * users without the permission get a 404 (the page does not exist for them).
 */
export async function requirePageAccess(action: Action, locale: string, callbackPath: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    redirect(localizedHref({ pathname: "/login", query: { callbackUrl: callbackPath } }, locale));
  }
  if (!can(viewer, action)) notFound();
  return viewer;
}
