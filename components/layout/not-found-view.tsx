import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

const linkClass = "inline-flex min-h-11 items-center font-semibold text-brand-800 underline";

/**
 * What a missing page says, in the visitor's language, with the ways on: search the catalogue, or home.
 * In a work area (`admin` for officers, `studio` for producers) the first way is back to that area, and
 * the words say the record may lie outside what this account may see (a region's officer asking for
 * another commune's record gets this page, as if it did not exist).
 */
export async function NotFoundView({ locale, area }: { locale: string; area?: "admin" | "studio" }) {
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <section className="space-y-3" data-testid="not-found">
      <h1 className="text-2xl font-bold">{t("notFound.title")}</h1>
      <p>{area ? t("notFound.bodyArea") : t("notFound.body")}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {area ? (
          <li>
            <Link href={`/${area}`} className={linkClass} data-testid="not-found-area">
              {t(`notFound.${area}`)}
            </Link>
          </li>
        ) : null}
        <li>
          <Link href="/products" className={linkClass}>
            {t("notFound.search")}
          </Link>
        </li>
        <li>
          <Link href="/" className={linkClass}>
            {t("notFound.home")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
