"use server";
import { cookies } from "next/headers";
import { localizedHref } from "@/i18n/localized-href";
import { AppError } from "@/lib/errors";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { authenticateWithPassword } from "@/server/auth/authenticate";
import { DEVICE_COOKIE, DEVICE_MAX_AGE_SECONDS, deviceToken, isKnownDevice } from "@/server/auth/device";
import { endAllSessions, endDevice, endSession, getViewer, startSession } from "@/server/auth/session";
import { cookieOptions } from "@/server/infra/cookies";
import { buttonAction, formAction } from "@/server/infra/forms";
import { requestAddress } from "@/server/infra/request-address";
import { acceptInvitation, changePassword, invitationLink, inviteOfficerUser, inviteProducerUser, resendInvitations, setAccountsActive } from "./mutations";
import { ZLoginForm } from "./schemas";
import { parseIds, returnSearch } from "@/lib/list-query";

const PASSWORDS = ["password", "currentPassword", "newPassword", "confirmPassword"];

/**
 * The one way to sign in (next-auth's own credentials endpoint is not mounted): a Server Action, so it
 * works without JavaScript and Next checks its Origin; throttled (server/auth/authenticate.ts, a
 * refusal says how many minutes to wait); the destination passes the one redirect rule
 * (lib/safe-redirect.ts) before any cookie is set.
 */
export const loginAction = formAction(
  async (form) => {
    const data = ZLoginForm.parse(form.values);
    const jar = await cookies();
    const user = await authenticateWithPassword(data.email, data.password, {
      address: await requestAddress(),
      knownDevice: isKnownDevice(jar.get(DEVICE_COOKIE)?.value, data.email),
    });
    // One message for unknown email and wrong password alike.
    if (!user) throw new AppError("UNAUTHENTICATED", "bad credentials", { reason: "loginFailed" });
    const destination = safeRedirectPath(data.callbackUrl, localizedHref(user.role === "ADMIN" ? "/admin" : "/studio", form.locale));
    await startSession(user.id);
    jar.set(DEVICE_COOKIE, deviceToken(user.email), cookieOptions(DEVICE_MAX_AGE_SECONDS));
    return { location: destination };
  },
  { secret: PASSWORDS },
);

/** Signs out this browser: its session ends, copies of its cookie included (server/auth/session.ts). */
export const logoutAction = buttonAction(async () => {
  await endSession();
  return "/";
});

/** Signs out every browser of this account, this one included (a lost phone, a shared computer). */
export const signOutEverywhereAction = buttonAction(async () => {
  await endAllSessions(await getViewer());
  return "/login";
});

/** Signs out one other browser from the list of devices. */
export const signOutDeviceAction = buttonAction(async (form) => {
  await endDevice(await getViewer(), form.text("sessionId").slice(0, 64));
  return "/account/password?notice=deviceSignedOut";
});

/** A new password ends every other session of the account; this browser gets a fresh one. */
export const changePasswordAction = formAction(
  async (form) => {
    const viewer = await getViewer();
    await changePassword(viewer, form.values);
    await startSession(viewer!.userId);
    return { notice: "accounts.password.changed" };
  },
  { secret: PASSWORDS },
);

export const inviteProducerAction = formAction(async (form) => {
  const { token } = await inviteProducerUser(await getViewer(), form.values);
  return { notice: "accounts.invite.created", params: { link: invitationLink(token, form.locale) } };
});

export const inviteOfficerAction = formAction(async (form) => {
  const { token } = await inviteOfficerUser(await getViewer(), form.values);
  return { notice: "accounts.invite.officerCreated", params: { link: invitationLink(token, form.locale) } };
});

/** The confirmed bulk action of the accounts list: disable, enable, or resend invitations. */
export const accountsBulkAction = formAction(async (form) => {
  const requested = form.text("action");
  const action = requested === "enable" || requested === "resend" ? requested : "disable";
  const viewer = await getViewer();
  const ids = parseIds(form.list("ids"));
  if (action === "resend") {
    const { sent } = await resendInvitations(viewer, ids);
    return { notice: "admin.accounts.resent", params: { links: sent.map((i) => `${i.email}: ${invitationLink(i.token, form.locale)}`).join(" · ") } };
  }
  const result = await setAccountsActive(viewer, ids, action === "enable");
  return { redirect: `/admin/accounts${returnSearch(form.text("back"), { done: action, count: result.changed, skipped: result.skipped })}` };
});

export const acceptInvitationAction = formAction(
  async (form) => {
    await acceptInvitation(form.values);
    return { redirect: "/login?invited=1" };
  },
  { secret: PASSWORDS },
);
