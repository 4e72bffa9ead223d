import { optionalMessage } from "@/i18n/optional-message";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Href } from "@/i18n/localized-href";

/** Previous / "page n of m" / next for a listing; plain links, so it works without JavaScript. */
export async function Pagination({ locale, page, pageCount, hrefFor }: { locale: string; page: number; pageCount: number; hrefFor: (page: number) => Href }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: "catalog.products" });
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={hrefFor(Math.min(page - 1, pageCount))} rel="prev" className="text-brand-800 underline">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className="text-brand-800 underline">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/**
 * Says which filters of the URL were dropped as invalid (a hand-edited URL still shows a listing),
 * named as the page labels them, never by their parameter names.
 */
export async function IgnoredParameters({ locale, names }: { locale: string; names: string[] }) {
  if (names.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "catalog.products" });
  return (
    <p role="status" className="rounded border border-amber-400 bg-amber-50 p-2 text-sm">
      {t("ignored", { names: names.map((name) => optionalMessage(t, `ignoredNames.${name}`) ?? t("ignoredNames.other")).join(", ") })}
    </p>
  );
}
