import { getTranslations, setRequestLocale } from "next-intl/server";
import { InviteForm, OfficerInviteForm } from "@/components/accounts/invite-form";
import { localizedHref } from "@/i18n/localized-href";
import type { SearchParams } from "@/lib/list-query";
import { regionsForOfficerAccounts } from "@/server/accounts/queries";
import { requirePageAccess } from "@/server/auth/session";
import { producersForConfirmation, searchProducersForPicker } from "@/server/producers/admin-queries";

/**
 * New accounts. The producer is found by a search (a GET form on this page, so it works without
 * JavaScript) and picked among at most 20 matches — never one dropdown of every producer.
 */
export default async function NewAccount({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("account.manage", locale, "/admin/accounts/new");
  const search = await searchParams;
  const q = typeof search.q === "string" ? search.q.trim().slice(0, 100) : "";
  const pickedId = typeof search.producer === "string" ? search.producer : undefined;
  const [t, matches, picked, regions] = await Promise.all([
    getTranslations({ locale, namespace: "admin.accounts" }),
    q ? searchProducersForPicker(viewer, q) : Promise.resolve([]),
    pickedId ? producersForConfirmation(viewer, [pickedId]) : Promise.resolve([]),
    regionsForOfficerAccounts(viewer),
  ]);
  const choices = [
    ...picked.map((p) => ({ id: p.id, label: `${p.name} · ${p.commune}` })),
    ...matches.filter((m) => m.id !== pickedId).map((m) => ({ id: m.id, label: `${m.name} · ${m.commune}` })),
  ];
  return (
    <section className="space-y-8">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <section aria-labelledby="producer-account" className="space-y-4">
        <h2 id="producer-account" className="text-xl font-semibold">
          {t("producerAccount")}
        </h2>
        <p>{t("producerIntro")}</p>
        <form method="get" action={localizedHref("/admin/accounts/new", locale)} role="search" className="flex max-w-lg flex-wrap items-end gap-2">
          <label className="flex flex-1 flex-col font-semibold">
            {t("findProducer")}
            <input type="search" name="q" defaultValue={q} minLength={2} maxLength={100} aria-describedby="find-hint" className="mt-1 rounded border border-slate-500 px-3 py-2 font-normal" />
          </label>
          <button type="submit" className="rounded border border-slate-500 px-4 py-2 font-semibold">
            {t("find")}
          </button>
          <p id="find-hint" className="w-full text-sm text-slate-600">
            {t("findProducerHint")}
          </p>
        </form>
        {q && matches.length === 0 ? <p role="status">{t("noProducerFound")}</p> : null}
        {choices.length > 0 ? <InviteForm locale={locale} producers={choices} picked={pickedId} /> : null}
      </section>
      <section aria-labelledby="officer-account" className="space-y-4">
        <h2 id="officer-account" className="text-xl font-semibold">
          {t("officerAccount")}
        </h2>
        <p>{t("officerIntro")}</p>
        <OfficerInviteForm locale={locale} regions={regions} allowNational={viewer.regionId === null} />
      </section>
    </section>
  );
}
