import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { parseListQuery } from "@/lib/list-query";
import { ACCOUNT_LIST, accountRowsForExport } from "@/server/accounts/queries";
import { getViewer } from "@/server/auth/session";
import { csvDownload, inBatches } from "@/server/infra/csv-download";
import { route } from "@/server/infra/http";

const COLUMNS = ["name", "email", "role", "of", "state", "lastLogin", "created"] as const;

/** The accounts list as CSV: the same filters and order as the page, every row. */
export const GET = route(async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const query = parseListQuery(ACCOUNT_LIST, Object.fromEntries(new URL(request.url).searchParams));
  const read = await accountRowsForExport(viewer, query);
  const t = await getTranslations({ locale, namespace: "admin.accounts" });
  async function* rows() {
    for await (const batch of inBatches(read)) {
      yield batch.map((a) => ({
        name: a.name,
        email: a.email,
        role: t(`roles.${a.role}`),
        of: a.producerName ?? a.regionName ?? t("wholeCountry"),
        state: t(`states.${a.state}`),
        lastLogin: a.lastLoginAt ? formatDateTime(a.lastLoginAt, locale) : "",
        created: formatDateTime(a.createdAt, locale),
      }));
    }
  }
  return csvDownload("tai-khoan", COLUMNS.map((key) => ({ key, header: t(`columns.${key}`) })), rows());
});
