import "server-only";
import { unstable_cache } from "next/cache";
import { CacheTags } from "@/server/infra/cache-tags";
import { computeProgrammeFigures, listMetricEntries, type ListFilters, type ListKind } from "./queries";

/*
 * Cached reads for the public pages and exports. Tagged with every domain a figure depends on, so a
 * certificate, product, producer or booth change that invalidates its own tag refreshes the programme
 * too; the hour's lifetime moves the "today" boundary (expiry) forward without any write.
 */
const TAGS = [CacheTags.programme, CacheTags.catalogue, CacheTags.producers, CacheTags.fairs];
const LIFETIME_SECONDS = 3600;

export const getProgrammeFigures = unstable_cache(() => computeProgrammeFigures(), ["programme-figures"], {
  tags: TAGS,
  revalidate: LIFETIME_SECONDS,
});

export const getMetricList = unstable_cache((kind: ListKind, filters: ListFilters) => listMetricEntries(kind, filters), ["programme-list"], {
  tags: TAGS,
  revalidate: LIFETIME_SECONDS,
});
