import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/accounts/password-forms";
import { ClientMessages } from "@/i18n/client-messages";
import { invitationIsUsable } from "@/server/accounts/mutations";

export const metadata: Metadata = { robots: { index: false } };

export default async function InvitationPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "accounts.invite" });
  const usable = await invitationIsUsable(token);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {usable ? (
        <ClientMessages locale={locale} namespaces={["accounts"]}>
          <AcceptInvitationForm locale={locale} token={token} />
        </ClientMessages>
      ) : (
        <p role="alert">{t("unusable")}</p>
      )}
    </section>
  );
}
