import { getTranslations, setRequestLocale } from "next-intl/server";
import { backQuery, ConfirmPage } from "@/components/backoffice/confirm-page";
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
  const [t, tForms, producers] = await Promise.all([
    getTranslations({ locale, namespace: "admin.producers" }),
    getTranslations({ locale, namespace: "common.legalForms" }),
    producersForConfirmation(viewer, parseIds(search.ids)),
  ]);
  const target = action === "suspend" ? "SUSPENDED" : "ACTIVE";
  const items = producers.map((p) => ({
    id: p.id,
    description: (
      <>
        <strong>{p.name}</strong> · {tForms(p.legalForm)} · {p.commune}
      </>
    ),
    skipped: p.status === target ? t(action === "suspend" ? "confirm.alreadySuspended" : "confirm.alreadyActive") : undefined,
  }));
  return (
    <ConfirmPage
      locale={locale}
      listPath="/admin/producers"
      back={backQuery(search.back)}
      heading={t(`confirm.${action}Title`, { count: items.filter((item) => !item.skipped).length })}
      explain={t(`confirm.${action}Explain`)}
      items={items}
      form={{
        action: setProducersStatusAction,
        hidden: { action },
        reason: action === "suspend" ? { label: t("reason"), required: true } : undefined,
        submitLabel: t(`confirm.${action}Button`),
        danger: action === "suspend",
      }}
    />
  );
}
