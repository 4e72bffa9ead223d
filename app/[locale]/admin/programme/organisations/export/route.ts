import { getTranslations } from "next-intl/server";
import { optionalMessage } from "@/i18n/optional-message";
import { AppError } from "@/lib/errors";
import { formatDay } from "@/lib/format";
import { parseListQuery } from "@/lib/list-query";
import { LEGAL_FORM_LABELS } from "@/lib/ocop-groups";
import { getViewer } from "@/server/auth/session";
import { csvDownload, inBatches } from "@/server/infra/csv-download";
import { route } from "@/server/infra/http";
import { exportOrganisationChanges, getProgrammeContext, ORGANISATION_LIST } from "@/server/programme/queries";

/** The organisations list as CSV: the same query and order as the page, every row, in the page's words. */
export const GET = route(async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const query = parseListQuery(ORGANISATION_LIST, Object.fromEntries(new URL(request.url).searchParams));
  const context = await getProgrammeContext(viewer, query.filters.programme ?? null);
  if (!context) throw new AppError("NOT_FOUND");
  const read = await exportOrganisationChanges(viewer, context.scope, query);
  const t = await getTranslations({ locale, namespace: "programme" });
  const legalForm = (key: string) => LEGAL_FORM_LABELS[key as keyof typeof LEGAL_FORM_LABELS]?.[locale === "en" ? "en" : "vi"] ?? key;
  async function* rows() {
    for await (const batch of inBatches(read)) {
      yield batch.map((row) => ({
        name: row.name,
        kind: optionalMessage(t, `organisationKinds.${row.kind}`) ?? row.kind,
        legalForm: legalForm(row.legalForm),
        changedOn: formatDay(row.changedOn, locale),
        commune: row.communeName,
        producer: row.producerName,
        registrationNumber: row.registrationNumber,
      }));
    }
  }
  const columns = [
    { key: "name", header: t("records.organisations.name") },
    { key: "kind", header: t("records.organisations.kind") },
    { key: "legalForm", header: t("list.legalForm") },
    { key: "changedOn", header: t("list.changedOn") },
    { key: "commune", header: t("records.commune") },
    { key: "producer", header: t("records.organisations.linkedProducer") },
    { key: "registrationNumber", header: t("records.organisations.registrationNumber") },
  ] as const;
  return csvDownload(`organisations-${context.programme.slug}`, columns, rows());
});
