import { getTranslations } from "next-intl/server";
import { BarTable, type BarRow } from "@/components/programme/bar-table";
import { PrintButton } from "@/components/programme/print-button";
import { Link } from "@/i18n/navigation";
import { formatDay, formatNumber } from "@/lib/format";
import { LEGAL_FORM_LABELS, OCOP_GROUP_LABELS, type OcopGroupCode } from "@/lib/ocop-groups";
import { PERCENT_METRICS, type ProgrammeMetric } from "@/lib/programme-figures";
import type { ProgrammeFigures, ShareFigure } from "@/server/programme/figures";
import type { ProgrammeSummary } from "@/server/programme/programmes";

/** Rows a breakdown shows on the page (the largest first). */
const MAX_CHART_ROWS = 25;

/**
 * One programme's dashboard: targets against the figures counted in its region, then the breakdowns.
 * Tables, not pictures, so it prints, reads aloud, and stays light (no client code but the print button).
 */
export async function ProgrammeDashboard({
  figures,
  programmes,
  locale,
  linkSlug,
}: {
  figures: ProgrammeFigures;
  programmes: ProgrammeSummary[];
  locale: string;
  /** Set on `/programme/<slug>`: the lists and exports behind the numbers name the programme. */
  linkSlug: string | null;
}) {
  const t = await getTranslations({ locale, namespace: "programme" });
  const en = locale === "en";
  const number = (n: number) => formatNumber(n, locale);
  const programme = figures.programme;
  const day = (d: string) => formatDay(d, locale);
  const withProgramme = (params: Record<string, string>) => new URLSearchParams(linkSlug ? { ...params, programme: linkSlug } : params).toString();
  const listHref = (metric: string, filters: Record<string, string> = {}) => `/programme/list?${withProgramme({ metric, ...filters })}`;
  const exportQuery = linkSlug ? `?${new URLSearchParams({ programme: linkSlug })}` : "";
  const regionName = programme.region ? (en && programme.region.nameEn) || programme.region.name : null;
  const others = programmes.filter((p) => p.slug !== programme.slug);

  // A province or the whole country has hundreds or thousands of communes: the page shows the largest
  // and says how many more there are (the API and the CSV carry them all).
  const chart = (dimension: string, rows: BarRow[]) => (
    <div>
      <BarTable
        caption={t("charts.caption", { dimension })}
        categoryHeader={t("charts.category")}
        countHeader={t("charts.count")}
        rows={rows.slice(0, MAX_CHART_ROWS)}
        empty={t("charts.empty")}
        locale={locale}
      />
      {rows.length > MAX_CHART_ROWS ? <p className="mt-1 text-sm text-slate-700">{t("charts.more", { count: rows.length - MAX_CHART_ROWS })}</p> : null}
    </div>
  );
  const certified = figures.certified;
  const groupLabel = (key: string) => OCOP_GROUP_LABELS[key as OcopGroupCode]?.[en ? "en" : "vi"] ?? key;
  const legalFormLabel = (key: string) => LEGAL_FORM_LABELS[key as keyof typeof LEGAL_FORM_LABELS]?.[en ? "en" : "vi"] ?? key;
  const shareText = (s: ShareFigure) => t("other.shareValue", { count: number(s.count), of: number(s.of), percent: s.percent });
  const hasBaselines = certified.bySubgroup.some((row) => row.baseline !== null);

  return (
    <article className="space-y-10 print:space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">{(en && programme.nameEn) || programme.nameVi}</h1>
        <p className="text-lg">
          {t("period", { start: programme.startYear, end: programme.endYear })}
          {programme.reference ? ` · ${programme.reference}` : null}
        </p>
        <p>{regionName ? t("region", { region: regionName }) : t("nationwide")}</p>
        <p className="text-sm text-slate-700" data-testid="as-of">
          {figures.frozen ? t("frozen", { date: day(figures.asOf), today: day(figures.today) }) : t("asOf", { date: day(figures.asOf) })}
        </p>
        <nav aria-label={t("exports")} className="flex flex-wrap items-center gap-3 print:hidden">
          <span className="font-semibold">{t("exports")}:</span>
          <a href={`/programme/figures.csv${exportQuery}`} className="text-brand-800 underline underline-offset-2" download>
            {t("csv")}
          </a>
          <a href={`/api/v1/programme${exportQuery}`} className="text-brand-800 underline underline-offset-2">
            {t("json")}
          </a>
          <PrintButton label={t("print")} />
        </nav>
        {others.length > 0 ? (
          <nav aria-label={t("otherProgrammes")} className="print:hidden">
            <h2 className="font-semibold">{t("otherProgrammes")}</h2>
            <ul className="list-disc pl-6">
              {others.map((p) => (
                <li key={p.slug}>
                  <Link href={p.isCurrent ? "/programme" : `/programme/${p.slug}`} className="text-brand-800 underline underline-offset-2">
                    {t("programmeLink", { name: (en && p.nameEn) || p.nameVi, start: p.startYear, end: p.endYear })}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>

      {figures.targets.length > 0 ? (
        <section aria-labelledby="targets-heading" className="space-y-4">
          <h2 id="targets-heading" className="text-2xl font-bold">
            {t("targets.heading")}
          </h2>
          <ul className="grid gap-4 md:grid-cols-2">
            {figures.targets.map((target) => {
              const goal =
                target.goalMax !== null
                  ? t("targets.goalRange", { goal: number(target.goal), goalMax: number(target.goalMax) })
                  : number(target.goal);
              // Units are stored in Vietnamese ("sản phẩm"); only a percent sign reads the same in both languages.
              const unit = target.unit === "%" || PERCENT_METRICS.includes(target.metric as ProgrammeMetric) ? "%" : "";
              return (
                <li key={target.id} className="break-inside-avoid rounded border border-slate-200 p-4" data-metric={target.metric}>
                  <h3 className="font-semibold">{en ? target.labelEn : target.labelVi}</h3>
                  <dl className="mt-2 grid grid-cols-3 gap-2 text-center">
                    <div>
                      <dt className="text-sm text-slate-600">{t("targets.baseline")}</dt>
                      <dd className="text-xl tabular-nums">
                        {number(target.baseline)}
                        {unit}
                      </dd>
                    </div>
                    <div>
                      <dt className="text-sm text-slate-600">{figures.frozen ? t("targets.atEnd", { date: day(figures.asOf) }) : t("targets.now")}</dt>
                      <dd className="text-2xl font-bold tabular-nums" data-testid={`value-${target.metric}`}>
                        {target.value === null ? (
                          "—"
                        ) : (
                          <Link href={listHref(target.metric)} className="text-brand-800 underline underline-offset-2 hover:text-brand-700">
                            {number(target.value)}
                            {unit}
                          </Link>
                        )}
                      </dd>
                    </div>
                    <div>
                      <dt className="text-sm text-slate-600">{t("targets.goal")}</dt>
                      <dd className="text-xl tabular-nums">
                        {goal}
                        {unit}
                      </dd>
                    </div>
                  </dl>
                  {target.today !== null ? (
                    <p className="mt-2 text-sm text-slate-700" data-testid={`today-${target.metric}`}>
                      {t("targets.today", { date: day(figures.today), value: `${number(target.today)}${unit}` })}
                    </p>
                  ) : null}
                  {target.value === null ? (
                    <p className="mt-2 text-sm text-slate-600">{t("targets.notComputed")}</p>
                  ) : (
                    <div className="mt-3">
                      <meter min={0} max={100} value={target.percent} className="h-3 w-full" aria-label={t("targets.progress", { percent: target.percent })} />
                      <p className="text-sm text-slate-700">
                        {t("targets.progress", { percent: target.percent })}
                        {target.reached ? ` · ${t("targets.reached")}` : null}
                      </p>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="charts-heading" className="space-y-6">
        <h2 id="charts-heading" className="text-2xl font-bold">
          {t("charts.heading")}:{" "}
          <Link href={listHref("products_3star_plus")} className="text-brand-800 underline underline-offset-2">
            {number(certified.total)}
          </Link>
        </h2>
        <figure className="break-inside-avoid">
          <table className="w-full border-collapse text-sm">
            <caption className="mb-2 text-left font-semibold">{t("charts.caption", { dimension: t("charts.bySubgroup") })}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-2">{t("charts.subgroup")}</th>
                {hasBaselines ? <th scope="col" className="py-1 pr-2 text-right">{t("charts.resolutionBaseline")}</th> : null}
                <th scope="col" className="py-1 pr-2 text-right">{figures.frozen ? t("targets.atEnd", { date: day(figures.asOf) }) : t("targets.now")}</th>
              </tr>
            </thead>
            <tbody>
              {certified.bySubgroup.length === 0 ? (
                <tr>
                  <td colSpan={3} className="py-2 text-slate-600">{t("charts.empty")}</td>
                </tr>
              ) : (
                certified.bySubgroup.map((row) => (
                  <tr key={row.key || "none"} className="border-b border-slate-100">
                    <th scope="row" className="py-1 pr-2 text-left font-normal">
                      {row.key ? (en && row.nameEn) || row.name : t("charts.unclassified")}
                    </th>
                    {hasBaselines ? <td className="py-1 pr-2 text-right tabular-nums">{row.baseline === null ? "—" : number(row.baseline)}</td> : null}
                    <td className="py-1 pr-2 text-right tabular-nums">
                      {row.key && row.count > 0 ? (
                        <Link href={listHref("products_3star_plus", { subgroup: row.key })} className="font-semibold text-brand-800 underline underline-offset-2">
                          {number(row.count)}
                        </Link>
                      ) : (
                        number(row.count)
                      )}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </figure>
        <div className="grid gap-8 md:grid-cols-2">
          {chart(
            t("charts.byStars"),
            certified.byStars.map((row) => ({ ...row, label: t("charts.stars", { stars: row.key }), href: listHref("products_3star_plus", { stars: row.key }) })),
          )}
          {chart(
            t("charts.byGroup"),
            certified.byGroup.map((row) => ({ ...row, label: groupLabel(row.key), href: listHref("products_3star_plus", { group: row.key }) })),
          )}
          {chart(
            t("charts.byCommune"),
            certified.byCommune.map((row) => ({ key: row.key, count: row.count, label: (en && row.nameEn) || row.name, href: listHref("products_3star_plus", { commune: row.key }) })),
          )}
          {chart(
            t("charts.byYear"),
            certified.byYear.map((row) => ({ ...row, label: row.key, href: listHref("products_3star_plus", { year: row.key }) })),
          )}
        </div>
      </section>

      <section aria-labelledby="other-heading" className="space-y-6">
        <h2 id="other-heading" className="text-2xl font-bold">
          {t("other.heading")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-2">
          {[
            { label: t("other.tourism"), value: number(figures.tourismProducts), href: listHref("tourism_products") },
            { label: t("other.upgrades34"), value: number(figures.upgrades3To4), href: listHref("upgrades_3_to_4") },
            { label: t("other.upgrades45"), value: number(figures.upgrades4To5), href: listHref("upgrades_4_to_5") },
            { label: t("other.newOrganisationsTotal"), value: number(figures.newOrganisations.total), href: listHref("new_economic_organisations") },
            { label: t("other.stalls"), value: number(figures.stallsSupported), href: listHref("stalls_supported") },
            { label: t("other.commitments"), value: shareText(figures.commitments), href: listHref("producers_all_commitments") },
            { label: t("other.communeTeams"), value: shareText(figures.communeTeams), href: listHref("communes_with_team") },
            { label: t("other.staffTrained"), value: shareText(figures.staffTrained), href: listHref("staff_trained") },
            { label: t("other.expiring"), value: number(figures.expiringSoon), href: listHref("certificates_expiring") },
          ].map((item) => (
            <div key={item.label} className="flex items-baseline justify-between gap-4 border-b border-slate-200 py-2">
              <dt>{item.label}</dt>
              <dd className="font-bold tabular-nums">
                <Link href={item.href} className="text-brand-800 underline underline-offset-2">
                  {item.value}
                </Link>
              </dd>
            </div>
          ))}
        </dl>
        <div className="grid gap-8 md:grid-cols-2">
          <BarTable
            caption={t("other.newOrganisations")}
            categoryHeader={t("other.legalForm")}
            countHeader={t("charts.count")}
            rows={figures.newOrganisations.byLegalForm.map((row) => ({
              ...row,
              label: legalFormLabel(row.key),
              href: listHref("new_economic_organisations", { legalForm: row.key }),
            }))}
            empty={t("charts.empty")}
            locale={locale}
          />
          <div>
            <BarTable
              caption={t("other.ideas")}
              categoryHeader={t("other.commune")}
              countHeader={t("charts.count")}
              rows={figures.ideasByCommune.slice(0, MAX_CHART_ROWS).map((row) => ({ key: row.key, count: row.count, label: (en && row.nameEn) || row.name }))}
              empty={t("charts.empty")}
              locale={locale}
            />
            {figures.ideasByCommune.length > MAX_CHART_ROWS ? (
              <p className="mt-1 text-sm text-slate-700">{t("charts.more", { count: figures.ideasByCommune.length - MAX_CHART_ROWS })}</p>
            ) : null}
          </div>
        </div>
      </section>
    </article>
  );
}
