"use client";

import { prefixPath } from "@/lib/locale-prefix.mjs";
import viErrors from "@/messages/vi/errors.json";
import enErrors from "@/messages/en/errors.json";

const TEXT = { vi: viErrors.page, en: enErrors.page } as const;


/**
 * What a page that failed shows, in the language of its URL, instead of the framework's English
 * "This page couldn't load": what happened, that nothing saved was lost, and ways on (try again,
 * back, home). Error boundaries render it; it needs no translations provider, which public pages lack.
 */
export function ErrorView({ locale, digest, reset, tooLarge = false }: { locale: "vi" | "en"; digest?: string; reset?: () => void; tooLarge?: boolean }) {
  const t = TEXT[locale];
  return (
    <section role="alert" className="mx-auto max-w-2xl space-y-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p>{tooLarge ? t.tooLarge : t.body}</p>
      <div className="flex flex-wrap gap-3">
        {reset ? (
          <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t.retry}
          </button>
        ) : null}
        <button type="button" onClick={() => window.history.back()} className="rounded border border-slate-500 px-4 py-2 font-semibold">
          {t.back}
        </button>
        {/* A plain link: the app's router may be what failed. */}
        <a href={prefixPath("/", locale)} className="rounded border border-slate-500 px-4 py-2 font-semibold">
          {t.home}
        </a>
      </div>
      {digest ? <p className="text-sm text-slate-600">{t.code.replace("{digest}", digest)}</p> : null}
    </section>
  );
}
