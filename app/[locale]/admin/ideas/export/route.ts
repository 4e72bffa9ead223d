import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { parseListQuery } from "@/lib/list-query";
import { getViewer } from "@/server/auth/session";
import { IDEA_LIST, ideaRowsForExport } from "@/server/ideas/queries";
import { csvDownload, inBatches } from "@/server/infra/csv-download";
import { route } from "@/server/infra/http";

const COLUMNS = ["title", "proposer", "contact", "commune", "group", "status", "note", "reviewedBy", "created"] as const;

/** The ideas list as CSV: the same filters and order as the page, every row. */
export const GET = route(async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const query = parseListQuery(IDEA_LIST, Object.fromEntries(new URL(request.url).searchParams));
  const read = await ideaRowsForExport(viewer, query);
  const [t, tGroups] = await Promise.all([getTranslations({ locale, namespace: "ideas" }), getTranslations({ locale, namespace: "common.groups" })]);
  async function* rows() {
    for await (const batch of inBatches(read)) {
      yield batch.map((i) => ({
        title: i.title,
        proposer: i.proposerName,
        contact: i.proposerContact,
        commune: i.commune ?? "",
        group: i.group ? tGroups(i.group) : "",
        status: t(`status.${i.status}`),
        note: i.reviewNote,
        reviewedBy: i.reviewedBy ?? "",
        created: formatDateTime(i.createdAt, locale),
      }));
    }
  }
  return csvDownload("y-tuong", COLUMNS.map((key) => ({ key, header: t(`admin.columns.${key}`) })), rows());
});
