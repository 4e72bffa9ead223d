import "server-only";
import { localizedHref } from "@/i18n/localized-href";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { cookieOptions } from "@/server/infra/cookies";
import { db } from "@/server/infra/db";
import { can, type Action, type Viewer } from "./permissions";
import { encodeSession, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS, viewerOfSession } from "./session-token";

/**
 * The signed-in user of this request, or null (no session, or one that was revoked: see
 * ./session-token.ts). Checked against the database once per request. Reads a cookie: makes the page
 * dynamic, so only back-office pages, actions and routes call it.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => viewerOfSession((await cookies()).get(SESSION_COOKIE)?.value));

/** Issues this browser a session for `userId` at the user's current session version. */
export async function startSession(userId: string): Promise<void> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  (await cookies()).set(SESSION_COOKIE, await encodeSession(userId, sessionVersion), cookieOptions(SESSION_MAX_AGE_SECONDS));
}

/**
 * Signs out: ends every session of this user (a copied or stolen cookie stops working too, on every
 * device) and deletes this browser's cookie.
 */
export async function endSession(): Promise<void> {
  const viewer = await getViewer();
  if (viewer) await db.user.update({ where: { id: viewer.userId }, data: { sessionVersion: { increment: 1 } } });
  // Overwritten rather than deleted: a __Secure- cookie is only replaced by one that is Secure too.
  (await cookies()).set(SESSION_COOKIE, "", cookieOptions(0));
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
