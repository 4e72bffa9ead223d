import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { fairName } from "@/components/fairs/format";
import { PrintButton } from "@/components/programme/print-button";
import { formatDayRange } from "@/lib/format";
import { isAppError } from "@/lib/errors";
import { formatVnd } from "@/lib/money";
import { formatPhone } from "@/lib/phone";
import { requirePageAccess } from "@/server/auth/session";
import { exhibitorListForOfficer } from "@/server/fairs/queries";

/**
 * A plain table meant for printing (the browser's print dialog; the site's header and navigation stay
 * off the paper): organisers hand it to the venue. The same rows download as CSV.
 */
export default async function ExhibitorListPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("booth.allocate", locale, `/admin/fairs/${id}/exhibitors`);
  const { fair, rows, totals } = await exhibitorListForOfficer(viewer, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, tPublic, tStudio] = await Promise.all([
    getTranslations({ locale, namespace: "fairs.admin" }),
    getTranslations({ locale, namespace: "fairs.public" }),
    getTranslations({ locale, namespace: "fairs.studio" }),
  ]);
  const cell = "border border-slate-400 px-2 py-1 align-top";
  const money = (amount: number) => formatVnd(amount, locale);
  return (
    <article className="print-sheet space-y-3 print:text-sm">
      <div className="no-print flex flex-wrap gap-3">
        <PrintButton label={t("printNow")} />
        <a href={`${locale === "en" ? "/en" : ""}/admin/fairs/${fair.id}/exhibitors/export`} className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-800" download>
          {t("csv")}
        </a>
      </div>
      <h1 className="text-2xl font-bold">{t("print")}</h1>
      <p>
        <strong>{fairName(fair, locale)}</strong> · {formatDayRange(fair.startsOn, fair.endsOn, locale)} · {fair.venue}, {fair.province}
      </p>
      <p className="text-sm">{t("feeTerms", { fee: money(fair.feeVnd), subsidy: fair.subsidyPercent })}</p>
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
            <th className={`${cell} text-right`}>{t("feeDue")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.booths.join("-")}>
              <td className={cell}>{r.booths.join(", ")}</td>
              <td className={cell}>{r.producerName}</td>
              <td className={cell}>{r.phone ? formatPhone(r.phone) : ""}</td>
              <td className={cell}>{r.email ?? ""}</td>
              <td className={cell}>{r.productNames.join(", ")}</td>
              <td className={cell}>{[r.needsPower && tStudio("needsPower"), r.needsRefrigeration && tStudio("needsRefrigeration"), r.needsWater && tStudio("needsWater")].filter(Boolean).join(", ")}</td>
              <td className={cell}>{r.note}</td>
              <td className={`${cell} text-right tabular-nums`}>{money(r.fee.net)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th className={cell} colSpan={7} scope="row">{t("feeTotal", { gross: money(totals.gross), subsidy: money(totals.subsidy) })}</th>
            <td className={`${cell} text-right font-bold tabular-nums`}>{money(totals.net)}</td>
          </tr>
        </tfoot>
      </table>
    </article>
  );
}
