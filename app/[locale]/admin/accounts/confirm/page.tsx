import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmForm } from "@/components/backoffice/confirm-form";
import { localizedHref } from "@/i18n/localized-href";
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
  const back = typeof search.back === "string" && search.back.startsWith("?") ? search.back : "";
  const [t, tList, accounts] = await Promise.all([
    getTranslations({ locale, namespace: "admin.accounts" }),
    getTranslations({ locale, namespace: "backoffice.list" }),
    accountsForConfirmation(viewer, parseIds(search.ids)),
  ]);
  const applies = accounts.filter((a) => APPLIES[action](a, viewer.userId));
  const listHref = localizedHref(`/admin/accounts${back}`, locale);
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
            {accounts.map((a) => (
              <li key={a.id}>
                <strong>{a.name}</strong> · {a.email} · {a.producerName ?? a.regionName ?? t("wholeCountry")} · {t(`states.${a.state}`)}
                {APPLIES[action](a, viewer.userId) ? null : <em className="text-slate-600"> — {t("confirm.notApplicable")}</em>}
              </li>
            ))}
          </ul>
          <ConfirmForm
            action={accountsBulkAction}
            locale={locale}
            hidden={{ action, back }}
            ids={applies.map((a) => a.id)}
            submitLabel={t(`confirm.${action}Button`)}
            cancelLabel={tList("cancel")}
            cancelHref={listHref}
            danger={action === "disable"}
          />
        </>
      )}
    </section>
  );
}
