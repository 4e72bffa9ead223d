import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListPager } from "@/components/backoffice/list";
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
  const href = (changes: Parameters<typeof listSearch<typeof query.sort, typeof AUDIT_LIST.filters>>[2]) => localizedHref(`${path}${listSearch(AUDIT_LIST, query, changes)}`, locale);
  const f = query.filters;
  const select = (name: string, label: string, value: string | undefined, options: { value: string; label: string }[]) => (
    <label className="flex flex-col text-sm font-semibold">
      {label}
      <select name={name} defaultValue={value ?? ""} className="mt-1 max-w-56 rounded border border-slate-500 bg-white px-2 py-1 font-normal">
        <option value="">{tList("all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
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
      <form method="get" action={localizedHref(path, locale)} role="search" className="flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-slate-50 p-3">
        <label className="flex min-w-48 flex-1 flex-col text-sm font-semibold">
          {t("search")}
          <input type="search" name="q" defaultValue={query.q} placeholder={t("searchPlaceholder")} maxLength={100} className="mt-1 rounded border border-slate-500 bg-white px-2 py-1 font-normal" />
        </label>
        {select("action", t("actionFilter"), f.action, actionOptions)}
        {select("entity", t("entityFilter"), f.entity, ENTITIES.map((e) => ({ value: e, label: labels.entity(e) })))}
        {select("actor", t("actorFilter"), f.actor, actors.map((a) => ({ value: a.id, label: a.name })))}
        {regions.length > 0 ? select("region", t("regionFilter"), f.region, regions.map((r) => ({ value: r.id, label: r.name }))) : null}
        <label className="flex flex-col text-sm font-semibold">
          {t("from")}
          <input type="date" name="from" defaultValue={f.from} className="mt-1 rounded border border-slate-500 bg-white px-2 py-1 font-normal" />
        </label>
        <label className="flex flex-col text-sm font-semibold">
          {t("to")}
          <input type="date" name="to" defaultValue={f.to} className="mt-1 rounded border border-slate-500 bg-white px-2 py-1 font-normal" />
        </label>
        {f.entityId ? <input type="hidden" name="entityId" value={f.entityId} /> : null}
        {query.pageSize !== 50 ? <input type="hidden" name="pageSize" value={query.pageSize} /> : null}
        <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800">
          {tList("apply")}
        </button>
        <a href={localizedHref(path, locale)} className="py-1.5 text-brand-800 underline">
          {tList("clear")}
        </a>
        <a href={localizedHref(`${path}/export${listSearch(AUDIT_LIST, query)}`, locale)} className="ml-auto rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-800" download>
          {tList("csv")}
        </a>
      </form>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b-2 border-slate-400">
            <tr>
              <th scope="col" className="px-2 py-2">{t("when")}</th>
              <th scope="col" className="px-2 py-2">{t("who")}</th>
              <th scope="col" className="px-2 py-2">{t("what")}</th>
              <th scope="col" className="px-2 py-2">{t("about")}</th>
              <th scope="col" className="px-2 py-2">{t("changes")}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
      {page.items.length === 0 ? <p>{tList("empty")}</p> : null}
      <ListPager locale={locale} page={page.page} pageSize={page.pageSize} total={page.total} hrefFor={(n) => href({ page: n })} hrefForSize={(size) => href({ pageSize: size })} />
    </section>
  );
}
