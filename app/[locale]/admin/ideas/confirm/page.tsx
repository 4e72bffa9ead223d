import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmForm } from "@/components/backoffice/confirm-form";
import { localizedHref } from "@/i18n/localized-href";
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
  const back = typeof search.back === "string" && search.back.startsWith("?") ? search.back : "";
  const [t, tList, ideas] = await Promise.all([
    getTranslations({ locale, namespace: "ideas" }),
    getTranslations({ locale, namespace: "backoffice.list" }),
    ideasForConfirmation(viewer, parseIds(search.ids)),
  ]);
  const listHref = localizedHref(`/admin/ideas${back}`, locale);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{tList("confirmTitle")}</h1>
      {ideas.length === 0 ? (
        <>
          <p>{tList("nothingSelected")}</p>
          <a href={listHref} className="text-brand-800 underline">
            {tList("cancel")}
          </a>
        </>
      ) : (
        <>
          <h2 className="text-xl font-semibold">{t("admin.confirmTitle", { count: ideas.length, status: t(`status.${status}`) })}</h2>
          <p>{t("admin.confirmExplain")}</p>
          <ul className="list-disc space-y-1 pl-6">
            {ideas.map((i) => (
              <li key={i.id}>
                <strong>{i.title}</strong> · {i.proposerName} · {t(`status.${i.status}`)}
              </li>
            ))}
          </ul>
          <ConfirmForm
            action={reviewIdeasAction}
            locale={locale}
            hidden={{ status, back }}
            ids={ideas.map((i) => i.id)}
            reason={{ label: t("note") }}
            submitLabel={t("admin.confirmButton")}
            cancelLabel={tList("cancel")}
            cancelHref={listHref}
          />
        </>
      )}
    </section>
  );
}
