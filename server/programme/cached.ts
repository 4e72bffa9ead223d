import "server-only";
import { today } from "@/lib/clock";
import { CacheTags } from "@/server/infra/cache-tags";
import { cachedRead } from "@/server/infra/cached-read";
import { computeProgrammeFigures } from "./figures";
import { listMetricEntries, type ListFilters, type ListKind } from "./metric-lists";
import { listProgrammes } from "./programmes";

/*
 * Cached reads for the public pages and exports. Tagged with every domain a figure depends on, so a
 * certificate, product or producer change that expires its own tag refreshes the programme too, and
 * officers' programme records expire the programme tag. The day is part of the key: a certificate that
 * expires overnight leaves the figures on the first request of the next day in Vietnam.
 */
const TAGS = () => [CacheTags.programme, CacheTags.catalogue, CacheTags.producers];

const figures = cachedRead("programme-figures", (slug: string | null, day: string) => computeProgrammeFigures(slug, day), TAGS);
const metricList = cachedRead(
  "programme-list",
  (slug: string | null, kind: ListKind, filters: ListFilters, page: number, day: string) => listMetricEntries(slug, kind, filters, page, day),
  TAGS,
);

/** A programme's figures today (without a slug, the programme `/programme` shows); null when there is none. */
export const getProgrammeFigures = (slug: string | null = null) => figures(slug, today());

export const getMetricList = (slug: string | null, kind: ListKind, filters: ListFilters, page: number) => metricList(slug, kind, filters, page, today());

export const getProgrammes = cachedRead("programmes", () => listProgrammes(), () => [CacheTags.programme]);
