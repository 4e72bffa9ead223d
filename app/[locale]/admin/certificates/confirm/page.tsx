import { getTranslations, setRequestLocale } from "next-intl/server";
import { backQuery, ConfirmPage, type ConfirmItem } from "@/components/backoffice/confirm-page";
import { bulkRevocationSkip } from "@/lib/certificate-rules";
import { today as clockToday } from "@/lib/clock";
import { formatDay } from "@/lib/format";
import { parseIds, type SearchParams } from "@/lib/list-query";
import { requirePageAccess } from "@/server/auth/session";
import { revokeCertificatesAction } from "@/server/certificates/actions";
import { certificatesForConfirmation } from "@/server/certificates/queries";

/**
 * What one revocation decision will revoke, before anything does: the picked certificates that stand
 * (valid or expired), those it leaves alone and why, and the decision's number, day and reason asked
 * once for all of them.
 */
export default async function ConfirmCertificatesRevocation({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("certificate.record", locale, "/admin/certificates");
  const search = await searchParams;
  const today = clockToday();
  const [t, picked] = await Promise.all([getTranslations({ locale, namespace: "certificates" }), certificatesForConfirmation(viewer, parseIds(search.ids), today)]);
  const items: ConfirmItem[] = picked.items.map((c) => {
    const skip = bulkRevocationSkip(c.status);
    return {
      id: c.id,
      description: (
        <>
          <strong>{c.productName}</strong> · {c.producerName} · {c.stars}★ · {c.decisionNumber} ({formatDay(c.decisionDate, locale)}) · {t(`states.${c.state}`)}
        </>
      ),
      skipped: skip ? t(`bulk.skip.${skip}`) : undefined,
    };
  });
  // Picked ids unknown or outside the officer's region: counted, never described.
  if (picked.missing > 0) items.push({ id: "outside-region", description: t("bulk.missing", { count: picked.missing }), skipped: t("bulk.skip.outside") });
  return (
    <ConfirmPage
      locale={locale}
      listPath="/admin/certificates"
      back={backQuery(search.back)}
      heading={t("bulk.title", { count: items.filter((item) => !item.skipped).length })}
      explain={t("bulk.explain")}
      items={items}
      form={{
        action: revokeCertificatesAction,
        hidden: {},
        fields: [
          { name: "decisionNumber", label: t("fields.revocationNumber"), required: true, hint: t("fields.decisionNumberHint") },
          { name: "revokedOn", label: t("fields.revokedOn"), type: "date", required: true, max: today },
        ],
        reason: { label: t("fields.revocationReason"), required: true },
        submitLabel: t("bulk.button"),
        danger: true,
      }}
    />
  );
}
