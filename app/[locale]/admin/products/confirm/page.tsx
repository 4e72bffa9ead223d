import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmForm } from "@/components/backoffice/confirm-form";
import { localizedHref } from "@/i18n/localized-href";
import { parseIds, type SearchParams } from "@/lib/list-query";
import { requirePageAccess } from "@/server/auth/session";
import { reviewListingsAction } from "@/server/products/actions";
import { productsForConfirmation } from "@/server/products/admin-queries";

/** What a bulk review will change, before anything does. */
export default async function ConfirmProductsReview({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("product.review", locale, "/admin/products");
  const search = await searchParams;
  const action = search.action === "reject" ? "reject" : "approve";
  const back = typeof search.back === "string" && search.back.startsWith("?") ? search.back : "";
  const [t, tList, tStatus, products] = await Promise.all([
    getTranslations({ locale, namespace: "admin.products" }),
    getTranslations({ locale, namespace: "backoffice.list" }),
    getTranslations({ locale, namespace: "listings.status" }),
    productsForConfirmation(viewer, parseIds(search.ids)),
  ]);
  const pending = (p: (typeof products)[number]) => p.status === "PENDING_REVIEW" || p.revisionPending;
  const applies = products.filter(pending);
  const listHref = localizedHref(`/admin/products${back}`, locale);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{tList("confirmTitle")}</h1>
      {applies.length === 0 ? (
        <>
          <p>{tList("nothingSelected")}</p>
          <a href={listHref} className="text-brand-800 underline">
            {tList("cancel")}
          </a>
        </>
      ) : (
        <>
          <h2 className="text-xl font-semibold">{t(`confirm.${action}Title`, { count: applies.length })}</h2>
          <p>{t(`confirm.${action}Explain`)}</p>
          <ul className="list-disc space-y-1 pl-6">
            {products.map((p) => (
              <li key={p.id}>
                <strong>{p.nameVi}</strong> · {p.producerName} · {tStatus(p.status)}
                {p.revisionPending ? ` · ${t("revision")}` : ""}
                {pending(p) ? null : <em className="text-slate-600"> — {t("confirm.notPending")}</em>}
              </li>
            ))}
          </ul>
          <ConfirmForm
            action={reviewListingsAction}
            locale={locale}
            hidden={{ action, back }}
            ids={applies.map((p) => p.id)}
            reason={action === "reject" ? { label: t("confirm.reason"), required: true } : undefined}
            submitLabel={t(`confirm.${action}Button`)}
            cancelLabel={tList("cancel")}
            cancelHref={listHref}
            danger={action === "reject"}
          />
        </>
      )}
    </section>
  );
}
