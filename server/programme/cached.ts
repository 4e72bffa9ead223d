import "server-only";
import { unstable_cache } from "next/cache";
import { startOfDay, today, type IsoDay } from "@/lib/clock";
import { CacheTags } from "@/server/infra/cache-tags";
import { computeProgrammeFigures, listMetricEntries, type ListFilters, type ListKind } from "./queries";

/*
 * Cached reads for the public pages and exports. Tagged with every domain a figure depends on, so a
 * certificate, product, producer or booth change that invalidates its own tag refreshes the programme
 * too. Keyed by Vietnam's calendar day, so the "as of" day and what has expired turn at midnight in
 * Vietnam, not when an entry happens to age out.
 */
const TAGS = [CacheTags.programme, CacheTags.catalogue, CacheTags.producers, CacheTags.fairs];
const LIFETIME_SECONDS = 3600;

const cachedFigures = unstable_cache((day: IsoDay) => computeProgrammeFigures(startOfDay(day)), ["programme-figures"], {
  tags: TAGS,
  revalidate: LIFETIME_SECONDS,
});

const cachedMetricList = unstable_cache(
  (kind: ListKind, filters: ListFilters, day: IsoDay) => listMetricEntries(kind, filters, startOfDay(day)),
  ["programme-list"],
  { tags: TAGS, revalidate: LIFETIME_SECONDS },
);

export const getProgrammeFigures = () => cachedFigures(today());

export const getMetricList = (kind: ListKind, filters: ListFilters) => cachedMetricList(kind, filters, today());
