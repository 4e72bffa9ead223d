import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatDay } from "@/lib/format";
import { COMMITMENT_KINDS } from "@/lib/programme-figures";
import { requirePageAccess } from "@/server/auth/session";
import { listCommitmentChecklist } from "@/server/programme/queries";

export default async function CommitmentsChecklistPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, "/admin/programme/commitments");
  const t = await getTranslations({ locale, namespace: "programme" });
  const rows = await listCommitmentChecklist(viewer);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("checklist.title")}</h1>
      <p>{t("checklist.intro")}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-2">{t("checklist.producer")}</th>
              <th scope="col" className="py-1 pr-2">{t("checklist.commune")}</th>
              {COMMITMENT_KINDS.map((kind) => (
                <th key={kind} scope="col" className="py-1 pr-2">
                  {t(`commitments.${kind}`)}
                </th>
              ))}
              <th scope="col" className="py-1 pr-2">{t("checklist.complete")}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const done = new Map(row.commitments.map((c) => [c.kind, c.committedOn]));
              return (
                <tr key={row.producerId} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-2 text-left font-normal">
                    {row.name}
                    {row.status === "SUSPENDED" ? ` (${t("checklist.suspended")})` : null}
                  </th>
                  <td className="py-1 pr-2">{row.communeName}</td>
                  {COMMITMENT_KINDS.map((kind) => (
                    <td key={kind} className="py-1 pr-2">
                      {done.has(kind) ? formatDay(done.get(kind)!, locale) : "—"}
                    </td>
                  ))}
                  <td className="py-1 pr-2 font-semibold">{done.size === COMMITMENT_KINDS.length ? "✓" : `${done.size}/5`}</td>
                  <td className="py-1">
                    <Link
                      href={`/admin/programme/commitments/${row.producerId}`}
                      aria-label={`${t("checklist.edit")}: ${row.name}`}
                      className="text-brand-800 underline underline-offset-2"
                    >
                      {t("checklist.edit")}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
