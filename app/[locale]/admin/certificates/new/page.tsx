import { getTranslations, setRequestLocale } from "next-intl/server";
import { IgnoredParameters, Pagination } from "@/components/products/pagination";
import { Link } from "@/i18n/navigation";
import { requirePageAccess } from "@/server/auth/session";
import { ZProductPickerQuery } from "@/server/certificates/schemas";
import { findProductsForCertification } from "@/server/certificates/queries";
import { parseLenient } from "@/server/products/query-schemas";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Step one of recording a decision: find the product it recognises (20 a page, searched in PostgreSQL). */
export default async function ChooseProductPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("certificate.record", locale, "/admin/certificates/new");
  const { query, ignored } = parseLenient(ZProductPickerQuery, await searchParams);
  const t = await getTranslations({ locale, namespace: "certificates" });
  const result = await findProductsForCertification(viewer, query);
  return (
    <section className="space-y-5">
      <Link href="/admin/certificates" className="text-brand-800 underline">
        {t("product.backToList")}
      </Link>
      <h1 className="text-2xl font-bold">{t("picker.title")}</h1>
      <IgnoredParameters locale={locale} names={ignored} />
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <label className="flex min-w-64 flex-1 flex-col gap-1">
          <span className="font-semibold">{t("picker.search")}</span>
          <input type="search" name="q" defaultValue={query.q ?? ""} className="rounded border border-slate-500 px-3 py-2" />
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("picker.searchButton")}
        </button>
      </form>
      <p role="status">{t("picker.count", { total: result.total })}</p>
      {result.items.length === 0 ? (
        <p>{t("picker.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {result.items.map((p) => (
            <li key={p.id} className="py-2">
              <Link href={`/admin/certificates/${p.id}`} className="font-semibold text-brand-800 underline">
                {p.nameVi}
              </Link>{" "}
              — {p.producer} · {p.commune} · {p.badgeStars ? `${p.badgeStars}★` : t("picker.noBadge")}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        locale={locale}
        page={Math.min(result.page, result.pageCount)}
        pageCount={result.pageCount}
        hrefFor={(page) => ({ pathname: "/admin/certificates/new", query: { ...(query.q ? { q: query.q } : {}), ...(page > 1 ? { page } : {}) } })}
      />
    </section>
  );
}
