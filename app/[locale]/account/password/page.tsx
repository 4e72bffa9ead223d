import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangePasswordForm } from "@/components/accounts/password-forms";
import { LogoutButton } from "@/components/accounts/logout-button";
import { ClientMessages } from "@/i18n/client-messages";
import { localizedHref } from "@/i18n/localized-href";
import { redirect } from "@/i18n/navigation";
import { getViewer } from "@/server/auth/session";

export default async function ChangePasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (!(await getViewer())) redirect({ href: { pathname: "/login", query: { callbackUrl: localizedHref("/account/password", locale) } }, locale });
  const t = await getTranslations({ locale, namespace: "accounts.password" });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ClientMessages locale={locale} namespaces={["accounts"]}>
        <ChangePasswordForm locale={locale} />
      </ClientMessages>
      <LogoutButton locale={locale} />
    </section>
  );
}
