"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/form-state";
import { AppError } from "@/lib/errors";
import { authenticateWithPassword } from "@/server/auth/authenticate";
import { getViewer } from "@/server/auth/session";
import { clearSessionCookie, setSessionCookie } from "@/server/auth/session-cookie";
import { failureState, formValues, localeOf } from "@/server/infra/forms";
import { parseIds, returnSearch } from "@/lib/list-query";
import { acceptInvitation, changePassword, invitationLink, inviteOfficerUser, inviteProducerUser, resendInvitations, setAccountsActive } from "./mutations";
import { safeCallbackPath, ZLoginForm } from "./schemas";
import { getTranslations } from "next-intl/server";
import { clientIp } from "@/lib/client-ip";
import { readEnv } from "@/lib/env";

function prefix(locale: "vi" | "en") {
  return locale === "vi" ? "" : "/en";
}

async function requestIp(): Promise<string> {
  const h = await headers();
  return clientIp(h.get("x-forwarded-for"), readEnv().TRUSTED_PROXIES);
}

export async function loginAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  delete values.password;
  let destination: string;
  try {
    const data = ZLoginForm.parse(Object.fromEntries(formData));
    const user = await authenticateWithPassword(data.email, data.password, await requestIp());
    // One message for unknown email and wrong password alike.
    if (!user) throw new AppError("UNAUTHENTICATED", "bad credentials");
    await setSessionCookie(user);
    destination = safeCallbackPath(data.callbackUrl, `${prefix(locale)}${user.role === "ADMIN" ? "/admin" : "/studio"}`);
  } catch (error) {
    const state = await failureState(error, values, locale);
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") {
      const t = await getTranslations({ locale, namespace: "accounts" });
      return { ...state, formError: t("login.failed") };
    }
    return state;
  }
  redirect(destination);
}

export async function logoutAction(formData: FormData): Promise<void> {
  await clearSessionCookie();
  redirect(`${prefix(localeOf(formData))}/`);
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  try {
    await changePassword(await getViewer(), Object.fromEntries(formData));
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
    return { values: {}, fieldErrors: {}, formError: null, notice: t("invite.created", { link: invitationLink(token, locale) }) };
  } catch (error) {
    return failureState(error, values, locale);
  }
}

export async function inviteOfficerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    const { token } = await inviteOfficerUser(await getViewer(), values);
    const t = await getTranslations({ locale, namespace: "accounts" });
    return { values: {}, fieldErrors: {}, formError: null, notice: t("invite.officerCreated", { link: invitationLink(token, locale) }) };
  } catch (error) {
    return failureState(error, values, locale);
  }
}

/** The confirmed bulk action of the accounts list: disable, enable, or resend invitations. */
export async function accountsBulkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  const ids = parseIds(formData.getAll("ids").map(String));
  const action = values.action === "enable" || values.action === "resend" ? values.action : "disable";
  let result: { changed: number; skipped: number };
  try {
    const viewer = await getViewer();
    if (action === "resend") {
      const { sent } = await resendInvitations(viewer, ids);
      const t = await getTranslations({ locale, namespace: "admin.accounts" });
      return { values: {}, fieldErrors: {}, formError: null, notice: t("resent", { links: sent.map((i) => `${i.email}: ${invitationLink(i.token, locale)}`).join(" · ") }) };
    }
    result = await setAccountsActive(viewer, ids, action === "enable");
  } catch (error) {
    return failureState(error, {}, locale);
  }
  redirect(`${prefix(locale)}/admin/accounts${returnSearch(values.back, { done: action, count: result.changed, skipped: result.skipped })}`);
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
