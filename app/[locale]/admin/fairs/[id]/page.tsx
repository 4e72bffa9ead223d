import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FairForm } from "@/components/fairs/fair-form";
import { fairFormLabels, fairFormValues } from "@/components/fairs/fair-form-labels";
import { fairName } from "@/components/fairs/format";
import { Link } from "@/i18n/navigation";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { requirePageAccess } from "@/server/auth/session";
import { PhotoGrid } from "@/components/ui/photo-grid";
import { PhotoUploader } from "@/components/products/photo-uploader";
import { readEnv } from "@/lib/env";
import { actionBodyLimitBytes } from "@/lib/request-limits.mjs";
import { addFairPhotosAction, setRegistrationOpenAction } from "@/server/fairs/actions";
import { BoothDecisionForm } from "@/components/fairs/booth-decision-form";
import { listFairPhotos } from "@/server/fairs/photos";
import { BOOTH_REQUEST_LIST, BOOTH_REQUEST_STATUSES, listRequestsForOfficer } from "@/server/fairs/queries";
import { BulkActions, ListFilters, ListNotice, ListPager, RowCheckbox } from "@/components/backoffice/list";
import { SelectAll } from "@/components/backoffice/select-all";
import { localizedHref } from "@/i18n/localized-href";
import { listSearch, parseListQuery, type SearchParams } from "@/lib/list-query";

/** A fair for its organisers: its booth requests (a page at a time, searched and filtered), photos and details. */
export default async function AdminFairPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("booth.allocate", locale, `/admin/fairs/${id}`);
  const search = await searchParams;
  // A decision's notice (decideBoothRequestAction); its refusals stay in the request's form.
  const approvedBooths = typeof search.approved === "string" ? search.approved : null;
  const listQuery = parseListQuery(BOOTH_REQUEST_LIST, search);
  const data = await listRequestsForOfficer(viewer, id, listQuery).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { fair, free, requests, counts } = data;
  const path = `/admin/fairs/${fair.id}`;
  const href = (changes: Parameters<typeof listSearch<typeof listQuery.sort, typeof BOOTH_REQUEST_LIST.filters>>[2]) => localizedHref(`${path}${listSearch(BOOTH_REQUEST_LIST, listQuery, changes)}#requests`, locale);
  const back = listSearch(BOOTH_REQUEST_LIST, listQuery, { page: listQuery.page });
  const sortLink = (column: typeof listQuery.sort, label: string) => {
    const active = listQuery.sort === column;
    return (
      <a href={href({ sort: column, dir: active && listQuery.dir === "asc" ? "desc" : "asc" })} aria-current={active ? "true" : undefined} className={`underline ${active ? "font-semibold" : ""}`}>
        {label}
        {active ? (listQuery.dir === "asc" ? " ▲" : " ▼") : ""}
      </a>
    );
  };
  const [t, tList, tStatus, tStudio, tPhotos] = await Promise.all([
    getTranslations({ locale, namespace: "fairs.admin" }),
    getTranslations({ locale, namespace: "backoffice.list" }),
    getTranslations({ locale, namespace: "fairs.status" }),
    getTranslations({ locale, namespace: "fairs.studio" }),
    getTranslations({ locale, namespace: "fairs.photos" }),
  ]);
  const done = search.done === "approve" || search.done === "reject" ? search.done : null;
  const skipped = Number(search.skipped) || 0;
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{fairName(fair, locale)}</h1>
        <div className="flex flex-wrap gap-2">
          <Link href={`/fairs/${fair.slug}`} className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800">
            /fairs/{fair.slug}
          </Link>
          <Link href={`/admin/fairs/${fair.id}/exhibitors`} className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800">
            {t("print")}
          </Link>
          <form action={setRegistrationOpenAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="fairId" value={fair.id} />
            <input type="hidden" name="open" value={fair.registrationOpen ? "0" : "1"} />
            <button type="submit" className="rounded bg-slate-700 px-3 py-1 font-semibold text-white">
              {fair.registrationOpen ? t("close") : t("open")}
            </button>
          </form>
        </div>
      </div>

      <section aria-labelledby="requests-title" id="requests" className="space-y-3">
        <h2 id="requests-title" className="text-xl font-semibold">
          {t("requests")} · {t("free", { free, capacity: fair.boothCapacity })}
        </h2>
        {approvedBooths ? <p role="status" className="rounded bg-green-50 p-2 text-green-900">{t("approved", { booths: approvedBooths })}</p> : null}
        {search.saved ? <p role="status" className="rounded bg-green-50 p-2 text-green-900">{t("saved")}</p> : null}
        {done ? (
          <ListNotice>
            {t(`bulk.done.${done}`, { count: Number(search.count) || 0 })} {skipped > 0 ? tList("skipped", { count: skipped }) : null}
          </ListNotice>
        ) : null}
        <ListFilters
          locale={locale}
          path={path}
          q={listQuery.q}
          searchLabel={t("search")}
          searchPlaceholder={t("searchPlaceholder")}
          keep={{ sort: search.sort as string | undefined, dir: search.dir as string | undefined }}
          csvHref={`${path}/requests/export${listSearch(BOOTH_REQUEST_LIST, listQuery)}`}
          filters={[
            {
              name: "status",
              label: t("statusFilter"),
              value: listQuery.filters.status,
              options: BOOTH_REQUEST_STATUSES.map((s) => ({ value: s, label: `${tStatus(s)} (${counts[s] ?? 0})` })),
            },
          ]}
        />
        <p className="flex flex-wrap gap-3 text-sm">
          <span>{t("sortBy")}</span>
          {sortLink("arrived", t("arrived"))}
          {sortLink("producer", t("producer"))}
          {sortLink("status", t("statusFilter"))}
        </p>
        {requests.length === 0 ? (
          <p className="text-slate-600">{t("noRequests")}</p>
        ) : (
          <div className="flex flex-wrap items-center gap-3">
            <BulkActions
              locale={locale}
              confirmPath={`${path}/requests/confirm`}
              actions={[
                { value: "approve", label: t("bulk.approveEllipsis") },
                { value: "reject", label: t("bulk.rejectEllipsis"), danger: true },
              ]}
            >
              <input type="hidden" name="back" value={back} />
            </BulkActions>
            <label className="flex items-center gap-2 text-sm">
              <SelectAll label={tList("selectAll")} />
              {tList("selectAll")}
            </label>
          </div>
        )}
        <ol className="space-y-3">
          {requests.map((r) => (
            <li key={r.id} className={`rounded border p-3 ${r.suggestPromotion ? "border-amber-500 bg-amber-50" : "border-slate-200"}`} data-testid="booth-request">
              <div className="flex flex-wrap justify-between gap-2">
                <span className="flex items-center gap-2">
                  <RowCheckbox id={r.id} label={tList("select", { name: r.producer.name })} />
                  <strong>{r.producer.name}</strong>
                </span>
                <span>
                  {tStatus(r.status)}
                  {r.booths.length ? ` · ${r.booths.join(", ")}` : ""}
                </span>
              </div>
              <div className="text-sm text-slate-700">
                {t("arrived")}: {formatDateTime(r.createdAt, locale)} · {t("count")}: {r.boothCount} · {t("products")}: {r.productNames.join(", ")}
              </div>
              <div className="text-sm text-slate-700">
                {t("needs")}:{" "}
                {[r.needsPower && tStudio("needsPower"), r.needsRefrigeration && tStudio("needsRefrigeration"), r.needsWater && tStudio("needsWater")].filter(Boolean).join(", ") || "—"}
                {r.note ? ` · ${t("note")}: ${r.note}` : ""}
                {r.decisionReason ? ` · ${t("reasonLabel")}: ${r.decisionReason}` : ""}
              </div>
              {r.suggestPromotion ? <p className="mt-1 font-semibold text-amber-900">{t("promote")}</p> : null}
              {r.status === "PENDING" || r.status === "WAITLISTED" || r.status === "APPROVED" ? (
                // Keyed by status too: a decided request's form starts afresh instead of keeping the last reply.
                <BoothDecisionForm
                  key={r.status}
                  locale={locale}
                  fairId={fair.id}
                  back={back}
                  request={{ id: r.id, status: r.status, booths: r.booths }}
                  labels={{
                    form: t("decisionFor", { name: r.producer.name }),
                    boothNumbers: t("boothNumbers", { count: r.boothCount }),
                    boothNumbersHint: t("boothNumbersPlaceholder"),
                    approve: t("approve"),
                    reason: t("reasonLabel"),
                    waitlist: t("waitlist"),
                    reject: t("reject"),
                    rejectConfirm: t("rejectConfirm", { name: r.producer.name }),
                    reassign: t("reassign"),
                  }}
                />
              ) : null}
            </li>
          ))}
        </ol>
        <ListPager locale={locale} page={data.page} pageSize={data.pageSize} total={data.total} hrefFor={(n) => href({ page: n })} />
      </section>

      <section aria-labelledby="photos" className="space-y-3">
        <h2 id="photos" className="text-xl font-semibold">{tPhotos("title")}</h2>
        <PhotoGrid photos={await listFairPhotos(fair.id)} locale={locale} />
        <PhotoUploader
          locale={locale}
          ownerField="fairId"
          ownerId={fair.id}
          action={addFairPhotosAction}
          uploadMaxBytes={readEnv().UPLOAD_MAX_BYTES}
          requestMaxBytes={actionBodyLimitBytes(readEnv().UPLOAD_MAX_BYTES)}
          remaining={50}
          reviewed={false}
        />
      </section>

      <section aria-labelledby="edit" className="space-y-3">
        <h2 id="edit" className="text-xl font-semibold">
          {t("edit")}
        </h2>
        <FairForm locale={locale} fairId={fair.id} initial={fairFormValues(fair)} labels={await fairFormLabels(locale)} submit={t("save")} />
      </section>
    </div>
  );
}
