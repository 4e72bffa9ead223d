import { getTranslations, setRequestLocale } from "next-intl/server";
import { backQuery, ConfirmPage } from "@/components/backoffice/confirm-page";
import { parseIds, type SearchParams } from "@/lib/list-query";
import { requirePageAccess } from "@/server/auth/session";
import { reviewIdeasAction } from "@/server/ideas/actions";
import { ideasForConfirmation } from "@/server/ideas/queries";

/** What a bulk decision on ideas will change, before anything does. */
export default async function ConfirmIdeasReview({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("idea.review", locale, "/admin/ideas");
  const search = await searchParams;
  const status = search.action === "ACCEPTED" || search.action === "DECLINED" ? search.action : "UNDER_REVIEW";
  const [t, ideas] = await Promise.all([getTranslations({ locale, namespace: "ideas" }), ideasForConfirmation(viewer, parseIds(search.ids))]);
  return (
    <ConfirmPage
      locale={locale}
      listPath="/admin/ideas"
      back={backQuery(search.back)}
      heading={t("admin.confirmTitle", { count: ideas.length, status: t(`status.${status}`) })}
      explain={t("admin.confirmExplain")}
      items={ideas.map((i) => ({
        id: i.id,
        description: (
          <>
            <strong>{i.title}</strong> · {i.proposerName} · {t(`status.${i.status}`)}
          </>
        ),
      }))}
      form={{ action: reviewIdeasAction, hidden: { status }, reason: { label: t("note") }, submitLabel: t("admin.confirmButton") }}
    />
  );
}
