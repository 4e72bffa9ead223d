import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatDay } from "@/lib/format";

/** The site's information pages: the shopper's policies, and what the site is and who runs it. */
export type PolicyKind = "privacy" | "terms" | "returns" | "about" | "contact";

/** The day these texts were last changed (edit with the text). */
const UPDATED = "2026-11-30";

/**
 * A policy page from messages (orders.policy.<kind>Page): title, introduction and sections; `children`
 * (facts from settings, such as the operator's address) come after the introduction.
 */
export async function PolicyPage({ kind, locale, children }: { kind: PolicyKind; locale: string; children?: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "orders.policy" });
  const sections = t.raw(`${kind}Page.sections`) as { title: string; body: string }[];
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t(`${kind}Page.title`)}</h1>
      <p className="text-sm text-slate-700">{t("updated", { date: formatDay(UPDATED, locale) })}</p>
      <p>{t(`${kind}Page.intro`)}</p>
      {children}
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
