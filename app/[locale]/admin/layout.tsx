import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BackofficeShell } from "@/components/backoffice/backoffice-shell";
import { ADMIN_NAV } from "@/components/backoffice/nav-items";
import { ClientMessages } from "@/i18n/client-messages";

export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "backoffice" });
  return (
    <BackofficeShell locale={locale} title={t("adminTitle")} items={ADMIN_NAV}>
      {/* The namespaces of the admin's client forms: review, certificates, accounts, producers, programme. */}
      <ClientMessages locale={locale} namespaces={["common", "forms", "admin", "profile", "programme"]}>
        {children}
      </ClientMessages>
    </BackofficeShell>
  );
}
