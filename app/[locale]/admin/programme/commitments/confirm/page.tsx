import { getTranslations, setRequestLocale } from "next-intl/server";
import { backQuery, ConfirmPage, type ConfirmItem } from "@/components/backoffice/confirm-page";
import { localizedHref } from "@/i18n/localized-href";
import { today as clockToday } from "@/lib/clock";
import { formatDay } from "@/lib/format";
import { parseIds, type SearchParams } from "@/lib/list-query";
import { COMMITMENT_KINDS } from "@/lib/programme-figures";
import { requirePageAccess } from "@/server/auth/session";
import { recordCommitmentForProducersAction } from "@/server/programme/actions";
import { producersForCommitment } from "@/server/programme/queries";

const PATH = "/admin/programme/commitments";

/**
 * What recording one commitment for the picked producers will change, before anything does: which
 * commitment (food safety unless another is chosen), the producers it is recorded for, those that
 * already have it (kept as recorded), and the day and evidence asked once for all.
 */
export default async function ConfirmCommitment({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, PATH);
  const search = await searchParams;
  const kind = COMMITMENT_KINDS.find((k) => k === search.kind) ?? COMMITMENT_KINDS[0];
  const ids = parseIds(search.ids);
  const back = backQuery(search.back);
  const [t, picked] = await Promise.all([getTranslations({ locale, namespace: "programme" }), producersForCommitment(viewer, ids, kind)]);
  const items: ConfirmItem[] = picked.items.map((p) => ({
    id: p.id,
    description: (
      <>
        <strong>{p.name}</strong> · {p.commune}
        {p.status === "SUSPENDED" ? ` (${t("checklist.suspended")})` : null}
      </>
    ),
    skipped: p.recordedOn ? t("checklist.bulk.alreadyRecorded", { date: formatDay(p.recordedOn, locale) }) : undefined,
  }));
  // Picked ids unknown or outside the officer's region: counted, never described.
  if (picked.missing > 0) items.push({ id: "outside-region", description: t("checklist.bulk.missing", { count: picked.missing }), skipped: t("checklist.bulk.outside") });
  const kindHref = (k: string) => {
    const query = new URLSearchParams({ action: "commit", kind: k, back });
    for (const id of ids) query.append("ids", id);
    return localizedHref(`${PATH}/confirm?${query}`, locale);
  };
  return (
    <>
      <nav aria-label={t("checklist.bulk.kind")} className="mb-4 flex flex-wrap items-center gap-3 text-sm">
        <span className="font-semibold">{t("checklist.bulk.kind")}</span>
        {COMMITMENT_KINDS.map((k) =>
          k === kind ? (
            <strong key={k} aria-current="true">
              {t(`commitments.${k}`)}
            </strong>
          ) : (
            <a key={k} href={kindHref(k)} className="text-brand-800 underline">
              {t(`commitments.${k}`)}
            </a>
          ),
        )}
      </nav>
      <ConfirmPage
        locale={locale}
        listPath={PATH}
        back={back}
        heading={t("checklist.bulk.title", { count: items.filter((item) => !item.skipped).length, kind: t(`commitments.${kind}`) })}
        explain={t("checklist.bulk.explain")}
        items={items}
        form={{
          action: recordCommitmentForProducersAction,
          hidden: { kind },
          fields: [
            { name: "committedOn", label: t("checklist.committedOn"), type: "date", required: true, max: clockToday() },
            { name: "evidence", label: t("checklist.evidence"), required: true, hint: t("checklist.bulk.evidenceHint") },
          ],
          submitLabel: t("checklist.bulk.button"),
        }}
      />
    </>
  );
}
