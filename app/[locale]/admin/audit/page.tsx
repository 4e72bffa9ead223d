import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import { requirePageAccess } from "@/server/auth/session";
import { listAuditLog } from "@/server/audit/queries";

export default async function AuditLogPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("audit.view", locale, "/admin/audit");
  const t = await getTranslations({ locale, namespace: "admin.audit" });
  const entries = await listAuditLog(viewer);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <table className="w-full text-left text-sm">
        <thead><tr className="border-b"><th scope="col">{t("when")}</th><th scope="col">{t("who")}</th><th scope="col">{t("what")}</th><th scope="col">{t("changes")}</th></tr></thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-b align-top">
              <td className="py-1 pr-2">{formatDateTime(e.createdAt, locale)}</td>
              <td className="pr-2">{e.actor?.name ?? "—"}</td>
              <td className="pr-2">{e.action} · {e.entityType} {e.entityId}</td>
              <td>
                <details>
                  <summary>{t("show")}</summary>
                  <pre className="max-w-md overflow-auto whitespace-pre-wrap text-xs">{JSON.stringify({ before: e.before, after: e.after }, null, 1)}</pre>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
