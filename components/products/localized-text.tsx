import type { ReactNode } from "react";

/**
 * Text written by producers in Vietnamese and optionally in English. On English pages a missing
 * English text falls back to the Vietnamese one, marked `lang="vi"` so screen readers pronounce it
 * correctly, with a visible note when `note` is given.
 */
export function pickText(locale: string, vi: string, en: string | null | undefined): { text: string; lang: "vi" | "en"; fallback: boolean } {
  if (locale === "en" && en) return { text: en, lang: "en", fallback: false };
  return { text: vi, lang: "vi", fallback: locale === "en" };
}

export function LocalizedText({
  locale,
  vi,
  en,
  as: Tag = "span",
  className,
  note,
}: {
  locale: string;
  vi: string;
  en: string | null | undefined;
  as?: "span" | "h1" | "h2" | "h3" | "p";
  className?: string;
  note?: ReactNode;
}) {
  const picked = pickText(locale, vi, en);
  return (
    <>
      <Tag className={className} lang={picked.fallback ? "vi" : undefined}>
        {picked.text}
      </Tag>
      {picked.fallback && note ? <span className="block text-sm text-slate-600">{note}</span> : null}
    </>
  );
}
