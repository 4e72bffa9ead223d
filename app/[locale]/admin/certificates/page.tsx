import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListFilters, listHref, ListNotice, ListTable, RowCheckbox } from "@/components/backoffice/list";
import { Link } from "@/i18n/navigation";
import { localizedHref } from "@/i18n/localized-href";
import { CERTIFICATE_LEVELS } from "@/lib/certificate-rules";
import { daysBetween, today as clockToday } from "@/lib/clock";
import { formatDay } from "@/lib/format";
import { listSearch, parseListQuery, type SearchParams } from "@/lib/list-query";
import { requirePageAccess } from "@/server/auth/session";
import { CERTIFICATE_LIST, CERTIFICATE_STATES, listCertificates } from "@/server/certificates/queries";

/**
 * Officers' list of every recorded certificate, built for national scale on the one list skeleton
 * (lib/list-query, components/backoffice/list): filtered, searched, sorted and paged in PostgreSQL, a
 * CSV of exactly the filtered list, and ticked certificates revoked by one decision through the
 * confirmation page.
 */
export default async function CertificatesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("certificate.record", locale, "/admin/certificates");
  const search = await searchParams;
  const query = parseListQuery(CERTIFICATE_LIST, search);
  // Where a confirmation returns: this very view of the list (the bulk form carries it too).
  const listQuery = listSearch(CERTIFICATE_LIST, query, { page: query.page });
  const today = clockToday();
  const [t, tList, list] = await Promise.all([
    getTranslations({ locale, namespace: "certificates" }),
    getTranslations({ locale, namespace: "backoffice.list" }),
    listCertificates(viewer, query, today),
  ]);
  const path = "/admin/certificates";
  const done = search.done === "revoke";
  const count = Number(search.count) || 0;
  const skipped = Number(search.skipped) || 0;

  return (
    <section className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link href="/admin/certificates/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("recordNew")}
        </Link>
      </div>
      <p>{t("intro")}</p>
      {done ? (
        <ListNotice>
          {t("bulk.done", { count })} {skipped > 0 ? tList("skipped", { count: skipped }) : null}
        </ListNotice>
      ) : null}

      <ListFilters
        locale={locale}
        path={path}
        q={query.q}
        searchLabel={t("list.search")}
        keep={{ sort: search.sort as string | undefined, dir: search.dir as string | undefined, pageSize: search.pageSize as string | undefined }}
        csvHref={list.total > 0 ? `${path}/export${listSearch(CERTIFICATE_LIST, query)}` : undefined}
        filters={[
          { name: "state", label: t("list.state"), value: query.filters.state, options: CERTIFICATE_STATES.map((state) => ({ value: state, label: t(`list.states.${state}`) })) },
          { name: "stars", label: t("list.stars"), value: query.filters.stars ? String(query.filters.stars) : undefined, options: [3, 4, 5].map((stars) => ({ value: String(stars), label: `${stars}★` })) },
          { name: "level", label: t("list.level"), value: query.filters.level, options: CERTIFICATE_LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) })) },
        ]}
      />

      <p role="status">{t("list.count", { total: list.total })}</p>

      <ListTable
        locale={locale}
        label={t("title")}
        query={query}
        total={list.total}
        href={listHref(CERTIFICATE_LIST, query, path, locale)}
        empty={t("list.empty")}
        bulk={{ confirmPath: "/admin/certificates/confirm", back: listQuery, actions: [{ value: "revoke", label: t("bulk.revokeEllipsis"), danger: true }] }}
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
            <tr key={c.id} className="border-b border-slate-200 align-top" data-testid="certificate-row">
              <td className="p-2">
                <RowCheckbox id={c.id} label={tList("select", { name: `${c.productName} · ${c.decisionNumber}` })} />
              </td>
              <td className="p-2">
                <a href={localizedHref(`/admin/certificates/${c.productId}`, locale)} className="font-semibold text-brand-800 underline">
                  {c.productName}
                </a>
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
