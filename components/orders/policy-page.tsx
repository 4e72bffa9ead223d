import { getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/format";

export type PolicyKind = "privacy" | "terms" | "returns";

/** The day these texts were last changed (edit with the text). */
const UPDATED = "2026-11-30";

/** A policy page from messages (orders.policy.<kind>Page): title, introduction and sections. */
export async function PolicyPage({ kind, locale }: { kind: PolicyKind; locale: string }) {
  const t = await getTranslations({ locale, namespace: "orders.policy" });
  const sections = t.raw(`${kind}Page.sections`) as { title: string; body: string }[];
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t(`${kind}Page.title`)}</h1>
      <p className="text-sm text-slate-700">{t("updated", { date: formatDay(UPDATED, locale) })}</p>
      <p>{t(`${kind}Page.intro`)}</p>
      {sections.map((section, i) => (
        <section key={i} aria-labelledby={`policy-${i}`}>
          <h2 id={`policy-${i}`} className="text-lg font-semibold">
            {section.title}
          </h2>
          <p>{section.body}</p>
        </section>
      ))}
    </article>
  );
}
