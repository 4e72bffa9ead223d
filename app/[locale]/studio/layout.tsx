import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BackofficeShell } from "@/components/backoffice/backoffice-shell";
import { STUDIO_NAV } from "@/components/backoffice/nav-items";
import { ClientMessages } from "@/i18n/client-messages";
import { getViewer } from "@/server/auth/session";
import { viewerArea } from "@/server/auth/scope";

export default async function StudioLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const [t, viewer] = await Promise.all([getTranslations({ locale, namespace: "backoffice" }), getViewer()]);
  const user = viewer ? { name: viewer.name, area: await viewerArea(viewer) } : null;
  return (
    <BackofficeShell locale={locale} title={t("studioTitle")} items={STUDIO_NAV} user={user}>
      {/* The namespaces of the studio's client forms: listings, batches and trace, profile. */}
      <ClientMessages locale={locale} namespaces={["common", "listings", "trace", "profile"]}>
        {children}
      </ClientMessages>
    </BackofficeShell>
  );
}
