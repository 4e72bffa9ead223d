import { getTranslations, setRequestLocale } from "next-intl/server";
import { backQuery, ConfirmPage } from "@/components/backoffice/confirm-page";
import { parseIds, type SearchParams } from "@/lib/list-query";
import { requirePageAccess } from "@/server/auth/session";
import { reviewProductsAction } from "@/server/products/actions";
import { productsForConfirmation } from "@/server/products/admin-queries";

/** What a bulk review will change, before anything does. */
export default async function ConfirmProductsReview({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("product.review", locale, "/admin/products");
  const search = await searchParams;
  const action = search.action === "reject" ? "reject" : "approve";
  const [t, tStatus, products] = await Promise.all([
    getTranslations({ locale, namespace: "admin.products" }),
    getTranslations({ locale, namespace: "listings.status" }),
    productsForConfirmation(viewer, parseIds(search.ids)),
  ]);
  const items = products.map((p) => ({
    id: p.id,
    description: (
      <>
        <strong>{p.nameVi}</strong> · {p.producerName} · {tStatus(p.status)}
        {p.revisionPending ? ` · ${t("revision")}` : ""}
      </>
    ),
    skipped: p.status === "PENDING_REVIEW" || p.revisionPending ? undefined : t("confirm.notPending"),
  }));
  return (
    <ConfirmPage
      locale={locale}
      listPath="/admin/products"
      back={backQuery(search.back)}
      heading={t(`confirm.${action}Title`, { count: items.filter((item) => !item.skipped).length })}
      explain={t(`confirm.${action}Explain`)}
      items={items}
      form={{
        action: reviewProductsAction,
        hidden: { action },
        reason: action === "reject" ? { label: t("confirm.reason"), required: true } : undefined,
        submitLabel: t(`confirm.${action}Button`),
        danger: action === "reject",
      }}
    />
  );
}
