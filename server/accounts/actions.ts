"use server";
import { headers } from "next/headers";
import { localizedHref } from "@/i18n/localized-href";
import { clientIp } from "@/lib/client-ip";
import { readEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { authenticateWithPassword } from "@/server/auth/authenticate";
import { getViewer } from "@/server/auth/session";
import { clearSessionCookie, setSessionCookie } from "@/server/auth/session-cookie";
import { buttonAction, formAction } from "@/server/infra/forms";
import { acceptInvitation, changePassword, inviteProducerUser } from "./mutations";
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
  return { notice: "accounts.invite.created", params: { link: `${readEnv().PUBLIC_BASE_URL}${localizedHref(`/invite/${token}`, form.locale)}` } };
});

export const acceptInvitationAction = formAction(
  async (form) => {
    await acceptInvitation(form.values);
    return { redirect: "/login?invited=1" };
  },
  { secret: PASSWORDS },
);
