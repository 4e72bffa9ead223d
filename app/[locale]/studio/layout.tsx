import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BackofficeShell } from "@/components/backoffice/backoffice-shell";
import { STUDIO_NAV } from "@/components/backoffice/nav-items";
import { ClientMessages } from "@/i18n/client-messages";

export default async function StudioLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "backoffice" });
  return (
    <BackofficeShell locale={locale} title={t("studioTitle")} items={STUDIO_NAV}>
      {/* The namespaces of the studio's client forms: fields, listings, batches and trace, profile. */}
      <ClientMessages locale={locale} namespaces={["common", "forms", "listings", "trace", "profile"]}>
        {children}
      </ClientMessages>
    </BackofficeShell>
  );
}
