import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageAccess } from "@/server/auth/session";
import { reviewIdeaAction } from "@/server/ideas/actions";
import { listIdeas } from "@/server/ideas/queries";

export default async function IdeasInbox({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("idea.review", locale, "/admin/ideas");
  const t = await getTranslations({ locale, namespace: "ideas" });
  const ideas = await listIdeas(viewer);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("inbox")}</h1>
      {ideas.length === 0 ? <p>{t("empty")}</p> : null}
      {ideas.map((idea) => (
        <article key={idea.id} className="space-y-2 rounded border border-slate-300 p-3">
          <h2 className="font-bold">{idea.title}</h2>
          <p className="whitespace-pre-wrap">{idea.description}</p>
          <p className="text-sm">{idea.proposerName} · {idea.proposerContact} · {idea.commune ?? "—"} · {t(`status.${idea.status}`)}</p>
          <form action={reviewIdeaAction} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="ideaId" value={idea.id} />
            <label className="font-semibold">{t("decision")}{" "}
              <select name="status" defaultValue={idea.status === "NEW" ? "UNDER_REVIEW" : idea.status} className="rounded border border-slate-500 px-2 py-1">
                {(["UNDER_REVIEW", "ACCEPTED", "DECLINED"] as const).map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
              </select>
            </label>
            <label className="font-semibold">{t("note")}{" "}
              <input name="reviewNote" defaultValue={idea.reviewNote} className="rounded border border-slate-500 px-2 py-1" />
            </label>
            <button type="submit" className="rounded border border-slate-500 px-3 py-1 font-semibold">{t("save")}</button>
          </form>
        </article>
      ))}
    </section>
  );
}
