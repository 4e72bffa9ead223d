import "server-only";
import { localizedHref } from "@/i18n/localized-href";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { authOptions } from "./options";
import { can, viewerFromSession, type Action, type SessionUser, type Viewer } from "./permissions";

/** The signed-in user of this request, or null. Reads the JWT cookie: makes the page dynamic. */
export async function getViewer(): Promise<Viewer | null> {
  const session = await getServerSession(authOptions);
  return viewerFromSession(session?.user as SessionUser | undefined);
}

/**
 * For back-office pages: anonymous visitors go to the sign-in page, signed-in users without the
 * permission get a 404 (the page does not exist for them).
 */
export async function requirePageAccess(action: Action, locale: string, callbackPath: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    redirect(localizedHref({ pathname: "/login", query: { callbackUrl: callbackPath } }, locale));
  }
  if (!can(viewer, action)) notFound();
  return viewer;
}
