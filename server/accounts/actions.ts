"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/form-state";
import { AppError } from "@/lib/errors";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { authenticateWithPassword } from "@/server/auth/authenticate";
import { DEVICE_COOKIE, DEVICE_MAX_AGE_SECONDS, deviceToken, isKnownDevice } from "@/server/auth/device";
import { endSession, getViewer, startSession } from "@/server/auth/session";
import { cookieOptions } from "@/server/infra/cookies";
import { failureState, formValues, localeOf } from "@/server/infra/forms";
import { requestAddress } from "@/server/infra/request-address";
import { acceptInvitation, changePassword, inviteProducerUser } from "./mutations";
import { ZLoginForm } from "./schemas";
import { getTranslations } from "next-intl/server";

function prefix(locale: "vi" | "en") {
  return locale === "vi" ? "" : "/en";
}

/**
 * The one way to sign in (next-auth's own credentials endpoint is not mounted): a Server Action, so it
 * works without JavaScript and Next checks its Origin; throttled (server/auth/authenticate.ts); the
 * destination passes the one redirect rule (lib/safe-redirect.ts) before any cookie is set.
 */
export async function loginAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  delete values.password;
  let destination: string;
  try {
    const data = ZLoginForm.parse(Object.fromEntries(formData));
    const jar = await cookies();
    const user = await authenticateWithPassword(data.email, data.password, {
      address: await requestAddress(),
      knownDevice: isKnownDevice(jar.get(DEVICE_COOKIE)?.value, data.email),
    });
    // One message for unknown email and wrong password alike.
    if (!user) throw new AppError("UNAUTHENTICATED", "bad credentials");
    destination = safeRedirectPath(data.callbackUrl, `${prefix(locale)}${user.role === "ADMIN" ? "/admin" : "/studio"}`);
    await startSession(user.id);
    jar.set(DEVICE_COOKIE, deviceToken(user.email), cookieOptions(DEVICE_MAX_AGE_SECONDS));
  } catch (error) {
    const state = await failureState(error, values, locale);
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") {
      const t = await getTranslations({ locale, namespace: "accounts" });
      return { ...state, formError: t("login.failed") };
    }
    if (error instanceof AppError && error.code === "RATE_LIMITED") {
      const t = await getTranslations({ locale, namespace: "accounts" });
      return { ...state, formError: t("login.rateLimited", { minutes: Math.max(1, Math.ceil(Number(error.details?.retryAfterSeconds ?? 60) / 60)) }) };
    }
    return state;
  }
  redirect(destination);
}

/** Ends every session of this account, not only this browser's (server/auth/session.ts). */
export async function logoutAction(formData: FormData): Promise<void> {
  await endSession();
  redirect(`${prefix(localeOf(formData))}/`);
}

/** A new password ends every other session of the account; this browser gets a fresh one. */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  try {
    const viewer = await getViewer();
    await changePassword(viewer, Object.fromEntries(formData));
    await startSession(viewer!.userId);
  } catch (error) {
    return failureState(error, {}, locale);
  }
  const t = await getTranslations({ locale, namespace: "accounts" });
  return { values: {}, fieldErrors: {}, formError: null, notice: t("password.changed") };
}

export async function inviteProducerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    const { token } = await inviteProducerUser(await getViewer(), values);
    const t = await getTranslations({ locale, namespace: "accounts" });
    const base = process.env.PUBLIC_BASE_URL ?? "http://localhost:3000";
    return { values: {}, fieldErrors: {}, formError: null, notice: t("invite.created", { link: `${base}${prefix(locale)}/invite/${token}` }) };
  } catch (error) {
    return failureState(error, values, locale);
  }
}

export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  try {
    await acceptInvitation(Object.fromEntries(formData));
  } catch (error) {
    return failureState(error, {}, locale);
  }
  redirect(`${prefix(locale)}/login?invited=1`);
}
