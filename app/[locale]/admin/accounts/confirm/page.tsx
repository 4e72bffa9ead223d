import { getTranslations, setRequestLocale } from "next-intl/server";
import { backQuery, ConfirmPage } from "@/components/backoffice/confirm-page";
import { parseIds, type SearchParams } from "@/lib/list-query";
import { accountsBulkAction } from "@/server/accounts/actions";
import { accountsForConfirmation, type AccountRow } from "@/server/accounts/queries";
import { requirePageAccess } from "@/server/auth/session";

const APPLIES: Record<"disable" | "enable" | "resend", (account: AccountRow, viewerId: string) => boolean> = {
  disable: (a, viewerId) => a.state !== "DISABLED" && a.id !== viewerId,
  enable: (a) => a.state === "DISABLED",
  resend: (a) => a.state === "INVITED",
};

/** What a bulk action on accounts will change, before anything does. */
export default async function ConfirmAccountsAction({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("account.manage", locale, "/admin/accounts");
  const search = await searchParams;
  const action = search.action === "enable" || search.action === "resend" ? search.action : "disable";
  const [t, accounts] = await Promise.all([getTranslations({ locale, namespace: "admin.accounts" }), accountsForConfirmation(viewer, parseIds(search.ids))]);
  const items = accounts.map((a) => ({
    id: a.id,
    description: (
      <>
        <strong>{a.name}</strong> · {a.email} · {a.producerName ?? a.regionName ?? t("wholeCountry")} · {t(`states.${a.state}`)}
      </>
    ),
    skipped: APPLIES[action](a, viewer.userId) ? undefined : t("confirm.notApplicable"),
  }));
  return (
    <ConfirmPage
      locale={locale}
      listPath="/admin/accounts"
      back={backQuery(search.back)}
      heading={t(`confirm.${action}Title`, { count: items.filter((item) => !item.skipped).length })}
      explain={t(`confirm.${action}Explain`)}
      items={items}
      form={{ action: accountsBulkAction, hidden: { action }, submitLabel: t(`confirm.${action}Button`), danger: action === "disable" }}
    />
  );
}
