import { renderMarkdown } from "@/lib/markdown";

/**
 * A section of producer-written Markdown (sanitised on output) in the page's language, or the
 * Vietnamese text marked as such (lang="vi" plus a visible note) when no translation exists.
 */
export function LocalizedMarkdown({
  id,
  title,
  text,
  fallback,
  fallbackNote,
}: {
  id: string;
  title: string;
  text: string;
  fallback: boolean;
  fallbackNote: string;
}) {
  if (!text) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {fallback ? <p className="text-sm text-slate-600">{fallbackNote}</p> : null}
      <div className="prose max-w-prose space-y-2" lang={fallback ? "vi" : undefined} dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />
    </section>
  );
}
