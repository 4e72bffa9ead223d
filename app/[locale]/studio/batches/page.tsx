import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatDay } from "@/lib/format";
import { requirePageAccess } from "@/server/auth/session";
import { listOwnBatches } from "@/server/trace/queries";

export default async function StudioBatches({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("batch.manageOwn", locale, "/studio/batches");
  const t = await getTranslations({ locale, namespace: "trace.studio" });
  const batches = await listOwnBatches(viewer);
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link href="/studio/batches/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">{t("new")}</Link>
      </div>
      {batches.length === 0 ? <p>{t("empty")}</p> : (
        <table className="w-full text-left text-sm">
          <thead><tr className="border-b"><th scope="col">{t("lotCode")}</th><th scope="col">{t("product")}</th><th scope="col">{t("productionDate")}</th><th scope="col">{t("events")}</th><th scope="col">{t("scans")}</th></tr></thead>
          <tbody>
            {batches.map((b) => (
              <tr key={b.id} className="border-b">
                <td className="py-1"><Link href={`/studio/batches/${b.id}`} className="font-semibold text-brand-800 underline">{b.lotCode}</Link> ({b.isPublic ? t("public") : t("private")})</td>
                <td>{b.product}</td><td>{formatDay(b.productionDate, locale)}</td><td>{b.events}</td><td>{b.scans}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
