import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localizedHref } from "@/i18n/localized-href";
import type { Viewer } from "@/server/auth/permissions";
import { findProducers, type ProgrammeContext } from "@/server/programme/queries";
import { withProgramme } from "./scope-bar";

/**
 * Picks a producer of the programme's region by name: a GET search with up to 20 matches, each a link
 * to `target?producer=<id>`. Works without JavaScript and never lists thousands of names.
 */
export async function ProducerPicker({
  viewer,
  context,
  locale,
  path,
  target,
  find,
}: {
  viewer: Viewer;
  context: ProgrammeContext;
  locale: string;
  /** The page the search form submits to. */
  path: string;
  /** Where a chosen producer goes. */
  target: string;
  find: string | undefined;
}) {
  const t = await getTranslations({ locale, namespace: "programme.records" });
  const matches = find ? await findProducers(viewer, context.scope, find) : [];
  return (
    <section aria-labelledby="pick-producer" className="space-y-2 rounded border border-slate-200 p-3">
      <h2 id="pick-producer" className="font-bold">{t("pickProducer")}</h2>
      <form method="get" action={localizedHref(path, locale)} className="flex flex-wrap items-end gap-2" role="search">
        <input type="hidden" name="programme" value={context.programme.slug} />
        <div className="flex flex-col gap-1">
          <label htmlFor="find-producer" className="font-semibold">{t("producer")}</label>
          <input id="find-producer" name="find" type="search" defaultValue={find ?? ""} aria-describedby="find-producer-hint" className="rounded border border-slate-500 bg-white px-2 py-1" />
        </div>
        <button type="submit" className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800">{t("search")}</button>
      </form>
      <p id="find-producer-hint" className="text-sm text-slate-600">{t("pickProducerHint")}</p>
      {find ? (
        matches.length === 0 ? (
          <p role="status">{t("noMatch")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {matches.map((m) => (
              <li key={m.id}>
                <Link href={withProgramme(target, context.programme.slug, { producer: m.id })} className="text-brand-800 underline underline-offset-2">
                  {t("choose")}: {m.name}
                </Link>{" "}
                <span className="text-slate-600">({m.communeName})</span>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
