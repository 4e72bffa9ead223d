import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** What a missing page says, in the visitor's language, with the ways on: search the catalogue, or home. */
export async function NotFoundView({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <section className="space-y-3" data-testid="not-found">
      <h1 className="text-2xl font-bold">{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        <li>
          <Link href="/products" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
            {t("notFound.search")}
          </Link>
        </li>
        <li>
          <Link href="/" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
            {t("notFound.home")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
