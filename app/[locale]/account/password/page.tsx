import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangePasswordForm } from "@/components/accounts/password-forms";
import { LogoutButton } from "@/components/accounts/logout-button";
import { getViewer } from "@/server/auth/session";
import { redirect } from "next/navigation";

export default async function ChangePasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (!(await getViewer())) redirect(`${locale === "vi" ? "" : "/en"}/login?callbackUrl=${encodeURIComponent(`${locale === "vi" ? "" : "/en"}/account/password`)}`);
  const t = await getTranslations({ locale, namespace: "accounts.password" });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ChangePasswordForm locale={locale} />
      <LogoutButton locale={locale} />
    </section>
  );
}
