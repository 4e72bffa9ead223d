import { getTranslations } from "next-intl/server";
import { localizedHref } from "@/i18n/localized-href";
import { readEnv } from "@/lib/env";
import { shareLinks } from "@/lib/share";
import { CopyButton } from "./copy-button";

/**
 * Share a public page: Zalo (how people here share) and Facebook are plain links that work without
 * JavaScript; "copy link" appears once JavaScript runs (CopyButton), so no button ever does nothing.
 * The address is the canonical one, from PUBLIC_BASE_URL.
 */
export async function ShareLinks({ path, locale, title }: { path: string; locale: string; title: string }) {
  const t = await getTranslations({ locale, namespace: "common.share" });
  const url = `${readEnv().PUBLIC_BASE_URL}${localizedHref(path, locale)}`;
  const links = shareLinks(url);
  const link = "inline-flex min-h-11 items-center rounded border border-slate-300 px-3 font-semibold text-brand-800 hover:bg-brand-50";
  return (
    <section aria-label={t("label", { title })} className="flex flex-wrap items-center gap-2" data-testid="share">
      <span className="text-sm font-semibold text-slate-700" aria-hidden="true">
        {t("heading")}
      </span>
      <a href={links.zalo} target="_blank" rel="noopener noreferrer" className={link}>
        Zalo<span className="sr-only"> {t("newWindow")}</span>
      </a>
      <a href={links.facebook} target="_blank" rel="noopener noreferrer" className={link}>
        Facebook<span className="sr-only"> {t("newWindow")}</span>
      </a>
      <CopyButton value={url} label={t("copyLabel")} text={t("copy")} copiedLabel={t("copied")} />
    </section>
  );
}
