import { getTranslations, setRequestLocale } from "next-intl/server";
import { InviteForm } from "@/components/accounts/invite-form";
import { requirePageAccess } from "@/server/auth/session";
import { listProducersForAdmin } from "@/server/producers/admin-queries";

export default async function AdminAccounts({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("account.manage", locale, "/admin/accounts");
  const t = await getTranslations({ locale, namespace: "admin.accounts" });
  const producers = await listProducersForAdmin(viewer);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <InviteForm locale={locale} producers={producers.filter((p) => p.status === "ACTIVE").map((p) => ({ id: p.id, name: p.name }))} />
    </section>
  );
}
