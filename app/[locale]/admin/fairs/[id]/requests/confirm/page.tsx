import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { backQuery, ConfirmPage } from "@/components/backoffice/confirm-page";
import { fairName } from "@/components/fairs/format";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { parseIds, type SearchParams } from "@/lib/list-query";
import { requirePageAccess } from "@/server/auth/session";
import { decideBoothRequestsAction } from "@/server/fairs/actions";
import { boothRequestsForConfirmation } from "@/server/fairs/queries";

/** What a bulk decision on a fair's booth requests will change (and which booths it gives), before anything does. */
export default async function ConfirmBoothRequests({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("booth.allocate", locale, `/admin/fairs/${id}`);
  const search = await searchParams;
  const action = search.action === "reject" ? "reject" : "approve";
  const [t, tStatus, plan] = await Promise.all([
    getTranslations({ locale, namespace: "fairs.admin.bulk" }),
    getTranslations({ locale, namespace: "fairs.status" }),
    boothRequestsForConfirmation(viewer, id, parseIds(search.ids), action).catch((error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
  ]);
  const items = plan.items.map((r) => ({
    id: r.id,
    description: (
      <>
        <strong>{r.producerName}</strong> · {tStatus(r.status)} · {t("boothCount", { count: r.boothCount })} · {formatDateTime(r.createdAt, locale)}
        {r.booths.length > 0 ? <strong> → {t("booths", { booths: r.booths.join(", ") })}</strong> : null}
      </>
    ),
    skipped: r.skipped ? t(`skip.${r.skipped}`, { free: plan.free }) : undefined,
  }));
  return (
    <ConfirmPage
      locale={locale}
      listPath={`/admin/fairs/${plan.fair.id}`}
      back={backQuery(search.back)}
      heading={t(`${action}Title`, { count: items.filter((item) => !item.skipped).length, fair: fairName(plan.fair, locale) })}
      explain={t(`${action}Explain`, { free: plan.free })}
      items={items}
      form={{
        action: decideBoothRequestsAction,
        hidden: { action, fairId: plan.fair.id },
        reason: action === "reject" ? { label: t("reason"), required: true } : undefined,
        submitLabel: t(`${action}Button`),
        danger: action === "reject",
      }}
    />
  );
}
