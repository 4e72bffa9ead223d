import { getTranslations, setRequestLocale } from "next-intl/server";
import { Devices } from "@/components/accounts/devices";
import { ChangePasswordForm } from "@/components/accounts/password-forms";
import { LogoutButton } from "@/components/accounts/logout-button";
import { ClientMessages } from "@/i18n/client-messages";
import { localizedHref } from "@/i18n/localized-href";
import { redirect } from "@/i18n/navigation";
import { getViewer, listDevices } from "@/server/auth/session";

/** The account's security: its password and the browsers signed in to it. */
export default async function ChangePasswordPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ notice?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) redirect({ href: { pathname: "/login", query: { callbackUrl: localizedHref("/account/password", locale) } }, locale });
  const [t, devices, { notice }] = await Promise.all([getTranslations({ locale, namespace: "accounts.password" }), listDevices(viewer), searchParams]);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ClientMessages locale={locale} namespaces={["accounts"]}>
        <ChangePasswordForm locale={locale} />
      </ClientMessages>
      <Devices locale={locale} devices={devices} notice={notice === "deviceSignedOut"} />
      <LogoutButton locale={locale} />
    </section>
  );
}
