import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LoginForm } from "@/components/accounts/login-form";
import { ClientMessages } from "@/i18n/client-messages";
import { safeRedirectPath } from "@/lib/safe-redirect";

export const metadata: Metadata = { robots: { index: false } };

export default async function LoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "accounts.login" });
  const callback = safeRedirectPath(query.callbackUrl, "");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {query.invited ? <p role="status" className="font-semibold text-green-900">{t("invited")}</p> : null}
      <ClientMessages locale={locale} namespaces={["accounts"]}>
        <LoginForm locale={locale} callbackUrl={callback || undefined} />
      </ClientMessages>
    </section>
  );
}
