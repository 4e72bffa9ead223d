import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localizedHref } from "@/i18n/localized-href";
import type { ProgrammeContext } from "@/server/programme/queries";

/** `?programme=<slug>` (plus other parameters) for links that stay in the chosen programme. */
export function withProgramme(path: string, slug: string, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams({ programme: slug });
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  return `${path}?${query}`;
}

const RECORD_SCREENS = [
  { key: "commitments", href: "/admin/programme/commitments" },
  { key: "stalls", href: "/admin/programme/stalls" },
  { key: "organisations", href: "/admin/programme/organisations" },
  { key: "teams", href: "/admin/programme/teams" },
  { key: "staff", href: "/admin/programme/staff" },
] as const;

/**
 * Which programme (and so which region) a programme screen works in, with a plain GET form to switch
 * and links to the other record screens of the same programme.
 */
export async function ScopeBar({ context, locale, path }: { context: ProgrammeContext; locale: string; path: string }) {
  const t = await getTranslations({ locale, namespace: "programme" });
  const en = locale === "en";
  const p = context.programme;
  const region = p.region ? (en && p.region.nameEn) || p.region.name : t("records.nationwide");
  return (
    <div className="space-y-2 rounded border border-slate-200 bg-slate-50 p-3 print:hidden">
      <p className="font-semibold" data-testid="programme-scope">
        {t("records.scope", { name: (en && p.nameEn) || p.nameVi, region })}
      </p>
      {context.programmes.length > 1 ? (
        <form method="get" action={localizedHref(path, locale)} className="flex flex-wrap items-end gap-2">
          <label htmlFor="programme-picker" className="font-semibold">
            {t("admin.programmePicker")}
          </label>
          <select id="programme-picker" name="programme" defaultValue={p.slug} className="rounded border border-slate-500 bg-white px-2 py-1">
            {context.programmes.map((option) => (
              <option key={option.slug} value={option.slug}>
                {t("programmeLink", { name: (en && option.nameEn) || option.nameVi, start: option.startYear, end: option.endYear })}
              </option>
            ))}
          </select>
          <button type="submit" className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800">
            {t("admin.choose")}
          </button>
        </form>
      ) : null}
      <nav aria-label={t("admin.records")}>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {RECORD_SCREENS.map((screen) => (
            <li key={screen.key}>
              <Link
                href={withProgramme(screen.href, p.slug)}
                aria-current={screen.href === path ? "page" : undefined}
                className="text-brand-800 underline underline-offset-2 aria-[current=page]:font-bold aria-[current=page]:no-underline"
              >
                {t(`admin.screens.${screen.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

/** The confirmation a list shows after a record screen saved or deleted and came back. */
export async function SavedNotice({ locale, query }: { locale: string; query: Record<string, string | string[] | undefined> }) {
  const t = await getTranslations({ locale, namespace: "programme.records" });
  const text = query.saved ? t("savedNotice") : query.deleted ? t("deletedNotice") : null;
  if (!text) return null;
  return (
    <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 font-semibold text-green-900">
      {text}
    </p>
  );
}
