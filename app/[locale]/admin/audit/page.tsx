import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListFilters, listHref, ListTable } from "@/components/backoffice/list";
import { localizedHref } from "@/i18n/localized-href";
import { formatDateTime } from "@/lib/format";
import { listSearch, parseListQuery, type SearchParams } from "@/lib/list-query";
import { AUDIT_LIST, auditActors, listAuditLog } from "@/server/audit/queries";
import { requirePageAccess } from "@/server/auth/session";
import { subregionChoices } from "@/server/auth/scope";
import admin from "@/messages/vi/admin.json";
import { auditLabels } from "./_components/labels";

/** The actions and kinds of record the filters offer: the log's own dictionary (messages/<locale>/admin.json). */
const AUDIT_DICTIONARY = admin.audit;
const ENTITIES = Object.keys(AUDIT_DICTIONARY.entities);
/** The kind of record each family of actions is about, to name the family in the filter. */
const FAMILY_ENTITY: Record<string, string> = {
  producer: "Producer",
  product: "Product",
  certificate: "OcopCertificate",
  account: "User",
  fair: "Fair",
  booth: "BoothRequest",
  idea: "ProductIdea",
  programme: "Programme",
  order: "Order",
};

export default async function AuditLogPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("audit.view", locale, "/admin/audit");
  const search = await searchParams;
  const query = parseListQuery(AUDIT_LIST, search);
  const [labels, tList, page, actors, regions] = await Promise.all([
    auditLabels(locale),
    getTranslations({ locale, namespace: "backoffice.list" }),
    listAuditLog(viewer, query),
    auditActors(viewer),
    subregionChoices(viewer),
  ]);
  const { t } = labels;
  const path = "/admin/audit";
  const href = listHref(AUDIT_LIST, query, path, locale);
  const f = query.filters;
  const actionOptions = Object.entries(AUDIT_DICTIONARY.actions).flatMap(([family, verbs]) => [
    { value: family, label: `${labels.entity(FAMILY_ENTITY[family] ?? family)} (${tList("all").toLowerCase()})` },
    ...Object.keys(verbs).map((verb) => ({ value: `${family}.${verb}`, label: labels.action(`${family}.${verb}`, "") })),
  ]);
  const thing = page.items.find((e) => e.entityId === f.entityId);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {f.entityId ? (
        <p className="font-semibold">
          {t("oneThing", { name: thing?.entityName ?? f.entityId })} ·{" "}
          <a href={href({ filters: { entityId: undefined } })} className="font-normal text-brand-800 underline">
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
        keep={{ sort: search.sort as string | undefined, dir: search.dir as string | undefined, pageSize: search.pageSize as string | undefined, entityId: f.entityId }}
        csvHref={`${path}/export${listSearch(AUDIT_LIST, query)}`}
        filters={[
          { name: "action", label: t("actionFilter"), value: f.action, options: actionOptions },
          { name: "entity", label: t("entityFilter"), value: f.entity, options: ENTITIES.map((e) => ({ value: e, label: labels.entity(e) })) },
          { name: "actor", label: t("actorFilter"), value: f.actor, options: actors.map((a) => ({ value: a.id, label: a.name })) },
          ...(regions.length > 0 ? [{ name: "region", label: t("regionFilter"), value: f.region, options: regions.map((r) => ({ value: r.id, label: r.name })) }] : []),
        ]}
        dates={{ fromLabel: t("from"), toLabel: t("to"), from: f.from, to: f.to }}
      />
      <ListTable
        locale={locale}
        label={t("title")}
        query={query}
        total={page.total}
        href={href}
        empty={tList("empty")}
        columns={[{ label: t("when"), sort: "when" }, { label: t("who"), sort: "who" }, { label: t("what") }, { label: t("about") }, { label: t("changes") }]}
      >
        {page.items.map((e) => (
          <tr key={e.id} className="border-b border-slate-200 align-top" data-testid="audit-row">
            <td className="whitespace-nowrap px-2 py-2">{formatDateTime(e.createdAt, locale)}</td>
            <td className="px-2 py-2">{e.actorName ?? t("system")}</td>
            <td className="px-2 py-2">{labels.action(e.action, e.entityType)}</td>
            <td className="px-2 py-2">
              <span className="block text-xs text-slate-600">{labels.entity(e.entityType)}</span>
              {e.entityName ? (
                e.entityHref ? (
                  <a href={localizedHref(e.entityHref, locale)} className="underline">
                    {e.entityName}
                  </a>
                ) : (
                  e.entityName
                )
              ) : (
                <em>{t("deleted")}</em>
              )}{" "}
              <a href={href({ filters: { entityId: e.entityId, entity: e.entityType } })} className="text-xs text-brand-800 underline">
                {t("show")}
              </a>
            </td>
            <td className="px-2 py-2">
              {e.changes.length === 0 ? (
                t("noChanges")
              ) : (
                <dl className="grid grid-cols-[auto_1fr] gap-x-2">
                  {e.changes.map((c) => (
                    <div key={c.field} className="contents">
                      <dt className="font-semibold">{labels.field(c.field)}</dt>
                      <dd className="break-words">
                        <del className="text-red-900">{labels.value(c.before)}</del> → <ins className="text-green-900">{labels.value(c.after)}</ins>
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
            </td>
          </tr>
        ))}
      </ListTable>
    </section>
  );
}
