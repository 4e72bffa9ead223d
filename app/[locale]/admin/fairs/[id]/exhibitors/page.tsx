import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { fairName } from "@/components/fairs/format";
import { localizedHref } from "@/i18n/localized-href";
import { ListPager } from "@/components/backoffice/list";
import { PrintButton } from "@/components/programme/print-button";
import { formatDayRange, formatVnd } from "@/lib/format";
import { defineList, parseListQuery, type SearchParams } from "@/lib/list-query";
import { isAppError } from "@/lib/errors";
import { formatPhone } from "@/lib/phone";
import { requirePageAccess } from "@/server/auth/session";
import { exhibitorListForOfficer } from "@/server/fairs/queries";

/** Booth order only: the sheet follows the venue's plan. */
const EXHIBITOR_SHEET = defineList({ sorts: ["booth"], defaultSort: "booth", filters: {} });

/**
 * A plain table meant for printing (the browser's print dialog; the site's header and navigation stay
 * off the paper): organisers hand it to the venue. A national fair has hundreds of exhibitors, so the
 * sheet is paged like every officer list (the totals are the whole fair's); the CSV holds every row.
 */
export default async function ExhibitorListPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const query = parseListQuery(EXHIBITOR_SHEET, await searchParams);
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
  const money = (amount: number) => formatVnd(amount, locale);
  const shown = rows.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  const href = (page: number, pageSize: number) => localizedHref({ pathname: `/admin/fairs/${fair.id}/exhibitors`, query: { page, pageSize } }, locale);
  return (
    <article className="print-sheet space-y-3 print:text-sm">
      <div className="no-print flex flex-wrap gap-3">
        <PrintButton label={t("printNow")} />
        <a href={localizedHref(`/admin/fairs/${fair.id}/exhibitors/export`, locale)} className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-800" download>
          {t("csv")}
        </a>
      </div>
      <h1 className="text-2xl font-bold">{t("print")}</h1>
      <p>
        <strong>{fairName(fair, locale)}</strong> · {formatDayRange(fair.startsOn, fair.endsOn, locale)} · {fair.venue}, {fair.province}
      </p>
      <p className="text-sm">{t("feeTerms", { fee: money(fair.feeVnd), subsidy: fair.subsidyPercent })}</p>
      {/* The cells' borders and padding are set once on the table: hundreds of rows repeat no class. */}
      <table className="w-full border-collapse text-left [&_td]:border [&_td]:border-slate-400 [&_td]:px-2 [&_td]:py-1 [&_td]:align-top [&_th]:border [&_th]:border-slate-400 [&_th]:px-2 [&_th]:py-1 [&_th]:align-top">
        <thead>
          <tr>
            <th>{tPublic("booths")}</th>
            <th>{t("producer")}</th>
            <th>{t("phone")}</th>
            <th>{t("email")}</th>
            <th>{t("products")}</th>
            <th>{t("needs")}</th>
            <th>{t("note")}</th>
            <th className="text-right">{t("feeDue")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.booths.join("-")}>
              <td>{r.booths.join(", ")}</td>
              <td>{r.producerName}</td>
              <td>{r.phone ? formatPhone(r.phone) : ""}</td>
              <td>{r.email ?? ""}</td>
              <td>{r.productNames.join(", ")}</td>
              <td>{[r.needsPower && tStudio("needsPower"), r.needsRefrigeration && tStudio("needsRefrigeration"), r.needsWater && tStudio("needsWater")].filter(Boolean).join(", ")}</td>
              <td>{r.note}</td>
              <td className="text-right tabular-nums">{money(r.fee.net)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={7} scope="row">{t("feeTotal", { gross: money(totals.gross), subsidy: money(totals.subsidy) })}</th>
            <td className="text-right font-bold tabular-nums">{money(totals.net)}</td>
          </tr>
        </tfoot>
      </table>
      <div className="no-print">
        <ListPager locale={locale} page={query.page} pageSize={query.pageSize} total={rows.length} hrefFor={(page) => href(page, query.pageSize)} hrefForSize={(size) => href(1, size)} />
      </div>
    </article>
  );
}
