import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatDay } from "@/lib/format";
import { LEGAL_FORM_LABELS, OCOP_GROUP_LABELS, OCOP_GROUPS, type OcopGroupCode } from "@/lib/ocop-groups";
import { getMetricList } from "@/server/programme/cached";
import { isListKind, type ListFilters } from "@/server/programme/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/** Only well-formed filters reach the query; anything else is ignored rather than echoed back. */
function parseFilters(query: Record<string, string | string[] | undefined>): ListFilters {
  const stars = Number(one(query.stars));
  const year = Number(one(query.year));
  const group = one(query.group);
  const legalForm = one(query.legalForm);
  const commune = one(query.commune);
  return {
    ...(Number.isInteger(stars) && stars >= 1 && stars <= 5 ? { stars } : {}),
    ...(Number.isInteger(year) && year >= 2000 && year <= 2100 ? { year } : {}),
    ...(group && (OCOP_GROUPS as readonly string[]).includes(group) ? { group } : {}),
    ...(legalForm && legalForm in LEGAL_FORM_LABELS ? { legalForm } : {}),
    ...(commune && /^[a-z0-9-]{1,80}$/.test(commune) ? { commune } : {}),
  };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const metric = one((await searchParams).metric) ?? "";
  const t = await getTranslations({ locale, namespace: "programme" });
  return { title: isListKind(metric) ? t("list.title", { label: t(`list.kinds.${metric}`) }) : t("title"), robots: { index: false } };
}

export default async function ProgrammeListPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const metric = one(query.metric) ?? "";
  if (!isListKind(metric)) notFound();
  const filters = parseFilters(query);
  const t = await getTranslations({ locale, namespace: "programme" });
  const en = locale === "en";
  const list = await getMetricList(metric, filters);
  const date = (iso: string) => formatDay(iso, locale);
  const filterText = [
    filters.stars ? t("charts.stars", { stars: filters.stars }) : null,
    filters.group ? OCOP_GROUP_LABELS[filters.group as OcopGroupCode][en ? "en" : "vi"] : null,
    filters.legalForm ? LEGAL_FORM_LABELS[filters.legalForm as keyof typeof LEGAL_FORM_LABELS][en ? "en" : "vi"] : null,
    // The commune is filtered by slug; its name comes from the rows themselves.
    filters.commune ? (list.rows[0]?.communeName ?? filters.commune) : null,
    filters.year ? String(filters.year) : null,
  ].filter(Boolean);

  return (
    <article className="space-y-4">
      <p className="print:hidden">
        <Link href="/programme" className="text-brand-800 underline underline-offset-2">
          ← {t("list.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">{t("list.title", { label: t(`list.kinds.${metric}`) })}</h1>
      {filterText.length > 0 ? <p>{t("list.filtered", { filters: filterText.join(", ") })}</p> : null}
      <p className="font-semibold" data-testid="list-total">
        {t("list.total", { count: list.rows.length })}
      </p>
      {list.rows.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : list.kind === "products" ? (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-2">{t("list.product")}</th>
              <th scope="col" className="py-1 pr-2">{t("list.producer")}</th>
              <th scope="col" className="py-1 pr-2">{t("list.commune")}</th>
              <th scope="col" className="py-1 pr-2">{t("list.stars")}</th>
              <th scope="col" className="py-1 pr-2">{t("list.decision")}</th>
              <th scope="col" className="py-1 pr-2">{t("list.validUntil")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => {
              const name = (en && row.nameEn) || row.nameVi;
              return (
                <tr key={row.slug} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-2 text-left font-normal">
                    {row.listed ? (
                      <Link href={`/products/${row.slug}`} className="text-brand-800 underline underline-offset-2">
                        {name}
                      </Link>
                    ) : (
                      name
                    )}
                  </th>
                  <td className="py-1 pr-2">{row.producerName}</td>
                  <td className="py-1 pr-2">{row.communeName}</td>
                  <td className="py-1 pr-2">{t("charts.stars", { stars: row.stars })}</td>
                  <td className="py-1 pr-2">
                    {row.decisionNumber} ({date(row.decisionDate)})
                  </td>
                  <td className="py-1 pr-2">{date(row.validUntil)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-2">{t("list.producer")}</th>
              <th scope="col" className="py-1 pr-2">{t("list.legalForm")}</th>
              <th scope="col" className="py-1 pr-2">{t("list.commune")}</th>
              <th scope="col" className="py-1 pr-2">{t("list.registeredOn")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.slug} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  <Link href={`/producers/${row.slug}`} className="text-brand-800 underline underline-offset-2">
                    {row.name}
                  </Link>
                </th>
                <td className="py-1 pr-2">{LEGAL_FORM_LABELS[row.legalForm as keyof typeof LEGAL_FORM_LABELS]?.[en ? "en" : "vi"] ?? row.legalForm}</td>
                <td className="py-1 pr-2">{row.communeName}</td>
                <td className="py-1 pr-2">{date(row.registeredOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
