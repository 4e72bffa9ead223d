import { getTranslations, setRequestLocale } from "next-intl/server";
import { IgnoredParameters, Pagination } from "@/components/products/pagination";
import { Link } from "@/i18n/navigation";
import { localizedHref } from "@/i18n/localized-href";
import { CERTIFICATE_LEVELS } from "@/lib/certificate-rules";
import { daysBetween, today as clockToday } from "@/lib/clock";
import { formatDay } from "@/lib/format";
import { requirePageAccess } from "@/server/auth/session";
import { CERTIFICATE_SORTS, CERTIFICATE_STATES, certificateListParams, ZCertificateListQuery } from "@/server/certificates/list-query";
import { listCertificates } from "@/server/certificates/queries";
import { parseLenient } from "@/server/products/query-schemas";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const selectClass = "rounded border border-slate-500 bg-white px-2 py-2";

/**
 * Officers' list of every recorded certificate, built for national scale: filtered, searched, sorted
 * and paged in PostgreSQL (50 rows a page), with a CSV of exactly the filtered list.
 */
export default async function CertificatesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("certificate.record", locale, "/admin/certificates");
  const { query, ignored } = parseLenient(ZCertificateListQuery, await searchParams);
  const t = await getTranslations({ locale, namespace: "certificates" });
  const today = clockToday();
  const list = await listCertificates(viewer, query, today);
  const csvHref = localizedHref({ pathname: "/admin/certificates/export", query: certificateListParams(query, { page: undefined }) }, locale);

  return (
    <section className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link href="/admin/certificates/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("recordNew")}
        </Link>
      </div>
      <p>{t("intro")}</p>
      <IgnoredParameters locale={locale} names={ignored} />

      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <label className="flex min-w-64 flex-1 flex-col gap-1">
          <span className="font-semibold">{t("list.search")}</span>
          <input type="search" name="q" defaultValue={query.q ?? ""} className="rounded border border-slate-500 px-3 py-2" />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("list.state")}</span>
          <select name="state" defaultValue={query.state ?? ""} className={selectClass}>
            <option value="">{t("list.any")}</option>
            {CERTIFICATE_STATES.map((state) => (
              <option key={state} value={state}>
                {t(`list.states.${state}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("list.stars")}</span>
          <select name="stars" defaultValue={query.stars ? String(query.stars) : ""} className={selectClass}>
            <option value="">{t("list.any")}</option>
            {[3, 4, 5].map((stars) => (
              <option key={stars} value={stars}>
                {stars}★
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("list.level")}</span>
          <select name="level" defaultValue={query.level ?? ""} className={selectClass}>
            <option value="">{t("list.any")}</option>
            {CERTIFICATE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`levels.${level}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("list.sort")}</span>
          <select name="sort" defaultValue={query.sort ?? ""} className={selectClass}>
            <option value="">—</option>
            {CERTIFICATE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`list.sorts.${sort}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("list.searchButton")}
        </button>
      </form>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status">{t("list.count", { total: list.total })}</p>
        {list.total > 0 ? (
          <a href={csvHref} className="text-brand-800 underline" download>
            {t("list.csv")}
          </a>
        ) : null}
      </div>

      {list.items.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="p-2">{t("list.product")}</th>
                <th scope="col" className="p-2">{t("list.stars")}</th>
                <th scope="col" className="p-2">{t("list.decision")}</th>
                <th scope="col" className="p-2">{t("list.validUntil")}</th>
                <th scope="col" className="p-2">{t("list.status")}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((c) => {
                const left = daysBetween(today, c.validUntil);
                return (
                  <tr key={c.id} className="border-b border-slate-200 align-top">
                    <td className="p-2">
                      <Link href={`/admin/certificates/${c.productId}`} className="font-semibold text-brand-800 underline">
                        {c.productName}
                      </Link>
                      <br />
                      {c.producerName} · {c.commune}
                    </td>
                    <td className="p-2 whitespace-nowrap">
                      {c.stars}★{c.score !== null ? ` (${c.score})` : ""}
                    </td>
                    <td className="p-2">
                      {c.decisionNumber} · {c.issuingBody}
                      <br />
                      {formatDay(c.decisionDate, locale)} · {t(`levels.${c.level}`)}
                    </td>
                    <td className="p-2 whitespace-nowrap">
                      {formatDay(c.validUntil, locale)}
                      {c.state === "VALID" && left <= 90 ? (
                        <>
                          <br />
                          <span className="font-semibold text-amber-900">{t("list.daysLeft", { days: left })}</span>
                        </>
                      ) : null}
                    </td>
                    <td className="p-2">
                      {t(`states.${c.state}`)}
                      {c.revocation ? ` · ${c.revocation.decisionNumber ?? ""}${c.revocation.date ? ` (${formatDay(c.revocation.date, locale)})` : ""}` : ""}
                      {c.fiveStarPotential ? (
                        <>
                          <br />
                          <span className="font-semibold text-amber-900">{t("list.states.potential")}</span>
                        </>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        locale={locale}
        page={Math.min(list.page, list.pageCount)}
        pageCount={list.pageCount}
        hrefFor={(page) => ({ pathname: "/admin/certificates", query: certificateListParams(query, { page }) })}
      />
    </section>
  );
}
