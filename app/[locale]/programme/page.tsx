import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BarTable, type BarRow } from "@/components/programme/bar-table";
import { PrintButton } from "@/components/programme/print-button";
import { Link } from "@/i18n/navigation";
import { formatDay } from "@/lib/format";
import { LEGAL_FORM_LABELS, OCOP_GROUP_LABELS, type OcopGroupCode } from "@/lib/ocop-groups";
import { getProgrammeFigures } from "@/server/programme/cached";

// Figures are cached under the programme tag (and the catalogue, producers and fairs tags) and refreshed
// by back-office writes; the revalidation window only moves the expiry boundary forward.
export const revalidate = 3600;

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "programme" });
  return { title: t("title"), description: t("metaDescription") };
}

const listHref = (metric: string, filters: Record<string, string> = {}) => `/programme/list?${new URLSearchParams({ metric, ...filters })}`;

export default async function ProgrammePage({ params }: Params) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "programme" });
  const en = locale === "en";
  const figures = await getProgrammeFigures();
  const format = new Intl.NumberFormat(locale);
  const programme = figures.programme;

  const chart = (dimension: string, rows: BarRow[]) => (
    <BarTable
      caption={t("charts.caption", { dimension })}
      categoryHeader={t("charts.category")}
      countHeader={t("charts.count")}
      rows={rows}
      empty={t("charts.empty")}
      locale={locale}
    />
  );
  const certified = figures.certified;
  const groupLabel = (key: string) => OCOP_GROUP_LABELS[key as OcopGroupCode]?.[en ? "en" : "vi"] ?? key;
  const legalFormLabel = (key: string) => LEGAL_FORM_LABELS[key as keyof typeof LEGAL_FORM_LABELS]?.[en ? "en" : "vi"] ?? key;

  return (
    <article className="space-y-10 print:space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">{programme ? ((en && programme.nameEn) || programme.nameVi) : t("title")}</h1>
        {programme ? (
          <>
            <p className="text-lg">
              {t("period", { start: programme.startYear, end: programme.endYear })}
              {programme.reference ? ` · ${programme.reference}` : null}
            </p>
            <p className="text-sm text-slate-700">{t("asOf", { date: formatDay(figures.asOf, locale) })}</p>
          </>
        ) : (
          <p>{t("noProgramme")}</p>
        )}
        <nav aria-label={t("exports")} className="flex flex-wrap items-center gap-3 print:hidden">
          <span className="font-semibold">{t("exports")}:</span>
          <a href="/programme/figures.csv" className="text-brand-800 underline underline-offset-2" download>
            {t("csv")}
          </a>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON document, not a page: no client-side navigation */}
          <a href="/api/v1/programme" className="text-brand-800 underline underline-offset-2">
            {t("json")}
          </a>
          <PrintButton label={t("print")} />
        </nav>
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
                  ? t("targets.goalRange", { goal: format.format(target.goal), goalMax: format.format(target.goalMax) })
                  : format.format(target.goal);
              // Units are stored in Vietnamese ("sản phẩm"); only a percent sign reads the same in both languages.
              const unit = target.unit === "%" ? "%" : "";
              return (
                <li key={target.id} className="break-inside-avoid rounded border border-slate-200 p-4" data-metric={target.metric}>
                  <h3 className="font-semibold">{en ? target.labelEn : target.labelVi}</h3>
                  <dl className="mt-2 grid grid-cols-3 gap-2 text-center">
                    <div>
                      <dt className="text-sm text-slate-600">{t("targets.baseline")}</dt>
                      <dd className="text-xl tabular-nums">
                        {format.format(target.baseline)}
                        {unit}
                      </dd>
                    </div>
                    <div>
                      <dt className="text-sm text-slate-600">{t("targets.now")}</dt>
                      <dd className="text-2xl font-bold tabular-nums" data-testid={`now-${target.metric}`}>
                        {target.now === null ? (
                          "—"
                        ) : (
                          <Link href={listHref(target.metric)} className="text-brand-800 underline underline-offset-2 hover:text-brand-700">
                            {format.format(target.now)}
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
                  {target.now === null ? (
                    <p className="mt-2 text-sm text-slate-600">{t("targets.notComputed")}</p>
                  ) : (
                    <div className="mt-3">
                      <meter
                        min={0}
                        max={100}
                        value={target.percent}
                        className="h-3 w-full"
                        aria-label={t("targets.progress", { percent: target.percent })}
                      />
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
          {t("charts.heading")}: <Link href={listHref("products_3star_plus")} className="text-brand-800 underline underline-offset-2">{format.format(certified.total)}</Link>
        </h2>
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
            certified.byCommune.map((row) => ({
              key: row.key,
              count: row.count,
              label: (en && row.nameEn) || row.name,
              href: listHref("products_3star_plus", { commune: row.key }),
            })),
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
            { label: t("other.tourism"), value: format.format(figures.tourismProducts), href: listHref("tourism_products") },
            { label: t("other.upgrades34"), value: format.format(figures.upgrades3To4), href: listHref("upgrades_3_to_4") },
            { label: t("other.upgrades45"), value: format.format(figures.upgrades4To5), href: listHref("upgrades_4_to_5") },
            { label: t("other.showrooms"), value: format.format(figures.showroomsSupported), href: listHref("showrooms_supported") },
            { label: t("other.commitments"), value: t("other.commitmentsValue", figures.commitments), href: listHref("producers_all_commitments") },
            { label: t("other.expiring"), value: format.format(figures.expiringSoon), href: listHref("certificates_expiring") },
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
          <BarTable
            caption={t("other.ideas")}
            categoryHeader={t("other.commune")}
            countHeader={t("charts.count")}
            rows={figures.ideasByCommune.map((row) => ({ key: row.key, count: row.count, label: (en && row.nameEn) || row.name }))}
            empty={t("charts.empty")}
            locale={locale}
          />
        </div>
      </section>
    </article>
  );
}
