import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListFilters, ListTable } from "@/components/backoffice/list";
import { IgnoredParameters } from "@/components/products/pagination";
import { Link } from "@/i18n/navigation";
import { localizedHref } from "@/i18n/localized-href";
import { CERTIFICATE_LEVELS } from "@/lib/certificate-rules";
import { daysBetween, today as clockToday } from "@/lib/clock";
import { formatDay } from "@/lib/format";
import { requirePageAccess } from "@/server/auth/session";
import { CERTIFICATE_STATES, certificateListParams, certificateSort, certificateSortValue, ZCertificateListQuery } from "@/server/certificates/list-query";
import { CERTIFICATE_PAGE_SIZE, listCertificates } from "@/server/certificates/queries";
import { parseLenient } from "@/server/products/query-schemas";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

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
  const sorted = certificateSort(query);

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

      <ListFilters
        locale={locale}
        path="/admin/certificates"
        q={query.q ?? ""}
        searchLabel={t("list.search")}
        keep={{ sort: query.sort }}
        csvHref={list.total > 0 ? `/admin/certificates/export?${new URLSearchParams(certificateListParams(query, { page: undefined }))}` : undefined}
        filters={[
          { name: "state", label: t("list.state"), value: query.state, options: CERTIFICATE_STATES.map((state) => ({ value: state, label: t(`list.states.${state}`) })) },
          { name: "stars", label: t("list.stars"), value: query.stars ? String(query.stars) : undefined, options: [3, 4, 5].map((stars) => ({ value: String(stars), label: `${stars}★` })) },
          { name: "level", label: t("list.level"), value: query.level, options: CERTIFICATE_LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) })) },
        ]}
      />

      <p role="status">{t("list.count", { total: list.total })}</p>

      <ListTable
        locale={locale}
        label={t("title")}
        query={{ sort: sorted.column, dir: sorted.dir, page: Math.min(list.page, list.pageCount), pageSize: CERTIFICATE_PAGE_SIZE }}
        total={list.total}
        href={(changes) =>
          localizedHref(
            { pathname: "/admin/certificates", query: certificateListParams(query, { sort: changes.sort ? certificateSortValue(changes.sort, changes.dir ?? "asc") : query.sort, page: changes.page }) },
            locale,
          )
        }
        pageSizes={false}
        empty={t("list.empty")}
        columns={[
          { label: t("list.product"), sort: "product" },
          { label: t("list.stars"), sort: "stars" },
          { label: t("list.decision"), sort: "decision" },
          { label: t("list.validUntil"), sort: "valid" },
          { label: t("list.status") },
        ]}
      >
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
      </ListTable>
    </section>
  );
}
