import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { fairName } from "@/components/fairs/format";
import { formatDayRange } from "@/lib/format";
import { isAppError } from "@/lib/errors";
import { requirePageAccess } from "@/server/auth/session";
import { exhibitorListForOfficer } from "@/server/fairs/queries";

/** A plain table meant for printing (the browser's print dialog): organisers hand it to the venue. */
export default async function ExhibitorListPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("booth.allocate", locale, `/admin/fairs/${id}/exhibitors`);
  const { fair, rows } = await exhibitorListForOfficer(viewer, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, tPublic, tStudio] = await Promise.all([
    getTranslations({ locale, namespace: "fairs.admin" }),
    getTranslations({ locale, namespace: "fairs.public" }),
    getTranslations({ locale, namespace: "fairs.studio" }),
  ]);
  const cell = "border border-slate-400 px-2 py-1 align-top";
  return (
    <article className="space-y-3 print:text-sm">
      <h1 className="text-2xl font-bold">{t("print")}</h1>
      <p>
        <strong>{fairName(fair, locale)}</strong> · {formatDayRange(fair.startsOn, fair.endsOn, locale)} · {fair.venue}, {fair.province}
      </p>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr>
            <th className={cell}>{tPublic("booths")}</th>
            <th className={cell}>{t("producer")}</th>
            <th className={cell}>{t("phone")}</th>
            <th className={cell}>{t("email")}</th>
            <th className={cell}>{t("products")}</th>
            <th className={cell}>{t("needs")}</th>
            <th className={cell}>{t("note")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.booths.join("-")}>
              <td className={cell}>{r.booths.join(", ")}</td>
              <td className={cell}>{r.producerName}</td>
              <td className={cell}>{r.phone ?? ""}</td>
              <td className={cell}>{r.email ?? ""}</td>
              <td className={cell}>{r.productNames.join(", ")}</td>
              <td className={cell}>{[r.needsPower && tStudio("needsPower"), r.needsRefrigeration && tStudio("needsRefrigeration"), r.needsWater && tStudio("needsWater")].filter(Boolean).join(", ")}</td>
              <td className={cell}>{r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
