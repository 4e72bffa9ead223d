import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Operator } from "@/lib/operator";

/** The site operator's name and how to reach them, with the pages a question usually needs first. */
export async function OperatorContact({ operator, locale }: { operator: Operator; locale: string }) {
  const t = await getTranslations({ locale, namespace: "orders.policy.contactPage" });
  const tf = await getTranslations({ locale, namespace: "common.footer" });
  return (
    <section aria-labelledby="operator" className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4" data-testid="operator">
      <h2 id="operator" className="text-lg font-semibold">
        {t("operator")}
      </h2>
      <p className="font-semibold" lang={locale === "en" && operator.nameLang === "vi" ? "vi" : undefined}>
        {operator.name}
      </p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("address")}</dt>
        <dd lang={locale === "en" ? "vi" : undefined}>{operator.address}</dd>
        <dt className="font-semibold">{t("email")}</dt>
        <dd>
          <a href={`mailto:${operator.email}`} className="text-brand-800 underline">
            {operator.email}
          </a>
        </dd>
        {operator.phone && operator.phoneHref ? (
          <>
            <dt className="font-semibold">{t("phone")}</dt>
            <dd>
              <a href={operator.phoneHref} className="text-brand-800 underline">
                {operator.phone}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        <li>
          <Link href="/orders" className="inline-flex min-h-11 items-center text-brand-800 underline">
            {tf("orders")}
          </Link>
        </li>
        <li>
          <Link href="/privacy" className="inline-flex min-h-11 items-center text-brand-800 underline">
            {tf("privacy")}
          </Link>
        </li>
        <li>
          <Link href="/ideas/new" className="inline-flex min-h-11 items-center text-brand-800 underline">
            {tf("ideas")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
