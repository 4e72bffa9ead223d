import { getTranslations, setRequestLocale } from "next-intl/server";
import { IdeaReviewForm } from "@/components/ideas/idea-forms";
import { requirePageAccess } from "@/server/auth/session";
import { listIdeasForReview } from "@/server/ideas/queries";

export default async function IdeasInbox({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("idea.review", locale, "/admin/ideas");
  const t = await getTranslations({ locale, namespace: "ideas.inbox" });
  const tGroups = await getTranslations({ locale, namespace: "common.groups" });
  const ideas = await listIdeasForReview(viewer);
  const dateFormat = new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", { dateStyle: "medium", timeZone: "Asia/Ho_Chi_Minh" });
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {ideas.length === 0 ? <p>{t("empty")}</p> : null}
      {ideas.map((idea) => (
        <article key={idea.id} className="space-y-2 rounded border border-slate-300 p-4">
          <h2 id={`idea-${idea.id}-title`} className="text-lg font-bold">
            {idea.title}
          </h2>
          <p className="text-sm">
            {t(`statuses.${idea.status}`)} · {dateFormat.format(new Date(idea.createdAt))}
            {idea.group ? ` · ${tGroups(idea.group)}` : null}
          </p>
          <p className="whitespace-pre-wrap">{idea.description}</p>
          <p className="text-sm">
            {t("from")}: {idea.proposerName} — {idea.proposerContact}
          </p>
          <IdeaReviewForm locale={locale} ideaId={idea.id} status={idea.status} reviewNote={idea.reviewNote} />
        </article>
      ))}
    </section>
  );
}
