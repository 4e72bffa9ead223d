import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListFilters, listHref, ListNotice, ListTable, RowCheckbox } from "@/components/backoffice/list";
import { localizedHref } from "@/i18n/localized-href";
import { formatDateTime, formatVnd } from "@/lib/format";
import { listSearch, parseListQuery, type SearchParams } from "@/lib/list-query";
import { OCOP_GROUPS } from "@/lib/ocop-groups";
import { requirePageAccess } from "@/server/auth/session";
import { subregionChoices } from "@/server/auth/scope";
import { producersForConfirmation } from "@/server/producers/admin-queries";
import { listProductsForOfficer, PRODUCT_LIST } from "@/server/products/admin-queries";

const STATUSES = ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "REJECTED", "ARCHIVED"] as const;

/** Every product of the officer's region, in every status: find one among 20,000, check it, review it. */
export default async function AdminProducts({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("product.review", locale, "/admin/products");
  const search = await searchParams;
  const query = parseListQuery(PRODUCT_LIST, search);
  const [t, tList, tStatus, tGroups, page, regions, producer] = await Promise.all([
    getTranslations({ locale, namespace: "admin.products" }),
    getTranslations({ locale, namespace: "backoffice.list" }),
    getTranslations({ locale, namespace: "listings.status" }),
    getTranslations({ locale, namespace: "common.groups" }),
    listProductsForOfficer(viewer, query),
    subregionChoices(viewer),
    query.filters.producer ? producersForConfirmation(viewer, [query.filters.producer]) : Promise.resolve([]),
  ]);
  const path = "/admin/products";
  const href = listHref(PRODUCT_LIST, query, path, locale);
  const done = search.done === "approve" || search.done === "reject" ? search.done : null;
  const skipped = Number(search.skipped) || 0;
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {done ? (
        <ListNotice>
          {t(`done.${done}`, { count: Number(search.count) || 0 })} {skipped > 0 ? tList("skipped", { count: skipped }) : null}
        </ListNotice>
      ) : null}
      {producer[0] ? (
        <p className="font-semibold">
          {t("producerFilter", { name: producer[0].name })} ·{" "}
          <a href={href({ filters: { producer: undefined } })} className="font-normal text-brand-800 underline">
            {tList("clear")}
          </a>
        </p>
      ) : null}
      <ListFilters
        locale={locale}
        path={path}
        q={query.q}
        searchLabel={t("search")}
        searchPlaceholder={t("searchPlaceholder")}
        keep={{ sort: search.sort as string | undefined, dir: search.dir as string | undefined, pageSize: search.pageSize as string | undefined, producer: query.filters.producer }}
        csvHref={`${path}/export${listSearch(PRODUCT_LIST, query)}`}
        filters={[
          { name: "status", label: t("statusFilter"), value: query.filters.status, options: STATUSES.map((s) => ({ value: s, label: tStatus(s) })) },
          { name: "group", label: t("groupFilter"), value: query.filters.group, options: OCOP_GROUPS.map((g) => ({ value: g, label: tGroups(g) })) },
          { name: "stars", label: t("starsFilter"), value: query.filters.stars?.toString(), options: ["3", "4", "5"].map((s) => ({ value: s, label: t("starsOption", { stars: s }) })) },
          { name: "certified", label: t("certifiedFilter"), value: query.filters.certified, options: [{ value: "yes", label: t("certifiedYes") }, { value: "none", label: t("certifiedNone") }] },
          { name: "revision", label: t("revisionFilter"), value: query.filters.revision, options: [{ value: "pending", label: t("revisionPending") }] },
          ...(regions.length > 0 ? [{ name: "region", label: t("regionFilter"), value: query.filters.region, options: regions.map((r) => ({ value: r.id, label: r.name })) }] : []),
        ]}
      />
      <ListTable
        locale={locale}
        label={t("title")}
        query={query}
        total={page.total}
        href={href}
        empty={tList("empty")}
        bulk={{
          confirmPath: "/admin/products/confirm",
          back: listSearch(PRODUCT_LIST, query, { page: query.page }),
          actions: [
            { value: "approve", label: t("approveEllipsis") },
            { value: "reject", label: t("rejectEllipsis"), danger: true },
          ],
        }}
        columns={[
          { label: t("columns.name"), sort: "name" },
          { label: t("columns.producer"), sort: "producer" },
          { label: t("columns.group") },
          { label: t("columns.status") },
          { label: t("columns.stars") },
          { label: t("columns.price"), sort: "price", align: "end" },
          { label: t("columns.stock"), sort: "stock", align: "end" },
          { label: t("columns.updated"), sort: "updated" },
        ]}
      >
        {page.items.map((p) => (
          <tr key={p.id} className="border-b border-slate-200 align-top" data-testid="product-row">
            <td className="px-2 py-2">
              <RowCheckbox id={p.id} label={tList("select", { name: p.nameVi })} />
            </td>
            <td className="px-2 py-2">
              <span className="font-semibold">{p.nameVi}</span>
              <span className="block text-xs">
                {p.status === "PUBLISHED" && !p.producerSuspended ? (
                  <a href={localizedHref(`/products/${p.slug}`, locale)} className="text-brand-800 underline">
                    {t("public")}
                  </a>
                ) : null}{" "}
                <a href={localizedHref(`/admin/certificates/${p.id}`, locale)} className="text-brand-800 underline">
                  {t("certificates")}
                </a>
              </span>
            </td>
            <td className="px-2 py-2">
              <a href={localizedHref(`/admin/producers/${p.producerId}`, locale)} className="underline">
                {p.producerName}
              </a>
              <span className="block text-xs text-slate-600">
                {p.commune}
                {p.producerSuspended ? ` · ${t("producerSuspended")}` : ""}
              </span>
            </td>
            <td className="px-2 py-2">{tGroups(p.group)}</td>
            <td className="px-2 py-2">
              {tStatus(p.status)}
              {p.revisionPending ? <span className="block text-xs font-semibold text-amber-800">{t("revision")}</span> : null}
            </td>
            <td className="px-2 py-2">{p.stars ? `${p.stars}★` : t("noStars")}</td>
            <td className="whitespace-nowrap px-2 py-2 text-right">
              {formatVnd(p.priceVnd, locale)}
              <span className="block text-xs text-slate-600">{p.unit}</span>
            </td>
            <td className="px-2 py-2 text-right">{p.stock}</td>
            <td className="px-2 py-2">{formatDateTime(p.updatedAt, locale)}</td>
          </tr>
        ))}
      </ListTable>
    </section>
  );
}
