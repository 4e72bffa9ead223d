import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmForm } from "@/components/backoffice/confirm-form";
import { localizedHref } from "@/i18n/localized-href";
import { parseIds, type SearchParams } from "@/lib/list-query";
import { requirePageAccess } from "@/server/auth/session";
import { setProducersStatusAction } from "@/server/producers/actions";
import { producersForConfirmation } from "@/server/producers/admin-queries";

/** What a suspension or reactivation will change, before anything does. */
export default async function ConfirmProducersAction({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("producer.manage", locale, "/admin/producers");
  const search = await searchParams;
  const action = search.action === "reactivate" ? "reactivate" : "suspend";
  const back = typeof search.back === "string" && search.back.startsWith("?") ? search.back : "";
  const [t, tList, tForms, producers] = await Promise.all([
    getTranslations({ locale, namespace: "admin.producers" }),
    getTranslations({ locale, namespace: "backoffice.list" }),
    getTranslations({ locale, namespace: "common.legalForms" }),
    producersForConfirmation(viewer, parseIds(search.ids)),
  ]);
  const target = action === "suspend" ? "SUSPENDED" : "ACTIVE";
  const applies = producers.filter((p) => p.status !== target);
  const listHref = localizedHref(`/admin/producers${back}`, locale);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{tList("confirmTitle")}</h1>
      {applies.length === 0 ? (
        <>
          <p>{tList("nothingSelected")}</p>
          <a href={listHref} className="text-brand-800 underline">
            {tList("cancel")}
          </a>
        </>
      ) : (
        <>
          <h2 className="text-xl font-semibold">{t(`confirm.${action}Title`, { count: applies.length })}</h2>
          <p>{t(`confirm.${action}Explain`)}</p>
          <ul className="list-disc space-y-1 pl-6">
            {producers.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong> · {tForms(p.legalForm)} · {p.commune}
                {p.status === target ? <em className="text-slate-600"> — {t(action === "suspend" ? "confirm.alreadySuspended" : "confirm.alreadyActive")}</em> : null}
              </li>
            ))}
          </ul>
          <ConfirmForm
            action={setProducersStatusAction}
            locale={locale}
            hidden={{ action, back }}
            ids={applies.map((p) => p.id)}
            reason={action === "suspend" ? { label: t("reason"), required: true } : undefined}
            submitLabel={t(`confirm.${action}Button`)}
            cancelLabel={tList("cancel")}
            cancelHref={listHref}
            danger={action === "suspend"}
          />
        </>
      )}
    </section>
  );
}
