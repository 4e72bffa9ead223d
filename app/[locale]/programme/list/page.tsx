import { optionalMessage } from "@/i18n/optional-message";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "@/components/products/pagination";
import { Link } from "@/i18n/navigation";
import { formatDay } from "@/lib/format";
import { LEGAL_FORM_LABELS, OCOP_GROUP_LABELS, OCOP_GROUPS, type OcopGroupCode } from "@/lib/ocop-groups";
import { getMetricList } from "@/server/programme/cached";
import { isListKind, type ListFilters } from "@/server/programme/metric-lists";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
const SLUG = /^[a-z0-9-]{1,80}$/;

/** Only well-formed filters reach the query; anything else is ignored rather than echoed back. */
function parseFilters(query: Record<string, string | string[] | undefined>): ListFilters {
  const stars = Number(one(query.stars));
  const year = Number(one(query.year));
  const group = one(query.group);
  const subgroup = one(query.subgroup);
  const legalForm = one(query.legalForm);
  const kind = one(query.kind);
  const commune = one(query.commune);
  return {
    ...(Number.isInteger(stars) && stars >= 1 && stars <= 5 ? { stars } : {}),
    ...(Number.isInteger(year) && year >= 2000 && year <= 2100 ? { year } : {}),
    ...(group && (OCOP_GROUPS as readonly string[]).includes(group) ? { group } : {}),
    ...(subgroup && /^[A-Z_]{2,40}$/.test(subgroup) ? { subgroup } : {}),
    ...(legalForm && legalForm in LEGAL_FORM_LABELS ? { legalForm } : {}),
    ...(kind === "FOUNDED" || kind === "REFORMED" ? { kind } : {}),
    ...(commune && SLUG.test(commune) ? { commune } : {}),
  };
}

function parsePage(value: string | undefined): number {
  const page = Number(value ?? "1");
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const metric = one((await searchParams).metric) ?? "";
  const t = await getTranslations({ locale, namespace: "programme" });
  return { title: isListKind(metric) ? t("list.title", { label: t(`list.kinds.${metric}`) }) : t("title"), robots: { index: false } };
}

const th = "py-1 pr-2";

export default async function ProgrammeListPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const metric = one(query.metric) ?? "";
  if (!isListKind(metric)) notFound();
  const slugParam = one(query.programme);
  const slug = slugParam && SLUG.test(slugParam) ? slugParam : null;
  const filters = parseFilters(query);
  const page = parsePage(one(query.page));
  const list = await getMetricList(slug, metric, filters, page);
  if (!list) notFound();
  const t = await getTranslations({ locale, namespace: "programme" });
  const en = locale === "en";
  const date = (day: string) => formatDay(day, locale);
  const legalForm = (key: string) => LEGAL_FORM_LABELS[key as keyof typeof LEGAL_FORM_LABELS]?.[en ? "en" : "vi"] ?? key;
  const filterText = [
    filters.stars ? t("charts.stars", { stars: filters.stars }) : null,
    filters.group ? OCOP_GROUP_LABELS[filters.group as OcopGroupCode][en ? "en" : "vi"] : null,
    filters.subgroup ?? null,
    filters.legalForm ? legalForm(filters.legalForm) : null,
    filters.kind ? (optionalMessage(t, `organisationKinds.${filters.kind}`) ?? filters.kind) : null,
    filters.commune ? (list.communeName ?? filters.commune) : null,
    filters.year ? String(filters.year) : null,
  ].filter(Boolean);
  const pageCount = Math.max(1, Math.ceil(list.total / list.pageSize));
  const pageHref = (n: number) => {
    const params = new URLSearchParams({ metric });
    if (slug) params.set("programme", slug);
    for (const [key, value] of Object.entries(filters)) params.set(key, String(value));
    if (n > 1) params.set("page", String(n));
    return `/programme/list?${params}`;
  };
  const programmeName = (en && list.programme.nameEn) || list.programme.nameVi;

  return (
    <article className="space-y-4">
      <p className="print:hidden">
        <Link href={slug ? `/programme/${slug}` : "/programme"} className="text-brand-800 underline underline-offset-2">
          ← {t("list.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">{t("list.title", { label: t(`list.kinds.${metric}`) })}</h1>
      <p>
        {programmeName} · {list.frozen ? t("list.frozen", { date: date(list.asOf) }) : t("list.asOf", { date: date(list.asOf) })}
      </p>
      {filterText.length > 0 ? <p>{t("list.filtered", { filters: filterText.join(", ") })}</p> : null}
      <p className="font-semibold" data-testid="list-total">
        {t("list.total", { count: list.total })}
      </p>
      {list.rows.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : list.kind === "products" ? (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className={th}>{t("list.product")}</th>
              <th scope="col" className={th}>{t("list.producer")}</th>
              <th scope="col" className={th}>{t("list.commune")}</th>
              <th scope="col" className={th}>{t("list.stars")}</th>
              <th scope="col" className={th}>{t("list.decision")}</th>
              <th scope="col" className={th}>{t("list.validUntil")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => {
              const name = (en && row.nameEn) || row.nameVi;
              return (
                <tr key={row.slug} className="border-b border-slate-100">
                  <th scope="row" className={`${th} text-left font-normal`}>
                    {row.listed ? (
                      <Link href={`/products/${row.slug}`} className="text-brand-800 underline underline-offset-2">
                        {name}
                      </Link>
                    ) : (
                      name
                    )}
                  </th>
                  <td className={th}>{row.producerName}</td>
                  <td className={th}>{row.communeName}</td>
                  <td className={th}>{t("charts.stars", { stars: row.stars })}</td>
                  <td className={th}>
                    {row.decisionNumber} ({date(row.decisionDate)})
                  </td>
                  <td className={th}>{date(row.validUntil)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : list.kind === "organisations" ? (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className={th}>{t("list.organisation")}</th>
              <th scope="col" className={th}>{t("list.legalForm")}</th>
              <th scope="col" className={th}>{t("list.change")}</th>
              <th scope="col" className={th}>{t("list.changedOn")}</th>
              <th scope="col" className={th}>{t("list.commune")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100">
                <th scope="row" className={`${th} text-left font-normal`}>
                  {row.producerSlug ? (
                    <Link href={`/producers/${row.producerSlug}`} className="text-brand-800 underline underline-offset-2">
                      {row.name}
                    </Link>
                  ) : (
                    row.name
                  )}
                </th>
                <td className={th}>{legalForm(row.legalForm)}</td>
                <td className={th}>{optionalMessage(t, `organisationKinds.${row.kind}`) ?? row.kind}</td>
                <td className={th}>{date(row.changedOn)}</td>
                <td className={th}>{row.communeName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : list.kind === "producers" ? (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className={th}>{t("list.producer")}</th>
              <th scope="col" className={th}>{t("list.legalForm")}</th>
              <th scope="col" className={th}>{t("list.commune")}</th>
              <th scope="col" className={th}>{metric === "stalls_supported" ? t("list.supportedOn") : t("list.committedOn")}</th>
              {metric === "stalls_supported" ? (
                <>
                  <th scope="col" className={th}>{t("list.place")}</th>
                  <th scope="col" className={th}>{t("list.times")}</th>
                </>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.slug} className="border-b border-slate-100">
                <th scope="row" className={`${th} text-left font-normal`}>
                  <Link href={`/producers/${row.slug}`} className="text-brand-800 underline underline-offset-2">
                    {row.name}
                  </Link>
                </th>
                <td className={th}>{legalForm(row.legalForm)}</td>
                <td className={th}>{row.communeName}</td>
                <td className={th}>{date(row.day)}</td>
                {metric === "stalls_supported" ? (
                  <>
                    <td className={th}>{row.place}</td>
                    <td className={`${th} tabular-nums`}>{row.times}</td>
                  </>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : list.kind === "communes" ? (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className={th}>{t("list.commune")}</th>
              <th scope="col" className={th}>{t("list.team")}</th>
              <th scope="col" className={th}>{t("list.decision")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.slug} className="border-b border-slate-100">
                <th scope="row" className={`${th} text-left font-normal`}>{(en && row.nameEn) || row.name}</th>
                <td className={th}>{row.teamSince ? t("list.teamSince", { date: date(row.teamSince) }) : t("list.noTeam")}</td>
                <td className={th}>{row.decisionNumber ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className={th}>{t("list.region")}</th>
              <th scope="col" className={`${th} text-right`}>{t("list.serving")}</th>
              <th scope="col" className={`${th} text-right`}>{t("list.trained")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.regionSlug} className="border-b border-slate-100">
                <th scope="row" className={`${th} text-left font-normal`}>{(en && row.regionNameEn) || row.regionName}</th>
                <td className={`${th} text-right tabular-nums`}>{row.serving}</td>
                <td className={`${th} text-right tabular-nums`}>{row.trained}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination locale={locale} page={Math.min(page, pageCount)} pageCount={pageCount} hrefFor={pageHref} />
    </article>
  );
}
