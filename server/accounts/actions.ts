"use server";
import { headers } from "next/headers";
import { localizedHref } from "@/i18n/localized-href";
import { clientIp } from "@/lib/client-ip";
import { readEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { authenticateWithPassword } from "@/server/auth/authenticate";
import { getViewer } from "@/server/auth/session";
import { clearSessionCookie, setSessionCookie } from "@/server/auth/session-cookie";
import { parseIds, returnSearch } from "@/lib/list-query";
import { buttonAction, formAction } from "@/server/infra/forms";
import { acceptInvitation, changePassword, invitationLink, inviteOfficerUser, inviteProducerUser, resendInvitations, setAccountsActive } from "./mutations";
import { safeCallbackPath, ZLoginForm } from "./schemas";

const PASSWORDS = ["password", "currentPassword", "newPassword", "confirmPassword"];

async function requestIp(): Promise<string> {
  const h = await headers();
  return clientIp(h.get("x-forwarded-for"), readEnv().TRUSTED_PROXIES);
}

export const loginAction = formAction(
  async (form) => {
    const data = ZLoginForm.parse(form.values);
    const user = await authenticateWithPassword(data.email, data.password, await requestIp());
    // One message for unknown email and wrong password alike.
    if (!user) throw new AppError("UNAUTHENTICATED", "bad credentials", { reason: "loginFailed" });
    await setSessionCookie(user);
    return { location: safeCallbackPath(data.callbackUrl, localizedHref(user.role === "ADMIN" ? "/admin" : "/studio", form.locale)) };
  },
  { secret: PASSWORDS },
);

export const logoutAction = buttonAction(async () => {
  await clearSessionCookie();
  return "/";
});

export const changePasswordAction = formAction(
  async (form) => {
    await changePassword(await getViewer(), form.values);
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
